package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        assertEquals(0, run.exitCode(), "jupyter console did not answer 'a * 2 + 2' with 42; output above:\n" + run.failures());
    }

    @Test
    void inATerminalTheConsoleRunsHelpQueriesAndExitWaitsForACellMagicsBodyAndCtrlCInterruptsWithSimplePrompt() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(6), "-m", "unittest", "-v",
                "console_checks");
        assertEquals(0, run.exitCode(), "jupyter console in a pseudo-terminal did not behave as expected; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no console check may be skipped");
    }
}
