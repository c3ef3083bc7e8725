package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.wire.ThreadDumpText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ExplanationsTest {

    private static final Failed NO_LINE = new Failed("NoSuchElementException", "No line found", List.of());

    @Test
    void aCellThatIgnoredTheInterruptNamesTheCallAndWhatToUseInstead() {
        Failed failed = Explanations.restartedAfterInterrupt(ThreadDumpText.IGNORES_INTERRUPT
                + " (WAITING in CompletableFuture.join).\nThread \"Thread-2\" (WAITING)\n    in the cell's code\n");
        assertEquals("The cell's thread ignores interrupts (WAITING in CompletableFuture.join), so the Java engine was"
                + " restarted: variables were reset. Calls that can be interrupted (get() instead of join(),"
                + " lockInterruptibly() instead of synchronized) let an interrupt keep your variables.", failed.evalue());
        assertEquals(List.of("The cell's threads were:", "Thread \"Thread-2\" (WAITING)", "    in the cell's code"),
                failed.traceback());
    }

    @Test
    void aCellThatDidNotStopSaysVariablesWereReset() {
        Failed failed = Explanations.restartedAfterInterrupt("");
        assertEquals("The cell did not stop, so the Java engine was restarted: variables were reset.", failed.evalue());
        assertEquals(List.of("Interrupted: " + failed.evalue()), failed.traceback(), "front ends show only the traceback");
    }

    @Test
    void refusedInputReplacesTheHiddenScannerError() {
        Failed failed = assertInstanceOf(Failed.class, Explanations.refusedInput(NO_LINE, Optional.of("no stdin here")));
        assertEquals("StdinNotAllowed", failed.ename());
        assertEquals("no stdin here", failed.evalue());
        assertEquals("NoSuchElementException: No line found", failed.traceback().get(1));
        assertSame(NO_LINE, Explanations.refusedInput(NO_LINE, Optional.empty()));
        ExecuteOutcome ok = new ExecuteOutcome.Ok(null);
        assertSame(ok, Explanations.refusedInput(ok, Optional.of("no stdin here")));
    }

    @Test
    void anInterruptedCellShowsOnlyTheDeadlockPartOfTheDump() {
        String dump = "Thread \"a\" (BLOCKED)\n" + ThreadDumpText.DEADLOCK_HEADING
                + "\n    a holds Object@1 and waits for Object@2 (held by b)\n";
        Failed failed = assertInstanceOf(Failed.class, Explanations.deadlockAfterInterrupt(NO_LINE, dump));
        assertEquals(List.of(ThreadDumpText.DEADLOCK_HEADING, "    a holds Object@1 and waits for Object@2 (held by b)"),
                failed.traceback());
        assertSame(NO_LINE, Explanations.deadlockAfterInterrupt(NO_LINE, "Thread \"a\" (RUNNABLE)\n"));
    }
}
