package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class NotebookIT {

    @Test
    void nbclientExecutesAJavaNotebookTopToBottom() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(3), "notebook_check.py");
        assertEquals(0, run.exitCode(), "nbclient could not execute the notebook as expected; output above:\n" + run.failures());
    }
}
