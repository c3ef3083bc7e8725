package dev.threadlab.interpreter;

import java.util.Objects;

/**
 * One cell to execute.
 *
 * @param code           the source, never null (may be empty)
 * @param executionCount the number shown as {@code In [n]}; for a silent cell, the current count
 * @param silent         no output is broadcast and no result shown
 * @param allowStdin     whether the client can answer {@code input_request}
 * @param receivedNanos  when the kernel received the request, as {@link System#nanoTime()}: an interrupt
 *                       that arrives after this, while no cell runs, is meant for this cell
 */
public record Cell(String code, int executionCount, boolean silent, boolean allowStdin, long receivedNanos) {
    public Cell {
        Objects.requireNonNull(code, "code");
        if (executionCount < 0) {
            throw new IllegalArgumentException("executionCount must be >= 0, was " + executionCount);
        }
    }

    /** A cell received now. */
    public Cell(String code, int executionCount, boolean silent, boolean allowStdin) {
        this(code, executionCount, silent, allowStdin, System.nanoTime());
    }

    /** The same cell with other code (the Java part of a cell that starts with magics, say). */
    public Cell withCode(String otherCode) {
        return new Cell(otherCode, executionCount, silent, allowStdin, receivedNanos);
    }
}
