package dev.threadlab.toolkit;

/**
 * A source of nanosecond time readings, injected so tests can fabricate time instead of sleeping.
 *
 * <pre>{@code
 * Timeline real = new Timeline();                          // uses Ticker.system()
 * long[] now = {0};
 * Timeline fake = new Timeline(() -> now[0]);              // a test moves now[0] by hand
 * }</pre>
 *
 * <p>Readings are only meaningful relative to each other, like {@link System#nanoTime()}.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {

    /** The current reading in nanoseconds. */
    long read();

    /** The JVM's monotonic clock, {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
