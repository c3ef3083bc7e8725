package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Where a probe's tasks wait until the caller waits for them ({@link CallerWatch} moves the epoch on, or lets
 * the one thread it joins go) or returned: an answer that sleeps instead of joining then returns while they
 * still run. Lock-free, so tasks let go together wake together; with {@link #spinTogether} they even go on at
 * one instant. Thread-safe.
 */
final class TaskHold {

    /** How long a task waits at most, whatever the caller does. */
    static final Duration MAX_HOLD = Duration.ofSeconds(60);
    /** How long tasks that finish together spin after their release, so that they go on at one instant. */
    static final Duration TOGETHER = Duration.ofMillis(2);

    /** Incremented to let the held tasks go; only the watch thread writes it. */
    private volatile long epoch;
    private volatile boolean returned;
    /** {@link System#nanoTime()} of the latest release. */
    private volatile long releasedAt;
    /** The threads waiting here, each with the epoch it arrived in. */
    private final Map<Thread, Long> holding = new ConcurrentHashMap<>();
    /** Threads let go one by one ({@link #release(Thread)}) while they wait here. */
    private final Set<Thread> letGo = ConcurrentHashMap.newKeySet();

    /** The epoch now: a task arriving now waits until it moves on. */
    long epoch() {
        return epoch;
    }

    /**
     * Parks until the epoch moved past {@code arrivedIn}, this thread was let go, the answer returned, or
     * {@link #MAX_HOLD} passed.
     */
    void await(long arrivedIn) {
        Thread me = Thread.currentThread();
        letGo.remove(me); // left over from an earlier wait of this thread, let go as it left
        holding.put(me, arrivedIn);
        try {
            long deadline = System.nanoTime() + MAX_HOLD.toNanos();
            while (!returned && epoch <= arrivedIn && !letGo.contains(me)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("a probe's task was interrupted while it waited until its caller waited");
                }
            }
        } finally {
            holding.remove(me);
            letGo.remove(me);
        }
    }

    /**
     * Spins (on the CPU, not parked) until {@link #TOGETHER} after the latest release: the tasks that reach
     * the CPU meanwhile go on at the same instant, and the others are likely to be switched out part-way
     * through what follows, which is how a race shows on a busy or small machine.
     */
    void spinTogether() {
        long until = releasedAt + TOGETHER.toNanos();
        while (System.nanoTime() - until < 0 && !Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
    }

    /** Lets the tasks held now go on: the caller waits for them, polls, or spins. */
    void release() {
        releasedAt = System.nanoTime();
        epoch++;
        holding.keySet().forEach(LockSupport::unpark);
    }

    /**
     * Lets go the task that {@code thread} holds here now, and no other: the caller joins that thread. Answers
     * whether it held one.
     */
    boolean release(Thread thread) {
        if (!holding.containsKey(thread)) {
            return false;
        }
        releasedAt = System.nanoTime();
        letGo.add(thread);
        LockSupport.unpark(thread);
        return true;
    }

    /** Whether {@code thread} waits here and nothing has let it go yet. */
    boolean stillHeld(Thread thread) {
        Long arrivedIn = holding.get(thread);
        return arrivedIn != null && !returned && epoch <= arrivedIn && !letGo.contains(thread);
    }

    /** The answer returned: every task held now or later goes on at once. */
    void returned() {
        releasedAt = System.nanoTime();
        returned = true;
        holding.keySet().forEach(LockSupport::unpark);
    }

    /** How many tasks wait here now. */
    int held() {
        return holding.size();
    }
}
