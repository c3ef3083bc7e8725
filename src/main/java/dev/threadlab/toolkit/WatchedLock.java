package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ReentrantLock} made by a {@link LockProbe}: it behaves as one (non-fair, reentrant, conditions),
 * and tells the probe what each thread does with it. A wait with no time limit ({@code lock()},
 * {@code lockInterruptibly()}) polls, so that the probe can end it when it could never succeed; a wait with
 * a time limit is an ordinary one. Thread-safe.
 */
final class WatchedLock extends ReentrantLock {

    private static final long serialVersionUID = 1L;
    /** How often a wait with no time limit asks the probe whether it can still end. */
    private static final long POLL_MILLIS = 5;

    /**
     * Per thread id, its tries of watched locks that found them taken, and the locks it took: a caller that makes
     * no progress while its failed tries grow keeps trying, and one whose takes grow too gives way and takes again
     * ({@link ConcurrentCalls} says which), what a look at its stack can miss, a failed try being so quick.
     */
    private static final java.util.Map<Long, long[]> TRIES = new java.util.concurrent.ConcurrentHashMap<>();

    private final transient LockProbe probe;
    private final String name;

    WatchedLock(LockProbe probe, String name) {
        this.probe = probe;
        this.name = name;
    }

    /** The name the feedback uses: {@code A's lock}. */
    String name() {
        return name;
    }

    /** How many tries of watched locks {@code thread} made that found them taken, and how many locks it took. */
    static long[] tries(Thread thread) {
        long[] tries = TRIES.get(thread.threadId());
        if (tries == null) {
            return new long[2];
        }
        synchronized (tries) {
            return tries.clone();
        }
    }

    private static void counted(int which) {
        long[] tries = TRIES.computeIfAbsent(Thread.currentThread().threadId(), id -> new long[2]);
        synchronized (tries) {
            tries[which]++;
        }
    }

    private static void failedTry() {
        counted(0);
    }

    /** The thread holding it now, or null. */
    Thread owner() {
        return getOwner();
    }

    @Override
    public void lock() {
        boolean interrupted = false;
        try {
            waitWithoutLimit(false);
        } catch (InterruptedException e) { // unreachable: an uninterruptible wait keeps the interrupt for later
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        waitWithoutLimit(true);
    }

    /**
     * Whether some thread holds it, as {@link ReentrantLock#isLocked()}; when the answer finds it free, the probe
     * may have another thread take it right away ({@link LockProbe#takeWhenSeenFree}), as can happen any time.
     */
    @Override
    public boolean isLocked() {
        boolean locked = super.isLocked();
        if (!locked) {
            try {
                probe.seenFree(this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the look's answer stands; the caller sees the interrupt later
            }
        }
        return locked;
    }

    @Override
    public boolean tryLock() {
        if (super.tryLock()) {
            acquired();
            return true;
        }
        failedTry();
        probe.gaveUpAtOnce(this, null);
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        Duration wait = Duration.ofNanos(unit.toNanos(time));
        probe.beforeTimedWait(this, wait);
        if (super.tryLock(time, unit)) {
            acquired();
            return true;
        }
        failedTry();
        if (LockProbe.isATry(wait)) {
            probe.gaveUpAtOnce(this, wait); // tryLock(0, unit) (timeout.toSeconds() of 500 ms), or a unit mixed up
        }
        return false;
    }

    @Override
    public void unlock() {
        try {
            super.unlock();
        } catch (IllegalMonitorStateException e) {
            throw new IllegalMonitorStateException(probe.answer() + " called unlock() on " + name + ", which this "
                    + "thread does not hold" + (super.isLocked() ? " (another thread does)" : "") + ": unlock only a lock "
                    + "that your lock() or tryLock() actually got, once for each time it got it.");
        }
    }

    private void waitWithoutLimit(boolean interruptible) throws InterruptedException {
        if (super.tryLock()) {
            acquired();
            return;
        }
        probe.beginWait(this);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (super.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    interrupted = true;
                }
                probe.stillWaiting(this);
            }
        } finally {
            probe.endWait();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        acquired();
    }

    /** Holds the lock a moment after taking it (not again when re-entering): other threads meanwhile go on. */
    private void acquired() {
        counted(1);
        Duration pause = probe.pause();
        if (!pause.isZero() && getHoldCount() == 1) {
            long until = System.nanoTime() + pause.toNanos();
            for (long left = pause.toNanos(); left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }

    @Override
    public String toString() {
        Thread owner = owner();
        return name + (owner != null ? " (held by " + owner.getName() + ")" : " (free)");
    }
}
