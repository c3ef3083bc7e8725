package dev.threadlab.engine;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Gives back to the system the heap JShell's compiler grew into, once the interpreter has been idle a while.
 *
 * <p>Why: the compiler runs in this JVM, and what a compiler task still holds at a young collection is
 * promoted; the serial collector grows the old generation for it rather than collecting, and gives memory back
 * only after a full collection, which an interpreter otherwise never has. After 1,000 declaring cells the
 * kernel held 271 MB of old generation for 131 MB live (README, issue 21; 53 MB live since {@link
 * WrapperPreludes}). So when no request came for
 * {@value #IDLE_MILLIS} ms after the last one ended, and the heap has grown by more than {@value #GROWN_BYTES}
 * bytes since the last such collection (or since the start), one full collection runs and the JVM's heap
 * free ratios ({@code kernel/jvm.options}) shrink it to what is in use plus a margin. A heap that did not grow
 * since is never collected again, so a large live set costs one collection, not one per cell; but when a new
 * session replaced the old one ({@link #forget}: a restart, a lost engine), what the old compiler held is
 * garbage that no growth would reveal, so the next idle time collects whatever the heap's size.
 *
 * <p>The agent does the same for user code in the engine JVM. Thread-safe: requests begin and end on the
 * interpreter's threads, the collection runs on the scheduler's.
 */
final class IdleHeap implements AutoCloseable {

    static final long IDLE_MILLIS = 2_000;
    static final long GROWN_BYTES = 32L << 20;

    private final Scheduler scheduler;
    private final LongSupplier committed;
    private final Runnable collect;
    private long requests;
    private int running;
    private long baseline;

    /** Watches this JVM's heap; collects with {@link System#gc()} on a daemon thread. */
    IdleHeap() {
        this(Scheduler.daemon("threadlab-idle-heap"), Runtime.getRuntime()::totalMemory, System::gc);
    }

    IdleHeap(Scheduler scheduler, LongSupplier committed, Runnable collect) {
        this.scheduler = scheduler;
        this.committed = committed;
        this.collect = collect;
        this.baseline = committed.getAsLong();
    }

    /** Serves a request (a cell, a completion, an inspection): {@link #begin}, {@code request}, {@link #end}. */
    <T> T during(Supplier<T> request) {
        begin();
        try {
            return request.get();
        } finally {
            end();
        }
    }

    /** A request begins: no collection until it ends. */
    synchronized void begin() {
        requests++;
        running++;
    }

    /** The request that began last ended: collect after {@value #IDLE_MILLIS} ms if none begins meanwhile. */
    void end() {
        long at;
        synchronized (this) {
            running--;
            at = requests;
        }
        scheduler.schedule(() -> collectIfIdleSince(at), IDLE_MILLIS);
    }

    /** The compiler's state was dropped (a new session): collect at the next idle time, grown or not. */
    synchronized void forget() {
        baseline = Long.MIN_VALUE / 2;
    }

    private void collectIfIdleSince(long at) {
        synchronized (this) {
            if (requests != at || running > 0 || committed.getAsLong() - baseline <= GROWN_BYTES) {
                return;
            }
        }
        collect.run();
        synchronized (this) {
            baseline = committed.getAsLong();
        }
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
