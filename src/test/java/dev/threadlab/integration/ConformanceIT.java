package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Tag("integration")
// Alone (see the failsafe plugin in pom.xml): jupyter_kernel_test waits only 0.1 s for each IOPub message after an
// execute_reply, and beside the CPU-heavy tests a kernel's idle came later once (test_clear_output, a full build of
// 2026-12-05), so nothing runs beside it.
@Isolated
final class ConformanceIT {

    @Test
    void theOfficialKernelTestSuitePassesWithEveryTestEnabled() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(5), "-m", "unittest", "-v", "conformance");
        assertEquals(0, run.exitCode(), "jupyter_kernel_test failed; its output is above:\n" + run.failures());
        Matcher ran = Pattern.compile("Ran (\\d+) tests?").matcher(run.output());
        assertTrue(ran.find(), "no test summary in the output");
        assertTrue(Integer.parseInt(ran.group(1)) >= 12, "expected the whole suite, ran " + ran.group(1));
        assertFalse(run.output().contains("skipped"), "every conformance test must run, none skipped");
    }
}
