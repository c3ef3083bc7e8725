package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class ExportIT {

    @Test
    void nbconvertMakesReadableMarkdownOfAnExecutedJavaNotebook() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(5), "-m", "unittest", "-v",
                "export_checks");
        assertEquals(0, run.exitCode(), "nbconvert's markdown export did not read as expected; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no export check may be skipped");
    }
}
