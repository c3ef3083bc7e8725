package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class ProtocolIT {

    @Test
    void theKernelBehavesAsNotebookUsersExpectThroughTheRealJupyterClient() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(6), "-m", "unittest", "-v",
                "protocol_checks");
        assertEquals(0, run.exitCode(), "protocol checks failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no protocol check may be skipped");
    }
}
