package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every call a {@link SplitProbe}'s function received: the range or element it was asked for, the thread
 * that asked, what it answered, and per thread what kind of thread it is and whether it held a lock of the
 * learner's while it called. Thread-safe and lock-free on the path of a call, so it adds little to a loop
 * that calls once per element.
 */
final class SplitCalls {

    /** How many calls get their stack read, for how a fork/join answer reached its leaves. */
    static final int STACKS = 64;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One call of a range function: {@code [from, to)}. */
    record Range(long from, long to, Thread thread, long answered) {
        long size() {
            return to - from;
        }

        @Override
        public String toString() {
            return "[" + from + ", " + to + ")";
        }
    }

    /**
     * A thread that called the function.
     *
     * @param order    in which order threads first called (0 first)
     * @param kind     what kind of thread it is, seen at its first call
     * @param via      how the work reached it ({@code "a parallel stream"}, ...), or empty
     * @param heldLock the learner's frame that held a lock at the thread's first call (in {@code synchronized}),
     *                 or null
     */
    record Caller(Thread thread, int order, ThreadKind kind, String via, String heldLock) {
    }

    private final ConcurrentLinkedQueue<Range> ranges = new ConcurrentLinkedQueue<>();
    private final AtomicIntegerArray elements;
    private final LongAdder outside = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder calls = new LongAdder();
    private final Map<Thread, Caller> callers = new ConcurrentHashMap<>();
    private final AtomicInteger order = new AtomicInteger();
    private final AtomicInteger stacksRead = new AtomicInteger();
    private final Set<String> forkJoinWaits = ConcurrentHashMap.newKeySet();

    /** A record of range calls ({@code elements < 0}) or of calls for the elements 0 to {@code elements} − 1. */
    SplitCalls(int elements) {
        this.elements = elements < 0 ? null : new AtomicIntegerArray(elements);
    }

    /** The caller record of the current thread, made at its first call from its stack. */
    Caller thread(Thread caller) {
        Thread me = Thread.currentThread();
        Caller known = callers.get(me);
        if (known != null) {
            return known;
        }
        StackTraceElement[] stack = me.getStackTrace();
        return callers.computeIfAbsent(me, t -> {
            ThreadKind kind = ThreadKind.of(t, stack, caller);
            String via = ThreadKind.via(stack);
            if (via.isEmpty() && kind == ThreadKind.CALLER && ThreadKind.throughThreadRun(stack, SplitProbe.class)) {
                via = ThreadKind.THREAD_RUN; // run() instead of start(), told apart from a plain loop on the caller
            }
            return new Caller(t, order.getAndIncrement(), kind, via, heldLock(t));
        });
    }

    /** Records a call of the range function; for the first {@value #STACKS} calls also how a fork/join task got here. */
    void range(long from, long to, long result) {
        ranges.add(new Range(from, to, Thread.currentThread(), result));
        counted(result);
        if (stacksRead.get() < STACKS && stacksRead.incrementAndGet() <= STACKS) {
            for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
                if (frame.getClassName().equals("java.util.concurrent.ForkJoinTask")
                        && Set.of("join", "invoke", "get", "invokeAll").contains(frame.getMethodName())) {
                    forkJoinWaits.add(frame.getMethodName());
                }
            }
        }
    }

    /** Records a call of the element function. */
    void element(int i, long result) {
        if (i >= 0 && i < elements.length()) {
            elements.incrementAndGet(i);
        } else {
            outside.increment();
        }
        counted(result);
    }

    private void counted(long result) {
        answered.add(result);
        calls.increment();
    }

    /** The ranges asked for, ordered by where they start. */
    List<Range> ranges() {
        List<Range> all = new ArrayList<>(ranges);
        all.sort(Comparator.comparingLong(Range::from).thenComparingLong(Range::to));
        return all;
    }

    /** How many times each element was asked for, or null for a range function. */
    int[] elementCounts() {
        if (elements == null) {
            return null;
        }
        int[] counts = new int[elements.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = elements.get(i);
        }
        return counts;
    }

    /** Calls with an element outside 0 to n − 1. */
    long outside() {
        return outside.sum();
    }

    /** The sum of everything the function answered. */
    long answered() {
        return answered.sum();
    }

    long calls() {
        return calls.sum();
    }

    /** The threads that called, in the order of their first call. */
    List<Caller> callers() {
        return callers.values().stream().sorted(Comparator.comparingInt(Caller::order)).toList();
    }

    /** The {@code ForkJoinTask} methods ({@code join}, {@code invoke}, ...) seen below the first calls. */
    Set<String> forkJoinWaits() {
        return new TreeSet<>(forkJoinWaits);
    }

    /** The learner's frame in which {@code thread} (the current one) holds a monitor or lock, or null. */
    private static String heldLock(Thread thread) {
        if (thread.isVirtual()) {
            return null; // ThreadMXBean does not see virtual threads
        }
        ThreadInfo[] infos = THREADS.getThreadInfo(new long[] {thread.threadId()},
                THREADS.isObjectMonitorUsageSupported(), false);
        if (infos.length == 0 || infos[0] == null) {
            return null;
        }
        for (MonitorInfo monitor : infos[0].getLockedMonitors()) {
            StackTraceElement frame = monitor.getLockedStackFrame();
            if (frame != null && StackText.isUserFrame(frame)) {
                return StackText.frame(frame);
            }
        }
        return infos[0].getLockedSynchronizers().length > 0 ? "a lock" : null;
    }
}
