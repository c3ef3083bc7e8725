package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Tag("integration")
// Alone (see the failsafe plugin in pom.xml): jupyter console 6.4 with --simple-prompt takes a status of its own
// kernel_info_request for the end of the first cell when the kernel is slow to answer it, and then shows nothing
// until the cell ends. On a crowded machine it does (2 of 4 runs at a load of 11, with the kernel of the build
// before the lanes too; once in the first lane, beside the second's browser and terminal tests, 2026-12-05), so
// nothing runs beside it.
@Isolated
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
