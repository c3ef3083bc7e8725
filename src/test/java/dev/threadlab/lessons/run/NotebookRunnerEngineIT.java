package dev.threadlab.lessons.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.cli.JavaEngines;
import dev.threadlab.engine.JShellInterpreter;
import dev.threadlab.engine.Magics;
import dev.threadlab.lessons.grade.CheckScore;
import dev.threadlab.lessons.grade.CheckStatus;
import dev.threadlab.lessons.grade.NotebookCells;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.testing.NotebookFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runner with real engines: what grading relies on when a learner's cell hangs. */
@Timeout(120)
@Tag("integration")
final class NotebookRunnerEngineIT {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void aHangingCellIsStoppedAfterItsTimeoutAndLaterChecksStillRunWithTheEarlierState()
            throws InterruptedException, NotebookException {
        Notebook notebook = Notebook.read(NotebookFixtures.GRADING.resolve("runner/95-runner.ipynb"));
        List<CellToRun> cells = NotebookCells.toRun(notebook, Optional.empty());
        assertEquals(Duration.ofSeconds(2), cells.get(3).timeout(), "the cell's own metadata.threadlab.timeout");

        NotebookRun run = JavaEngines.runner().run(cells);

        assertInstanceOf(CellOutcome.Completed.class, run.cells().get(1).outcome());
        CellOutcome.Errored failed = assertInstanceOf(CellOutcome.Errored.class, run.cells().get(2).outcome());
        assertEquals("CheckFailed", failed.ename());
        assertTrue(failed.evalue().startsWith("0 of 1 points: see the ✗ rows above"), failed.evalue());
        String report = run.cells().get(2).output().reports().get(0).json();
        assertTrue(report.contains("Your code threw IllegalStateException: x should be 42 but is 41"), report);
        assertEquals(new CellOutcome.TimedOut(Duration.ofSeconds(2)), run.cells().get(3).outcome());
        CellOutcome.Completed last = assertInstanceOf(CellOutcome.Completed.class, run.cells().get(4).outcome(),
                () -> run.cells().get(4).toString());
        assertEquals("1", last.result().data().get("text/plain"), "x was set again in the fresh engine: its check earned 1 point");
        assertTrue(run.notes().get(0).contains("cell 1 ran again"), run.notes()::toString);
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.PASSED),
                NotebookCells.scores(notebook, run).stream().map(CheckScore::status).toList());

        long first = Long.parseLong(run.cells().get(0).output().stdout().strip());
        long second = Long.parseLong(run.cells().get(4).output().stdout().strip());
        assertNotEquals(first, second, "the cells after the timeout ran in another engine");
        assertGone(first);
        assertGone(second);
    }

    @Test
    void closingTheInterpreterOfACellThatIgnoresInterruptsKillsItsEngine() throws InterruptedException {
        List<CellToRun> cells = List.of(
                new CellToRun("cell 1", "System.out.println(ProcessHandle.current().pid());", LONG, false),
                new CellToRun("cell 2", "new CompletableFuture<Void>().join();", Duration.ofSeconds(1), true),
                new CellToRun("cell 3", "System.out.println(ProcessHandle.current().pid());", LONG, false));

        // A grace shorter than the interpreter's own escalation, so that the runner is the one that kills.
        NotebookRun run = new NotebookRunner(() -> new Magics(new JShellInterpreter()), Duration.ofMillis(100),
                NotebookRunner.START_TIMEOUT).run(cells);

        assertInstanceOf(CellOutcome.TimedOut.class, run.cells().get(1).outcome());
        assertTrue(run.notes().get(0).contains("ignored the interrupt, so its engine was killed"), run.notes()::toString);
        assertInstanceOf(CellOutcome.Completed.class, run.cells().get(2).outcome());
        assertGone(Long.parseLong(run.cells().get(0).output().stdout().strip()));
        assertGone(Long.parseLong(run.cells().get(2).output().stdout().strip()));
    }

    private static void assertGone(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            assertDoesNotThrow(() -> process.get().onExit().get(10, TimeUnit.SECONDS),
                    "engine process " + pid + " is still running");
        }
        assertFalse(process.isPresent() && process.get().isAlive(), "engine process " + pid + " is still running");
    }
}
