package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class ProcessLifecycleIT {

    @Test
    void ctrlCInterruptsAndNoKernelOrEngineOutlivesWhatStartedIt() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(3), "-m", "unittest", "-v",
                "lifecycle_checks");
        assertEquals(0, run.exitCode(), "process lifecycle checks failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no lifecycle check may be skipped");
    }
}
