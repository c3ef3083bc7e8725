package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Tells a thread that spins from one that waits by looking at what each is doing, again and again, and not by
 * the processor time it got: on a crowded machine a busy loop gets little time, yet at every look it is running
 * (or asking for a lock another spinner holds) and never waiting, while a thread that waits for an item is seen
 * parked, sleeping or in {@code wait()}. A thread counts as spinning when it was looked at {@link #MIN_LOOKS} times
 * or more, was running at {@link #MIN_RUNNING} of them or more, and never seen waiting. Not thread-safe: one
 * watching thread fills it.
 */
final class SpinLooks {

    /** What one look saw a thread doing. */
    enum Look {
        /** Running the learner's code: runnable, and not in a native call other than {@code Thread.yield()}. */
        RUNNING,
        /** Waiting for something to happen: parked, sleeping, in {@code wait()} or {@code join()}, not for a lock. */
        WAITING,
        /** Neither: waiting for a lock another thread holds, in a native call (I/O), or outside the learner's code. */
        OTHER
    }

    /** Fewest looks at a thread before it can count as spinning. */
    static final int MIN_LOOKS = 5;
    /** Fewest looks that must see it running (a thread blocked on a lock throughout is not spinning). */
    static final int MIN_RUNNING = 3;
    private static final long TICK = Duration.ofMillis(10).toNanos();

    private final Map<Thread, int[]> counts = new LinkedHashMap<>(); // looks, running, waiting
    private int looks;

    /**
     * Looks at {@code threads} every 10 ms until both {@code window} has passed and {@link #MIN_LOOKS} looks were
     * taken (a crowded machine may wake the looker late: it then looks for longer, never fewer times), or until the
     * looking thread is interrupted (its flag stays set).
     */
    static SpinLooks watch(Supplier<? extends Collection<Thread>> threads, Duration window) {
        SpinLooks looks = new SpinLooks();
        long end = System.nanoTime() + window.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            for (Thread t : threads.get()) {
                if (t.isAlive()) {
                    looks.record(t, look(t));
                }
            }
            looks.looked();
            if (looks.looks >= MIN_LOOKS && System.nanoTime() - end >= 0) {
                break;
            }
            LockSupport.parkNanos(TICK);
        }
        return looks;
    }

    /**
     * What {@code thread} is doing, its state and stack read once. A virtual thread that runs is running without
     * a look at its stack: reading the stack of a virtual thread mounted on its carrier waits until it can be read,
     * and on one core a virtual thread that spins may keep that look waiting for as long as it spins (every
     * virtual thread looked at is the answer's, made during the call or seen reading or handling items).
     */
    static Look look(Thread thread) {
        Thread.State state = thread.getState();
        if (thread.isVirtual() && state == Thread.State.RUNNABLE) {
            return Look.RUNNING;
        }
        return of(state, thread.getStackTrace());
    }

    /** What a thread in {@code state} with {@code stack} (innermost frame first) is doing. */
    static Look of(Thread.State state, StackTraceElement[] stack) {
        boolean answers = false;
        for (int i = 0; i < stack.length && !answers; i++) {
            answers = StackText.isUserFrame(stack[i]); // the first of the learner's frames is enough
        }
        if (!answers) {
            // the JDK's own threads, a pool's idle worker, and a carrier of virtual threads (its stack shows the
            // continuation, not the virtual thread's frames; it may carry the looking thread itself): a virtual
            // thread is looked at as itself
            return Look.OTHER;
        }
        return switch (state) {
            case RUNNABLE -> stack.length > 0 && stack[0].isNativeMethod()
                    && !stack[0].getClassName().equals("java.lang.Thread") ? Look.OTHER : Look.RUNNING;
            case WAITING, TIMED_WAITING -> acquiringLock(stack) ? Look.OTHER : Look.WAITING;
            case BLOCKED -> Look.OTHER;
            case NEW, TERMINATED -> Look.OTHER;
        };
    }

    /** Whether a parked thread waits to acquire a lock (held by another spinner, say), not for a signal. */
    private static boolean acquiringLock(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject")
                    || type.startsWith("java.util.concurrent.locks.AbstractQueuedLongSynchronizer$ConditionObject")) {
                return false;
            }
            if ((type.equals("java.util.concurrent.locks.AbstractQueuedSynchronizer")
                    || type.equals("java.util.concurrent.locks.AbstractQueuedLongSynchronizer"))
                    && frame.getMethodName().startsWith("acquire") && !frame.getMethodName().contains("Shared")) {
                return true;
            }
            if (StackText.isUserFrame(frame)) {
                return false;
            }
        }
        return false;
    }

    /** Records what one look saw {@code thread} doing. */
    void record(Thread thread, Look look) {
        int[] c = counts.computeIfAbsent(thread, t -> new int[3]);
        c[0]++;
        c[1] += look == Look.RUNNING ? 1 : 0;
        c[2] += look == Look.WAITING ? 1 : 0;
    }

    /** One look at every thread is done. */
    void looked() {
        looks++;
    }

    /** How many looks were taken. */
    int looks() {
        return looks;
    }

    /** The threads that spun: looked at often enough, running at enough looks, never waiting; in order of first look. */
    List<Thread> spinning() {
        List<Thread> spinning = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (c[0] >= MIN_LOOKS && c[1] >= MIN_RUNNING && c[2] == 0) {
                spinning.add(t);
            }
        });
        return spinning;
    }
}
