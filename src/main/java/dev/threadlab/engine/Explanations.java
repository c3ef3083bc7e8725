package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.wire.ThreadDumpText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The errors a learner sees when a cell ends badly for a reason user code cannot report itself: the
 * engine exited or ran out of memory, was restarted because the cell did not stop, threads are left
 * deadlocked, or stdin was read without a client that answers. Each says what happened, why, and what
 * was lost. Stateless.
 */
final class Explanations {

    private Explanations() {}

    /**
     * Why the engine ended, as the start of a sentence: {@code The Java engine ran out of memory (…)} or
     * {@code The Java engine exited with code 3 (System.exit or Runtime.halt)}.
     */
    static String exitReason(EngineProcess engine, Optional<Integer> code) {
        Optional<String> last = engine.lastStderrLine();
        if (last.filter(l -> l.contains("OutOfMemoryError")).isPresent()) {
            return "The Java engine ran out of memory (" + last.get().strip().replace("Terminating due to ", "")
                    + "; the engine's heap is limited by -Xmx)";
        }
        if (code.isEmpty()) {
            return "The Java engine stopped (exit code unknown)";
        }
        int exit = code.get();
        String why = exit > 128 && exit < 160 ? "killed by signal " + (exit - 128) : "System.exit or Runtime.halt";
        return "The Java engine exited with code " + exit + " (" + why + ")"
                + last.filter(l -> l.contains("Error")).map(l -> ": " + l.strip()).orElse("");
    }

    /** The engine was killed because the cell did not stop; {@code stuck} is what its threads were doing. */
    static Failed restartedAfterInterrupt(String stuck) {
        if (stuck.startsWith(ThreadDumpText.IGNORES_INTERRUPT)) {
            int end = stuck.indexOf('\n') < 0 ? stuck.length() : stuck.indexOf('\n');
            String first = stuck.substring(0, end).strip();
            return new Failed("Interrupted", (first.endsWith(".") ? first.substring(0, first.length() - 1) : first)
                    + ", so the Java engine was restarted: variables were reset. Calls that can be interrupted"
                    + " (get() instead of join(), lockInterruptibly() instead of synchronized) let an interrupt keep"
                    + " your variables.", ("The cell's threads were:\n" + stuck.substring(end).strip()).lines().toList());
        }
        return new Failed("Interrupted", "The cell did not stop, so the Java engine was restarted: variables were reset.",
                stuck.isBlank() ? List.of() : ("The cell's threads were:\n" + stuck).lines().toList());
    }

    /**
     * A cell that failed after reading {@code System.in} when the client allows no input fails for that
     * reason: Scanner and friends hide the IOException behind "No line found".
     */
    static ExecuteOutcome refusedInput(ExecuteOutcome outcome, Optional<String> refusal) {
        if (!(outcome instanceof Failed failed) || refusal.isEmpty()) {
            return outcome;
        }
        List<String> traceback = new ArrayList<>();
        traceback.add("The cell read System.in and got no input, so it failed with:");
        traceback.add(failed.ename() + ": " + failed.evalue());
        return new Failed("StdinNotAllowed", refusal.get(), traceback);
    }

    /**
     * An interrupted cell whose threads are left deadlocked says so, given the engine's thread dump: they
     * can never be interrupted, and without the cycle in words a learner sees only "interrupted" and a
     * program that hangs again.
     */
    static ExecuteOutcome deadlockAfterInterrupt(ExecuteOutcome outcome, String threadDump) {
        int at = threadDump.indexOf(ThreadDumpText.DEADLOCK_HEADING);
        if (!(outcome instanceof Failed) || at < 0) {
            return outcome;
        }
        return new Failed("Interrupted", "The cell was interrupted, but some threads are deadlocked: each waits for"
                + " a lock another one holds, so they can never continue and cannot be interrupted. Variables are kept;"
                + " %reset ends those threads (and starts a fresh engine).", threadDump.substring(at).lines().toList());
    }
}
