package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class BackgroundOutputIT {

    @Test
    void lateOutputLeftoversThreadsAndResetBehaveAsNotebookUsersExpectThroughTheRealJupyterClient() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(4), "-m", "unittest", "-v",
                "background_output");
        assertEquals(0, run.exitCode(), "background output checks failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no check may be skipped");
    }
}
