package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class DisplayIT {

    @Test
    void displaysUpdatesClearsAndRichResultsReachTheRealJupyterClient() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(5), "-m", "unittest", "-v",
                "display_checks");
        assertEquals(0, run.exitCode(), "display checks failed; output above:\n" + run.failures());
        assertTrue(run.output().contains("Ran 12 tests"), "expected all 12 display checks to run");
        assertFalse(run.output().contains("skipped"), "no display check may be skipped");
    }
}
