package dev.threadlab.agent;

import dev.threadlab.wire.Wire;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cell each thread works for, as a tag the kernel chose: set on the command thread before each
 * snippet runs, so the snippet's thread and every thread created from it (platform or virtual, directly or
 * by a pool thread the cell created) inherit it. Output is routed by this tag ({@link Wire#CELL}).
 *
 * <p>Pool threads are reused across cells, so a pool thread seen waiting for work at the end of a cell
 * (see {@link PoolThreads}) adopts a new tag for its next task: the cell during which it left the idle
 * state, or, when it prints before the next cell ends, the most recent cell. A task queued behind a busy
 * pool thread stays with that thread's tag. Threads that do not inherit a tag read 0, "unknown": the
 * common {@code ForkJoinPool}'s workers (the JDK creates them without inherited thread locals) and the
 * JDK's own threads. Thread-safe.
 */
final class CellTag {

    private static final InheritableThreadLocal<Integer> TAG = new InheritableThreadLocal<>();
    /** Marks a pool thread that was idle at the last cell end: adopt the latest cell at its next output. */
    private static final int LATEST = -1;
    /** Pool threads (by id) whose next output adopts another tag. */
    private static final Map<Long, Integer> ADOPT = new ConcurrentHashMap<>();
    private static volatile int latest;

    private CellTag() {}

    /** The tag of the calling thread, 0 when unknown. */
    static int current() {
        Integer tag = TAG.get();
        if (!ADOPT.isEmpty()) {
            Integer adopt = ADOPT.remove(Thread.currentThread().threadId());
            if (adopt != null) {
                tag = adopt == LATEST ? latest : adopt;
                TAG.set(tag);
            }
        }
        return tag == null ? 0 : tag;
    }

    /** The tag of the most recent cell, 0 before the first. */
    static int latest() {
        return latest;
    }

    /** Makes the calling thread (and threads it creates from now on) work for cell {@code tag}. */
    static void set(int tag) {
        latest = tag;
        TAG.set(tag);
    }

    /**
     * At the end of cell {@code tag}: the live pool threads, and which of them wait for work. An idle one
     * adopts the latest cell at its next output; one that was idle before and is busy now took its task
     * during this cell, so it adopts this cell.
     */
    static void poolThreadsAtCellEnd(int tag, Set<Long> workers, Set<Long> idle) {
        for (long id : workers) {
            if (idle.contains(id)) {
                ADOPT.put(id, LATEST);
            } else {
                ADOPT.computeIfPresent(id, (k, v) -> v == LATEST ? tag : v);
            }
        }
        ADOPT.keySet().retainAll(workers);
    }
}
