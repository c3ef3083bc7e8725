package dev.threadlab.toolkit.internal;

import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The threads and child processes the toolkit runs for itself, not for the learner: a check's own threads,
 * a {@code SlowServer}'s server threads (the JDK's HttpServer dispatcher and timer among them), a
 * {@code ProcessPool}'s worker processes and their readers. The warning at the end of a cell ("Still running
 * from this cell … %reset stops them") leaves them out: they are not the learner's to stop, and stopping
 * them breaks the lesson. The engine's agent asks; the toolkit tells. Thread-safe.
 */
public final class ToolkitOwned {

    /** How many ranges of thread ids are remembered (one per check cell or server start): the oldest go first. */
    private static final int MAX_RANGES = 10_000;

    private static final Set<Thread> THREADS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final Set<Long> PROCESSES = ConcurrentHashMap.newKeySet();
    /** Thread ids {@code [from, to)}: every thread created meanwhile is the toolkit's. */
    private static final Deque<long[]> RANGES = new ConcurrentLinkedDeque<>();

    private ToolkitOwned() {
    }

    /** {@code thread} is the toolkit's. */
    public static void thread(Thread thread) {
        THREADS.add(Objects.requireNonNull(thread, "thread"));
    }

    /** A factory whose threads are the toolkit's, made by {@code factory}. */
    public static ThreadFactory factory(ThreadFactory factory) {
        Objects.requireNonNull(factory, "factory");
        return task -> {
            Thread made = factory.newThread(task);
            if (made != null) {
                thread(made);
            }
            return made;
        };
    }

    /** {@code process} is the toolkit's until it exits. */
    public static void process(Process process) {
        long pid = process.pid();
        PROCESSES.add(pid);
        process.onExit().thenRun(() -> PROCESSES.remove(pid));
    }

    /**
     * Answers what {@code action} makes; every thread created meanwhile (by any thread: the toolkit's calls
     * that start JDK threads, such as an HttpServer's, run while the cell waits for them) is the toolkit's.
     */
    public static <T> T startingThreads(Supplier<T> action) {
        long from = nextThreadId();
        try {
            return action.get();
        } finally {
            RANGES.addLast(new long[] {from, nextThreadId()});
            while (RANGES.size() > MAX_RANGES) {
                RANGES.pollFirst();
            }
        }
    }

    /**
     * Whether {@code thread} was made the toolkit's one by one ({@link #thread}, {@link #factory}): unlike
     * {@link #owns}, threads the learner's code started while a check ran are not.
     */
    public static boolean made(Thread thread) {
        return THREADS.contains(thread);
    }

    /** Whether {@code thread} is the toolkit's. */
    public static boolean owns(Thread thread) {
        if (THREADS.contains(thread)) {
            return true;
        }
        long id = thread.threadId();
        for (Iterator<long[]> it = RANGES.descendingIterator(); it.hasNext(); ) {
            long[] range = it.next();
            if (id >= range[0] && id < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the process {@code pid} is the toolkit's. */
    public static boolean ownsProcess(long pid) {
        return PROCESSES.contains(pid);
    }

    /** The id the next thread created will have, or one below it (ids grow with creation). */
    private static long nextThreadId() {
        return Thread.ofVirtual().unstarted(() -> { }).threadId();
    }
}
