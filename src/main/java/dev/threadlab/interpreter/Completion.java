package dev.threadlab.interpreter;

import java.util.List;

/**
 * Completion candidates replacing {@code code[start, end)}.
 *
 * @param matches candidates in display order, never null
 * @param start   first code-point offset replaced
 * @param end     end (exclusive) of the replaced range
 */
public record Completion(List<String> matches, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("need 0 <= start <= end, was start=" + start + " end=" + end);
        }
    }

    /** No candidates, at {@code cursor}. */
    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
