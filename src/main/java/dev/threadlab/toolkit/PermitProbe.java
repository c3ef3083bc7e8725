package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * A semaphore for the learner's code that hands its permits to the tasks that asked last first, and names a
 * wait for a permit that can never end. Every wait for permits ({@code acquire}, {@code acquireUninterruptibly}
 * and {@code tryAcquire} with a timeout, of one permit or several) waits at a gate until the expected number of
 * tasks asked (or {@link #PATIENCE_MILLIS} ms pass without a new one), then grants in reverse order of asking: on any
 * number of cores the first task an answer reads is then one still waiting, so an answer that gives a permit
 * back only after reading a task's result (not where the fetch ends) is stuck every time, not once in a while.
 * Once every permit is held by tasks that ended without giving theirs back (their threads ended, or went back to
 * their pool) and a task still waits, each wait ends at once with an {@code AssertionError} whose message is the
 * verdict ({@link #assertNeverStuck}).
 *
 * <p>A {@code tryAcquire} with a timeout gives up when it passes, as a {@link Semaphore}'s does, so an answer that
 * asks again in a loop is judged as one that calls {@code acquire()}. Otherwise it behaves as a non-fair
 * {@link Semaphore}. Thread-safe.
 */
public final class PermitProbe extends Semaphore {

    private static final long serialVersionUID = 1L;
    /** How long the gate waits for one more task to ask, and a stuck wait for a permit to come back. */
    static final long PATIENCE_MILLIS = 1_000;
    private static final long POLL_MILLIS = 5;
    private static final long LOOK_MILLIS = 50;

    private final transient String answer;
    private final int askers;
    private static final long NO_DEADLINE = Long.MIN_VALUE;

    private final transient List<Object> order = new ArrayList<>(); // guarded by this; one ticket per wait
    /** Every thread that asked to wait for a permit: the gate opens when {@code askers} of them did. */
    private final transient Set<Thread> asked = new HashSet<>(); // guarded by this
    /** When the gate opens if no new task asks before, as {@link System#nanoTime()}. */
    private long gateOpensAt; // guarded by this
    private final transient Set<Thread> holders = ConcurrentHashMap.newKeySet();
    /** The threads waiting for a permit now. */
    private final transient Set<Thread> asking = ConcurrentHashMap.newKeySet();
    /** When {@link #hopeless()} last looked at the holders' stacks, and what it found (a look costs stack walks). */
    private long lookedAt; // guarded by this
    private boolean lookedHopeless; // guarded by this
    /** Since when {@link #hopeless()} has been true, as {@link System#nanoTime()}; 0 when it is not. */
    private long hopelessSince; // guarded by this
    private int granted; // guarded by this
    private boolean open; // guarded by this
    private volatile String stuck;

    private PermitProbe(String answer, int permits, int askers) {
        super(permits);
        this.answer = answer;
        this.askers = askers;
    }

    /**
     * A semaphore of {@code permits} for the learner's method {@code answer}, whose gate waits for
     * {@code askers} tasks to ask for a permit.
     *
     * @throws IllegalArgumentException if {@code answer} is blank or a count is not positive
     */
    public static PermitProbe of(String answer, int permits, int askers) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a permit probe needs the name of the learner's method, was blank");
        }
        if (permits < 1 || askers < 1) {
            throw new IllegalArgumentException("permits and askers must be >= 1, were " + permits + " and " + askers);
        }
        return new PermitProbe(answer.strip(), permits, askers);
    }

    @Override
    public void acquire() throws InterruptedException {
        take(1, NO_DEADLINE);
    }

    @Override
    public void acquire(int permits) throws InterruptedException {
        checkCount(permits);
        take(permits, NO_DEADLINE);
    }

    @Override
    public void acquireUninterruptibly() {
        acquireUninterruptibly(1);
    }

    @Override
    public void acquireUninterruptibly(int permits) {
        checkCount(permits);
        boolean interrupted = false;
        while (true) {
            try {
                take(permits, NO_DEADLINE);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits in turn as {@link #acquire()} does, but no longer than {@code timeout}: false when that passed. */
    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(1, timeout, unit);
    }

    @Override
    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        checkCount(permits);
        if (timeout <= 0) {
            return tryAcquire(permits);
        }
        return take(permits, System.nanoTime() + unit.toNanos(timeout));
    }

    @Override
    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    /** Takes a permit only if one is free now, without waiting and so without a turn, as a Semaphore does. */
    @Override
    public boolean tryAcquire(int permits) {
        if (super.tryAcquire(permits)) {
            holders.add(Thread.currentThread());
            return true;
        }
        return false;
    }

    @Override
    public void release() {
        release(1);
    }

    @Override
    public void release(int permits) {
        holders.remove(Thread.currentThread());
        super.release(permits);
    }

    /**
     * Every wait for permits: at the gate, then in turn; true once they are taken, false when {@code deadline}
     * (a {@link System#nanoTime()}, or {@link #NO_DEADLINE}) passed first. A task that asks again after its wait
     * timed out gets a new turn, after those already waiting, and is not a new asker at the gate.
     */
    private boolean take(int permits, long deadline) throws InterruptedException {
        Thread me = Thread.currentThread();
        asking.add(me);
        try {
            Object ticket = awaitTurn(deadline);
            if (ticket == null) {
                return false;
            }
            while (!tryAcquireOrPass(ticket, permits)) {
                String verdict = stuckFor();
                if (verdict != null) {
                    passTurn(ticket);
                    throw new AssertionError(verdict);
                }
                if (deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0) {
                    leave(ticket);
                    return false;
                }
            }
            holders.add(me);
            passTurn(ticket);
            return true;
        } finally {
            asking.remove(me);
        }
    }

    /** A poll for permits; an interrupt passes the turn on before it is thrown. */
    private boolean tryAcquireOrPass(Object ticket, int permits) throws InterruptedException {
        try {
            return super.tryAcquire(permits, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            passTurn(ticket);
            throw e;
        }
    }

    private static void checkCount(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must be >= 0, was " + permits);
        }
    }

    /** No task waited for a permit that could never come back. */
    public PermitProbe assertNeverStuck() {
        String verdict = stuck;
        if (verdict != null) {
            Assertions.fail(verdict);
        }
        return this;
    }

    /**
     * Waits at the gate, then for its turn; answers its ticket (a thread that asks again gets a new one), or null
     * when {@code deadline} passed first (the ticket is then given up: the later ones move up one).
     */
    private synchronized Object awaitTurn(long deadline) throws InterruptedException {
        Object me = new Object();
        order.add(me);
        if (asked.add(Thread.currentThread())) { // a new task asked: the gate waits for the next one afresh
            gateOpensAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        }
        try {
            if (waitAtGate(me, deadline)) {
                return me;
            }
        } catch (InterruptedException e) {
            leave(me);
            throw e;
        }
        leave(me);
        return null;
    }

    /** False when {@code deadline} passed before its turn came. */
    private boolean waitAtGate(Object me, long deadline) throws InterruptedException {
        if (!open && asked.size() >= askers) {
            openGate();
        }
        while (!open) {
            long now = System.nanoTime();
            if (gateOpensAt - now <= 0) {
                openGate();
            } else if (deadline != NO_DEADLINE && deadline - now <= 0) {
                return false;
            } else {
                long left = gateOpensAt - now;
                TimeUnit.NANOSECONDS.timedWait(this, deadline == NO_DEADLINE ? left : Math.min(left, deadline - now));
            }
        }
        while (order.indexOf(me) != granted && stuck == null) {
            if (deadline != NO_DEADLINE && deadline - System.nanoTime() <= 0) {
                return false;
            }
            wait(POLL_MILLIS);
        }
        return true;
    }

    /** Gives up a ticket not granted yet (its wait timed out or was interrupted): the later ones move up one. */
    private synchronized void leave(Object ticket) {
        order.remove(ticket);
        notifyAll();
    }

    /**
     * The verdict once every permit has been held by tasks that ended for {@link #PATIENCE_MILLIS} ms while a task
     * waited in turn (over all its waits, for an answer that asks again after each timed-out one); else null.
     */
    private synchronized String stuckFor() {
        if (stuck == null) {
            if (!hopeless()) {
                hopelessSince = 0;
            } else if (hopelessSince == 0) {
                hopelessSince = System.nanoTime();
            } else if (System.nanoTime() - hopelessSince > TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS)) {
                stop();
            }
        }
        return stuck;
    }

    /** The tasks that asked so far get their turns last first; later ones after them, in order. */
    private void openGate() {
        Collections.reverse(order);
        open = true;
        notifyAll();
    }

    /** The next ticket's turn (once per ticket: it got its permit, was interrupted, or the probe stopped). */
    private synchronized void passTurn(Object ticket) {
        if (order.indexOf(ticket) == granted) {
            granted++;
            notifyAll();
        }
    }

    /**
     * Every permit is held by a task that ended without giving it back: only the caller could give one back. A
     * task has ended when its thread has, and when its thread is a pool's that went back to the pool, idle or
     * asking for a permit again for its next task (a pool of reused threads). Looks at the holders' stacks at most
     * every {@value #LOOK_MILLIS} ms.
     */
    private synchronized boolean hopeless() {
        if (availablePermits() != 0 || holders.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - lookedAt >= TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS)) {
            lookedAt = now;
            lookedHopeless = holders.stream().allMatch(this::taskEnded);
        }
        return lookedHopeless;
    }

    private boolean taskEnded(Thread holder) {
        if (!holder.isAlive()) {
            return true;
        }
        boolean askingAgain = asking.contains(holder);
        Thread.State state = holder.getState();
        if (!askingAgain && state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        boolean pooled = holder instanceof ForkJoinWorkerThread;
        for (StackTraceElement frame : holder.getStackTrace()) {
            String method = frame.getClassName() + "." + frame.getMethodName();
            if (!askingAgain && (method.equals("java.util.concurrent.ThreadPoolExecutor.getTask")
                    || method.equals("java.util.concurrent.ForkJoinPool.awaitWork"))) {
                return true; // idle in its pool
            }
            pooled |= method.equals("java.util.concurrent.ThreadPoolExecutor.runWorker");
        }
        return askingAgain && pooled; // a pool's thread asking again: its next task, the one before it is over
    }

    /** Ends every wait for a permit, with the verdict (the first time). */
    private synchronized void stop() {
        if (stuck == null) {
            stuck = answer + " was stuck: every permit was taken by a task that had ended without giving it back, "
                    + "while another task waited for a permit and the caller waited for that task's result. A permit "
                    + "given back only after get() of a task's future comes too late when the tasks that took the "
                    + "permits are not the first ones read. Call release() where the fetch ends, in a finally block "
                    + "inside the task that took the permit.";
        }
        notifyAll();
    }
}
