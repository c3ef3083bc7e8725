package dev.threadlab.wire;

import java.util.List;
import java.util.Objects;

/**
 * The engine's live user threads and child processes, as {@code %threads} lists them. Immutable.
 *
 * @param threads   user threads, oldest first (a last row may count the ones left out)
 * @param processes child processes of the engine
 */
public record ThreadTable(List<ThreadRow> threads, List<ProcessRow> processes) {

    public ThreadTable {
        threads = List.copyOf(threads);
        processes = List.copyOf(processes);
    }

    /**
     * One thread.
     *
     * @param name      the thread's name
     * @param state     its state, e.g. {@code WAITING (idle in an executor)}
     * @param kind      {@code platform}, {@code platform, daemon} or {@code virtual}
     * @param startedIn the execution count of the cell that started it; null when unknown
     * @param userFrame the first frame of user code on its stack; null when none
     * @param topFrame  the top frame of its stack; null when the stack is empty
     */
    public record ThreadRow(String name, String state, String kind, Integer startedIn, StackTraceElement userFrame,
            StackTraceElement topFrame) {
        public ThreadRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One child process.
     *
     * @param pid       its process id
     * @param command   its command line, as far as the OS tells
     * @param startedIn the execution count of the cell it was first seen at the end of; null when unknown
     */
    public record ProcessRow(long pid, String command, Integer startedIn) {
        public ProcessRow {
            Objects.requireNonNull(command, "command");
        }
    }
}
