package dev.threadlab.agent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gives memory back to the system while the notebook is idle. The engine's collector (serial) returns heap
 * to the system only after a full collection, which a learner's program rarely triggers: a cell that kept
 * 700 MB and then dropped it (or a variable overwritten) left the engine holding 700 MB until {@code %reset}.
 * So when a cell has ended and no other cell started for {@value #IDLE_MILLIS} ms, and the heap has grown past
 * {@value #GROWN_BYTES} bytes, one full collection runs, and the heap shrinks to what is still in use. Small
 * heaps, and cells that follow each other quickly, never pay for it. Thread-safe.
 */
final class IdleMemory {

    static final long IDLE_MILLIS = 2_000;
    static final long GROWN_BYTES = 96L << 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "threadlab-idle-memory");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    /** A cell ended: collect once the engine has been idle for a while. */
    synchronized void cellEnded() {
        cancel();
        pending = timer.schedule(IdleMemory::collectIfGrown, IDLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A cell begins: no collection now. */
    synchronized void cellBegins() {
        cancel();
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private static void collectIfGrown() {
        if (Runtime.getRuntime().totalMemory() > GROWN_BYTES) {
            System.gc();
        }
    }

    /**
     * The heap after a full collection: bytes in use (what the notebook's objects hold), committed (taken from
     * the system) and the most it may grow to.
     */
    static long[] afterCollection() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return new long[] {runtime.totalMemory() - runtime.freeMemory(), runtime.totalMemory(), runtime.maxMemory()};
    }
}
