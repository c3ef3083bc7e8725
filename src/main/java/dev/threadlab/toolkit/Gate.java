package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Proves that {@code n} tasks ran at the same moment: each task calls {@link #arrive()}, which waits until
 * {@code n} tasks are waiting there at once (then the gate opens and lets everyone through, at once and
 * for good) or until the timeout passed since that task arrived (then the gate gives up: that task and
 * every later one pass without waiting, and it stays closed). Tasks run one after another never open it,
 * and they wait one timeout in all, not one each.
 *
 * <pre>{@code
 * Gate gate = Check.gate(3, Duration.ofSeconds(2));
 * runAll(List.of(gate::arrive, gate::arrive, gate::arrive));
 * Assertions.assertTrue(gate.opened(), "the three tasks never ran at the same time");
 * }</pre>
 *
 * <p>Only the code that made the gate (a check cell's, with its lambdas) can arrive: a call from anywhere
 * else, such as an answer that got hold of the gate through a task it was given, is refused with an
 * {@link IllegalCallerException} and does not count.
 *
 * <p>Thread-safe. {@link #arrive()} honours interruption: it restores the interrupt status and throws
 * {@link CancellationException}.
 */
public final class Gate {

    private final int n;
    private final Duration timeout;
    private final java.util.Optional<Class<?>> owner = Callers.host();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int waiting;
    private int arrivals;
    private boolean opened;
    private boolean gaveUp;

    Gate(int n, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (n < 1) {
            throw new IllegalArgumentException("a gate needs n >= 1 tasks to wait for, was " + n);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a gate's timeout must be positive, was " + timeout);
        }
        this.n = n;
        this.timeout = timeout;
    }

    /**
     * Waits until {@code n} tasks wait here at once, or the timeout passed; answers whether the gate is open.
     *
     * @throws CancellationException  if the thread was interrupted while waiting (the interrupt status is kept)
     * @throws IllegalCallerException if the caller is not the code that made the gate
     */
    public boolean arrive() {
        Callers.requireFrom(owner, "a gate");
        lock.lock();
        try {
            arrivals++;
            if (opened || gaveUp) {
                return opened;
            }
            waiting++;
            if (waiting >= n) {
                opened = true;
                changed.signalAll();
                return true;
            }
            long left = timeout.toNanos();
            try {
                while (!opened && !gaveUp && left > 0) {
                    left = changed.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting at a gate for " + n + " tasks");
            } finally {
                waiting--;
            }
            if (!opened) {
                gaveUp = true;
                changed.signalAll();
            }
            return opened;
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code n} tasks were waiting at the gate at the same moment. */
    public boolean opened() {
        lock.lock();
        try {
            return opened;
        } finally {
            lock.unlock();
        }
    }

    /** How many times {@link #arrive()} was called. */
    public int arrivals() {
        lock.lock();
        try {
            return arrivals;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "Gate[" + (opened ? "opened" : "closed") + ", n=" + n + ", arrivals=" + arrivals + "]";
        } finally {
            lock.unlock();
        }
    }
}
