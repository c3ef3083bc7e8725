package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 * wait for a permit that can never end. {@code acquire()} waits at a gate until the expected number of tasks
 * asked (or {@link #PATIENCE_MILLIS} ms pass without a new one), then grants in reverse order of asking: on any
 * number of cores the first task an answer reads is then one still waiting, so an answer that gives a permit
 * back only after reading a task's result (not where the fetch ends) is stuck every time, not once in a while.
 * Once every permit is held by tasks that ended without giving theirs back (their threads ended, or went back to
 * their pool) and a task still waits, each wait ends at once with an {@code AssertionError} whose message is the
 * verdict ({@link #assertNeverStuck}).
 *
 * <p>Otherwise it behaves as a non-fair {@link Semaphore}. Thread-safe.
 */
public final class PermitProbe extends Semaphore {

    private static final long serialVersionUID = 1L;
    /** How long the gate waits for one more task to ask, and a stuck wait for a permit to come back. */
    static final long PATIENCE_MILLIS = 1_000;
    private static final long POLL_MILLIS = 5;
    private static final long LOOK_MILLIS = 50;

    private final transient String answer;
    private final int askers;
    private final transient List<Object> order = new ArrayList<>(); // guarded by this; one ticket per acquire()
    private final transient Set<Thread> holders = ConcurrentHashMap.newKeySet();
    /** The threads inside {@link #acquire()} now. */
    private final transient Set<Thread> asking = ConcurrentHashMap.newKeySet();
    /** When {@link #hopeless()} last looked at the holders' stacks, and what it found (a look costs stack walks). */
    private long lookedAt; // guarded by this
    private boolean lookedHopeless; // guarded by this
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
        Thread me = Thread.currentThread();
        asking.add(me);
        try {
            acquireInTurn();
        } finally {
            asking.remove(me);
        }
    }

    private void acquireInTurn() throws InterruptedException {
        Object ticket = awaitTurn();
        long hopelessSince = 0;
        while (!tryAcquireOrPass(ticket)) {
            if (!hopeless()) {
                hopelessSince = 0;
            } else if (hopelessSince == 0) {
                hopelessSince = System.nanoTime();
            } else if (System.nanoTime() - hopelessSince > TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS)) {
                stop();
            }
            String verdict = stuck;
            if (verdict != null) {
                passTurn(ticket);
                throw new AssertionError(verdict);
            }
        }
        holders.add(Thread.currentThread());
        passTurn(ticket);
    }

    /** A poll for a permit; an interrupt passes the turn on before it is thrown. */
    private boolean tryAcquireOrPass(Object ticket) throws InterruptedException {
        try {
            return super.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            passTurn(ticket);
            throw e;
        }
    }

    @Override
    public void acquireUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                acquire();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void release() {
        holders.remove(Thread.currentThread());
        super.release();
    }

    /** No task waited for a permit that could never come back. */
    public PermitProbe assertNeverStuck() {
        String verdict = stuck;
        if (verdict != null) {
            Assertions.fail(verdict);
        }
        return this;
    }

    /** Waits at the gate, then for its turn; answers its ticket (a thread that asks again gets a new one). */
    private synchronized Object awaitTurn() throws InterruptedException {
        Object me = new Object();
        order.add(me);
        try {
            waitAtGate(me);
        } catch (InterruptedException e) {
            order.remove(me); // still after every granted ticket: the later ones move up one
            notifyAll();
            throw e;
        }
        return me;
    }

    private void waitAtGate(Object me) throws InterruptedException {
        if (!open && order.size() >= askers) {
            openGate();
        }
        long lastCount = order.size();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (!open) {
            long left = until - System.nanoTime();
            if (order.size() != lastCount) {
                lastCount = order.size();
                until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
            } else if (left <= 0) {
                openGate();
            } else {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        while (order.indexOf(me) != granted && stuck == null) {
            wait(POLL_MILLIS);
        }
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
