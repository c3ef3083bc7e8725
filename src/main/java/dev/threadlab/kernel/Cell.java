package dev.threadlab.kernel;

import java.util.Objects;

/**
 * One cell to execute.
 *
 * @param code           the source, never null (may be empty)
 * @param executionCount the number shown as {@code In [n]}; for a silent cell, the current count
 * @param silent         no output is broadcast and no result shown
 * @param allowStdin     whether the client can answer {@code input_request}
 */
public record Cell(String code, int executionCount, boolean silent, boolean allowStdin) {
    public Cell {
        Objects.requireNonNull(code, "code");
        if (executionCount < 0) {
            throw new IllegalArgumentException("executionCount must be >= 0, was " + executionCount);
        }
    }
}
