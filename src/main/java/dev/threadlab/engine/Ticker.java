package dev.threadlab.engine;

/**
 * A source of nanosecond time on the scale of {@link System#nanoTime()}, injected where behaviour depends
 * on it so that tests can move time by hand. Implementations are thread-safe.
 */
@FunctionalInterface
interface Ticker {

    /** Nanoseconds since some fixed, arbitrary origin; only differences mean anything. */
    long read();

    /** The JVM's {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
