package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A global interpreter lock like CPython's GIL: tasks run under the same {@code Gil} never compute at
 * the same time, however many threads run them.
 *
 * <pre>{@code
 * Timeline timeline = new Timeline();
 * Gil gil = Gil.recordingTo(timeline);             // each turn holding the lock becomes a span
 * try (var pool = Executors.newFixedThreadPool(2)) {
 *     pool.submit(() -> gil.run("count A", () -> Work.cpu(Duration.ofSeconds(1))));
 *     pool.submit(() -> gil.run("count B", () -> Work.cpu(Duration.ofSeconds(1))));
 * }
 * timeline.summary().peakConcurrency()            // 1: two threads, one core's worth of work at a time
 * }</pre>
 *
 * <p>As in CPython, a thread holding the lock hands it over at the next {@link #checkpoint()} once it
 * has held it for the switch interval (default 5 ms, like {@code sys.getswitchinterval()}) and
 * another thread is waiting; {@link Work#cpu} calls the checkpoint between chunks. Without
 * checkpoints a task holds the lock to its end. The lock is fair, so a waiting thread gets it next.
 * Reentrant: {@code run} inside {@code run} on the same thread just runs. Thread-safe. Waiting for
 * the lock honours interruption: the flag is restored and {@link CancellationException} thrown.
 */
public final class Gil {

    /** CPython's default switch interval. */
    public static final Duration DEFAULT_SWITCH_INTERVAL = Duration.ofMillis(5);

    private static final ThreadLocal<Turn> TURN = new ThreadLocal<>();

    private final ReentrantLock lock = new ReentrantLock(true);
    private final long switchNanos;
    private final Ticker ticker;
    private final Timeline timeline;

    /** A GIL with the 5 ms switch interval that records nothing. */
    public Gil() {
        this(DEFAULT_SWITCH_INTERVAL, Ticker.system(), null);
    }

    /**
     * A GIL that hands over after {@code switchInterval} and, if {@code timeline} is not null, records
     * each turn of holding it as a span on that timeline (using the timeline's clock is up to you:
     * pass the same ticker).
     */
    public Gil(Duration switchInterval, Ticker ticker, Timeline timeline) {
        Objects.requireNonNull(switchInterval, "switchInterval");
        if (switchInterval.isNegative()) {
            throw new IllegalArgumentException("switchInterval must be >= 0, was " + switchInterval);
        }
        this.switchNanos = switchInterval.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.timeline = timeline;
    }

    /** A GIL with the default switch interval that records its turns on {@code timeline}. */
    public static Gil recordingTo(Timeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        return new Gil(DEFAULT_SWITCH_INTERVAL, timeline::now, timeline);
    }

    /** The current thread's turn: which GIL, since when, under which label. */
    private static final class Turn {
        final Gil gil;
        final String label;
        long since;

        Turn(Gil gil, String label, long since) {
            this.gil = gil;
            this.label = label;
            this.since = since;
        }
    }

    /** Runs {@code task} holding the lock; turns are labelled "gil". */
    public void run(Runnable task) {
        run("gil", task);
    }

    /** Runs {@code task} holding the lock; on a timeline its turns are labelled {@code label}. */
    public void run(String label, Runnable task) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(task, "task");
        Turn outer = TURN.get();
        if (outer != null && outer.gil == this) {
            task.run();
            return;
        }
        acquire();
        Turn turn = new Turn(this, label, ticker.read());
        TURN.set(turn);
        try {
            task.run();
        } finally {
            record(turn);
            TURN.set(outer);
            lock.unlock();
        }
    }

    /** Computes {@code task}'s value holding the lock; on a timeline its turns are labelled {@code label}. */
    public <T> T call(String label, Supplier<T> task) {
        Objects.requireNonNull(task, "task");
        List<T> result = new ArrayList<>(1);
        run(label, () -> result.add(task.get()));
        return result.getFirst();
    }

    /**
     * Lets another thread have the GIL the current thread holds, if it has held it for the switch
     * interval and someone is waiting; returns when it holds the lock again. Does nothing on a thread
     * that holds no GIL, so code may call it anywhere.
     */
    public static void checkpoint() {
        Turn turn = TURN.get();
        if (turn == null) {
            return;
        }
        Gil gil = turn.gil;
        long now = gil.ticker.read();
        if (now - turn.since >= gil.switchNanos && gil.lock.hasQueuedThreads()) {
            gil.record(turn);
            gil.lock.unlock();
            gil.lock.lock(); // uninterruptibly: run() must still hold it to unlock in its finally
            turn.since = gil.ticker.read();
        }
    }

    /** Whether the current thread holds this GIL. */
    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Whether {@code thread} is waiting for this GIL (for tests). */
    boolean hasQueuedThread(Thread thread) {
        return lock.hasQueuedThread(thread);
    }

    private void acquire() {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            var cancelled = new CancellationException("interrupted while waiting for the GIL");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private void record(Turn turn) {
        if (timeline != null) {
            Thread t = Thread.currentThread();
            timeline.add(new Span(turn.label, Timeline.nameOf(t),
                    t.isVirtual() ? Span.Kind.VIRTUAL : Span.Kind.PLATFORM, turn.since, ticker.read()));
        }
    }
}
