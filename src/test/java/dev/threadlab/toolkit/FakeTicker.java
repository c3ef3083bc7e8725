package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when a test says so. Thread-safe. */
final class FakeTicker implements Ticker {

    private final AtomicLong now = new AtomicLong();

    @Override
    public long read() {
        return now.get();
    }

    void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    void set(long nanos) {
        now.set(nanos);
    }
}
