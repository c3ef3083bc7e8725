package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class ConsoleIT {

    @Test
    void jupyterConsoleRunsCellsAgainstTheKernel() {
        Jupyter jupyter = Jupyter.withThreadlabKernel();
        Jupyter.Run run = jupyter.run(List.of("bash", "console_check.sh"), Duration.ofMinutes(2));
        assertEquals(0, run.exitCode(), "jupyter console did not answer 'a * 2 + 2' with 42; output above");
    }
}
