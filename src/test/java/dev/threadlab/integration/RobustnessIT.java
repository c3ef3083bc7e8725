package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a learner can throw at the kernel (System.exit, halt, out of memory, deep recursion, 10,000 threads,
 * 100 MB of output, a closed System.out, interrupts of every kind of wait, deadlocks, stdin; then bad jars,
 * interrupted input, output below System.out, thread-locals, huge constants, floods from background threads,
 * and how a cell ends) and hostile clients (a protocol fuzz), through Debian's real jupyter_client. The scripts print "MEASURED ..." lines
 * with the figures for the benchmark table.
 */
@Tag("integration")
final class RobustnessIT {

    @Test
    void theKernelSurvivesEveryLearnerMistakeAndTheNextCellRuns() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(8), "-m", "unittest", "-v",
                "robustness_checks");
        assertEquals(0, run.exitCode(), "robustness checks failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no robustness check may be skipped");
    }

    @Test
    void theNextMistakesLearnersMakeGetAClearMessageAndAWorkingNextCell() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(8), "-m", "unittest", "-v",
                "robustness_more_checks");
        assertEquals(0, run.exitCode(), "robustness checks (second round) failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no robustness check may be skipped");
    }

    @Test
    void hostileClientsCannotHurtTheKernel() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(6), "-m", "unittest", "-v",
                "fuzz_checks");
        assertEquals(0, run.exitCode(), "fuzz checks failed; output above:\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no fuzz check may be skipped");
    }
}
