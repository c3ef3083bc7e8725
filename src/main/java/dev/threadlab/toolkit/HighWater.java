package dev.threadlab.toolkit;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how many tasks are inside a region now and the most there ever were at once (the high-water
 * mark): a check's proof of how much ran in parallel, or that a limit (a pool size, a semaphore) held.
 *
 * <pre>{@code
 * HighWater probe = Check.highWater();
 * fetchAll(urls, url -> probe.call(() -> download(url)));
 * Assertions.assertTrue(probe.peak() <= 4, "more than 4 downloads ran at once: " + probe.peak());
 * }</pre>
 *
 * <p>Only the code that made the probe (a check cell's, with its lambdas) can enter it: a call from anywhere
 * else, such as an answer that got hold of the probe, is refused with an {@link IllegalCallerException}.
 *
 * <p>Thread-safe and lock-free. {@link #exit()} must follow each {@link #enter()}; {@link #run} and
 * {@link #call} pair them for you, also when the task throws.
 */
public final class HighWater {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final java.util.Optional<Class<?>> owner = Callers.host();

    HighWater() {
    }

    /**
     * A task entered the region.
     *
     * @throws IllegalCallerException if the caller is not the code that made the probe
     */
    public void enter() {
        Callers.requireFrom(owner, "a high-water probe");
        int now = current.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    /**
     * A task left the region.
     *
     * @throws IllegalStateException  if no task is inside (an exit without its enter)
     * @throws IllegalCallerException if the caller is not the code that made the probe
     */
    public void exit() {
        Callers.requireFrom(owner, "a high-water probe");
        int now = current.getAndUpdate(v -> v > 0 ? v - 1 : v);
        if (now <= 0) {
            throw new IllegalStateException("exit() without a matching enter(): no task is inside");
        }
    }

    /** Runs {@code task} inside the region. */
    public void run(Runnable task) {
        enter();
        try {
            task.run();
        } finally {
            exit();
        }
    }

    /** Calls {@code task} inside the region and answers its result; its exception passes through. */
    public <T> T call(Callable<T> task) throws Exception {
        enter();
        try {
            return task.call();
        } finally {
            exit();
        }
    }

    /** The most tasks that were inside at the same moment. */
    public int peak() {
        return peak.get();
    }

    /** How many tasks are inside now. */
    public int current() {
        return current.get();
    }

    @Override
    public String toString() {
        return "HighWater[peak=" + peak() + ", current=" + current() + "]";
    }
}
