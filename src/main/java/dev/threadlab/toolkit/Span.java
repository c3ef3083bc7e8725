package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One piece of work recorded on a {@link Timeline}: what ran, where, from when to when.
 *
 * <pre>{@code
 * new Span("download 1", "worker-1", Span.Kind.PLATFORM, 0, 2_000_000_000L);   // a hand-made span
 * }</pre>
 *
 * <p>Times are {@link Ticker} readings in nanoseconds, comparable only with other readings of the
 * same ticker. Immutable.
 *
 * @param label       what ran (the task name), never null
 * @param thread      the thread name, or {@code "pid N"} for a process; never null
 * @param kind        whether the work ran on a platform thread, a virtual thread or in a process
 * @param startNanos  when it started
 * @param endNanos    when it ended, not before {@code startNanos}
 */
public record Span(String label, String thread, Kind kind, long startNanos, long endNanos) {

    /** Where a span's work ran. */
    public enum Kind {
        /** An ordinary (OS) thread. */
        PLATFORM,
        /** A virtual thread, mounted on a carrier while it runs. */
        VIRTUAL,
        /** A child process, identified by its PID. */
        PROCESS
    }

    public Span {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(kind, "kind");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException(
                    "a span must not end before it starts, was start %d end %d".formatted(startNanos, endNanos));
        }
    }

    /** How long the span lasted. */
    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    /** Whether this span and {@code other} run at the same time for a moment of non-zero length. */
    public boolean overlaps(Span other) {
        return startNanos < other.endNanos && other.startNanos < endNanos;
    }
}
