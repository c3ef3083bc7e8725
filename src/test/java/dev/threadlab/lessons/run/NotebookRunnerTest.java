package dev.threadlab.lessons.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
final class NotebookRunnerTest {

    private final List<ScriptedInterpreter> engines = new CopyOnWriteArrayList<>();
    private final NotebookRunner runner = new NotebookRunner(() -> {
        ScriptedInterpreter engine = new ScriptedInterpreter(engines.isEmpty());
        engines.add(engine);
        return engine;
    }, Duration.ofMillis(300), Duration.ofSeconds(5));

    private static List<CellToRun> cells(String... lines) {
        List<CellToRun> cells = new ArrayList<>();
        for (String line : lines) {
            boolean graded = line.startsWith("!");
            String code = graded ? line.substring(1) : line;
            Duration timeout = code.equals("slow") || code.equals("hang") ? Duration.ofMillis(200) : Duration.ofSeconds(5);
            cells.add(new CellToRun("cell " + (cells.size() + 1), code, timeout, graded));
        }
        return cells;
    }

    @Test
    void cellsRunInOrderInOneEngineAndEachKeepsItsOutputAndOutcome() throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 41", "print hello", "get x", "fail nope"));

        assertEquals(1, engines.size());
        assertEquals(List.of("set x 41", "print hello", "get x", "fail nope"), engines.get(0).executed);
        assertEquals("hello\n", run.cells().get(1).output().stdout());
        assertEquals("41", assertInstanceOf(CellOutcome.Completed.class, run.cells().get(2).outcome())
                .result().data().get("text/plain"));
        assertEquals("nope", assertInstanceOf(CellOutcome.Errored.class, run.cells().get(3).outcome()).evalue());
        assertTrue(run.notes().isEmpty() && run.problems().isEmpty(), run::toString);
        assertTrue(engines.get(0).isClosed(), "the engine is closed after the run");
    }

    @Test
    void aCellThatIgnoresTheInterruptIsKilledAndLaterCellsRunAfterTheEarlierOnesWereReplayed()
            throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 1", "!value 3", "fail broken", "hang", "!get x"));

        assertInstanceOf(CellOutcome.TimedOut.class, run.cells().get(3).outcome());
        assertEquals("1", assertInstanceOf(CellOutcome.Completed.class, run.cells().get(4).outcome())
                .result().data().get("text/plain"));
        assertEquals(2, engines.size());
        assertTrue(engines.get(0).isClosed() && engines.get(1).isClosed(), "both engines are closed");
        assertEquals(List.of("set x 1", "get x"), engines.get(1).executed,
                "only the earlier non-graded cells that completed are replayed, then the run goes on");
        assertEquals(1, run.notes().size(), run.notes()::toString);
        assertTrue(run.notes().get(0).contains("Cell 4 did not finish within 0.2 s")
                && run.notes().get(0).contains("its engine was killed")
                && run.notes().get(0).contains("cell 1 ran again"), run.notes().get(0));
    }

    @Test
    void aCellThatStopsWhenInterruptedIsTimedOutAndTheRunGoesOnInAFreshEngine() throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 1", "slow", "get x"));

        assertEquals(new CellOutcome.TimedOut(Duration.ofMillis(200)), run.cells().get(1).outcome());
        assertInstanceOf(CellOutcome.Completed.class, run.cells().get(2).outcome());
        assertTrue(run.notes().get(0).contains("was interrupted"), run.notes().get(0));
        assertEquals(2, engines.size());
    }

    @Test
    void aLostEngineIsReplacedAndTheStateReplayed() throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 7", "exit", "get x"));

        assertEquals("EngineExited", assertInstanceOf(CellOutcome.Errored.class, run.cells().get(1).outcome()).ename());
        assertEquals("7", assertInstanceOf(CellOutcome.Completed.class, run.cells().get(2).outcome())
                .result().data().get("text/plain"));
        assertTrue(run.notes().get(0).startsWith("Cell 2 lost its engine"), run.notes().get(0));
    }

    @Test
    void aCellThatHadFailedIsNotReplayed() throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 1", "get y", "exit", "value 2"));

        assertInstanceOf(CellOutcome.Completed.class, run.cells().get(3).outcome());
        assertTrue(run.notes().get(0).contains("cell 1 ran again"), run.notes().get(0));
        assertEquals(List.of("set x 1", "value 2"), engines.get(1).executed);
    }

    @Test
    void aReplayedCellThatFailsThisTimeIsNamedInTheNotes() throws InterruptedException {
        NotebookRun run = runner.run(cells("set x 1", "once", "exit", "get x"));

        assertInstanceOf(CellOutcome.Completed.class, run.cells().get(3).outcome());
        assertTrue(run.notes().get(0).contains("This time cell 2 failed (IllegalStateException: ran twice), so later"
                + " cells may fail because of it."), run.notes().get(0));
    }

    @Test
    void anEngineThatCannotBeCreatedLeavesEveryCellNotRunAndIsAProblem() throws InterruptedException {
        NotebookRun run = new NotebookRunner(() -> {
            throw new IllegalStateException("no java here");
        }).run(cells("set x 1", "!value 1"));

        assertEquals(1, run.problems().size());
        assertTrue(run.problems().get(0).contains("no java here"), run.problems().get(0));
        run.cells().forEach(c -> assertInstanceOf(CellOutcome.NotRun.class, c.outcome()));
    }
}
