package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Assertions;

/**
 * Locks for the learner's code, and a watch on what it does with them: a deadlock among them is found the
 * moment it closes (who holds which lock and waits for which), named, and broken, so a check never hangs;
 * a lock left locked after the answer returned is named with its holder; a wait that could never end (for a
 * lock another thread keeps, or one whose owner ended without unlocking it) ends at once with the reason.
 *
 * <pre>{@code
 * var locks = LockProbe.of("transfer").pauseAfterLocking(Duration.ofMillis(1));
 * var a = new Account("A", 1_000, locks.lock("A's lock"));      // the check builds the data with these locks
 * var b = new Account("B", 1_000, locks.lock("B's lock"));
 * ConcurrentCalls.of("transfer").threads(2).run(40, i -> { if (i % 2 == 0) transfer(a, b, 1); else transfer(b, a, 1); });
 * locks.assertNoDeadlock().assertNoneHeld();
 * }</pre>
 *
 * <p>Each lock is a {@link ReentrantLock} (non-fair) and behaves as one. When a wait with no time limit
 * ({@code lock()}, {@code lockInterruptibly()}) could never end, the probe throws an {@code AssertionError}
 * into it whose message is the verdict; once it has found a deadlock, every such wait on its locks ends the
 * same way, so all the threads go home. {@link #pauseAfterLocking} holds each lock a moment after it was
 * taken, so that on any number of cores a second thread takes its first lock before the first thread takes
 * its second: two locks taken in opposite orders then deadlock at once instead of once in a while.
 * {@link #holdElsewhere} and {@link #holdUntilWanted} let another thread hold a lock while the answer runs,
 * to see whether it waits for ever, gives up, or waits as long as it was told to; {@link #takeWhenSeenFree}
 * lets another thread take a lock right after the answer looked and saw it free (a look, then a lock()); {@link #waitsAtMost} says
 * how long the answer was told it may wait. Nothing is timed.
 *
 * <p>Thread-safe: its locks are used from any thread; configure it and read its verdicts from one.
 */
public final class LockProbe {

    /**
     * A wait with a time limit shorter than this is judged as a try: it cannot count on seeing another thread let
     * go of a lock (waking that thread alone may take longer), so whether it got a lock that was wanted back would
     * be the scheduler's luck. A {@link #holdUntilWanted} holder hears of it only once it gave up.
     */
    static final Duration SHORTEST_WAIT = Duration.ofMillis(1);

    private final String answer;
    private final List<WatchedLock> locks = new CopyOnWriteArrayList<>();
    private final Map<Thread, WatchedLock> waiting = new HashMap<>(); // guarded by this
    private final Map<WatchedLock, Held> holders = new ConcurrentHashMap<>();
    private final Set<WatchedLock> gaveUpAtOnce = ConcurrentHashMap.newKeySet();
    /** The time asked by the last timed try that gave up at once on each lock; none after a tryLock() without one. */
    private final Map<WatchedLock, Duration> timedTries = new ConcurrentHashMap<>();
    private volatile Duration pause = Duration.ZERO;
    private volatile Duration maxWait;
    private volatile String aborted;
    private volatile Deadlock deadlock;

    private LockProbe(String answer) {
        this.answer = answer;
    }

    /**
     * A probe for the learner's method {@code answer} (its name, used in the feedback).
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static LockProbe of(String answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a lock probe needs the name of the learner's method, was blank");
        }
        return new LockProbe(answer.strip());
    }

    /**
     * Makes each of its locks hold still for {@code pause} after a thread took it (not when it re-enters it),
     * before that thread goes on; default none. A millisecond is plenty.
     *
     * @throws IllegalArgumentException if {@code pause} is negative
     */
    public LockProbe pauseAfterLocking(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative, was " + pause);
        }
        this.pause = pause;
        return this;
    }

    /**
     * Tells the probe that the answer was told to wait at most {@code maxWait} for a lock: from now on, a wait
     * for a lock another thread holds that could last longer ({@code lock()}, {@code lockInterruptibly()}, or
     * {@code tryLock(time, unit)} with a longer time) ends at once with an {@code AssertionError} that says so.
     * By default any wait is allowed (a deadlock is still found).
     *
     * @throws IllegalArgumentException if {@code maxWait} is negative
     */
    public LockProbe waitsAtMost(Duration maxWait) {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        this.maxWait = maxWait;
        return this;
    }

    /**
     * A new watched {@link ReentrantLock}, named {@code name} in the feedback ({@code "A's lock"}).
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ReentrantLock lock(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a watched lock needs a name for the feedback, was blank");
        }
        WatchedLock lock = new WatchedLock(this, name.strip());
        locks.add(lock);
        return lock;
    }

    /**
     * Another thread takes {@code lock} now and keeps it until {@link Held#close()}. A wait for it with no time
     * limit ({@code lock()}, {@code lockInterruptibly()}) would never end, so it ends at once with an
     * {@code AssertionError} that says so; a {@code tryLock} with a time limit waits and gives up as usual.
     *
     * @throws IllegalArgumentException if {@code lock} is not one of this probe's
     * @throws IllegalStateException    if the lock is held already
     */
    public Held holdElsewhere(ReentrantLock lock) throws InterruptedException {
        return hold(lock, true);
    }

    /**
     * Another thread takes {@code lock} now and lets go of it as soon as some thread wants it
     * ({@code tryLock(time, unit)}, {@code lock()}, or a try, which finds it taken: an answer that tries again and
     * again until its timeout waits too, and gets it on a later try), or at {@link Held#close()}. A try is a
     * {@code tryLock()} without a time limit or a {@code tryLock(time, unit)} of less than a millisecond, too short
     * to see another thread let go: it never gets the lock, whatever the scheduler does. An answer that gave up after
     * a try is told so ({@link #gaveUpAtOnce}, {@link #whyGaveUpAtOnce}).
     *
     * @throws IllegalArgumentException if {@code lock} is not one of this probe's
     * @throws IllegalStateException    if the lock is held already
     */
    public Held holdUntilWanted(ReentrantLock lock) throws InterruptedException {
        return hold(lock, false);
    }

    /**
     * Another thread takes {@code lock} the moment the answer has looked at it with {@code isLocked()} and found
     * it free, and keeps it until {@link Held#close()}: the look and the taking are two steps, and here another
     * thread comes in between, every time. A {@code lock()} after the look would then wait for ever, so it ends at
     * once with an {@code AssertionError} that says so; a {@code tryLock(time, unit)} waits and gives up as usual.
     * Nothing happens until the answer looks; an answer that never looks takes the lock as usual.
     *
     * @throws IllegalArgumentException if {@code lock} is not one of this probe's
     * @throws IllegalStateException    if the lock is held already
     */
    public Held takeWhenSeenFree(ReentrantLock lock) {
        WatchedLock watched = free(lock);
        Held held = new Held(watched, true, true);
        holders.put(watched, held);
        return held;
    }

    /**
     * Whether a try found {@code lock} taken, so that its caller gave up at once: a {@code tryLock()} without a time
     * limit, or a {@code tryLock(time, unit)} of less than a millisecond.
     */
    public boolean gaveUpAtOnce(ReentrantLock lock) {
        return gaveUpAtOnce.contains(watched(lock));
    }

    /**
     * Why the answer gave up at once on {@code lock} ({@link #gaveUpAtOnce}), in words for the feedback, when it was
     * told it may wait {@code timeout}: a {@code tryLock()} without a time, a {@code tryLock(0, unit)} (the timeout
     * lost on the way), or a wait too short to see another thread let go (the timeout counted in another unit than
     * the one named); empty if it did not give up at once.
     */
    public Optional<String> whyGaveUpAtOnce(ReentrantLock lock, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        WatchedLock watched = watched(lock);
        if (!gaveUpAtOnce.contains(watched)) {
            return Optional.empty();
        }
        String use = " Use tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS).";
        Duration asked = timedTries.get(watched);
        if (asked == null) {
            return Optional.of("tryLock() without a time does not wait at all." + use);
        }
        if (!asked.isPositive()) {
            String lost = timeout.compareTo(Duration.ofSeconds(1)) < 0
                    ? " In whole seconds (timeout.toSeconds()) " + Text.duration(timeout) + " is 0."
                    : timeout.toMillisPart() == 0
                    ? " The milliseconds part (timeout.toMillisPart()) of " + Text.duration(timeout) + " is 0." : "";
            return Optional.of("did it wait 0? tryLock(0, unit) does not wait at all, and the timeout of "
                    + Text.duration(timeout) + " became 0 on the way." + lost + use);
        }
        return Optional.of("it asked tryLock to wait only " + Text.duration(asked) + ", too short for another thread "
                + "to let go, though the timeout was " + Text.duration(timeout) + ": is the number counted in the unit "
                + "you named? timeout.toMillis() counts milliseconds, so it goes with TimeUnit.MILLISECONDS.");
    }

    /** The deadlock found among this probe's locks, if any (it was broken when found). */
    public Optional<Deadlock> deadlock() {
        return Optional.ofNullable(deadlock);
    }

    /** No deadlock was found among this probe's locks. */
    public LockProbe assertNoDeadlock() {
        String verdict = aborted;
        if (verdict != null) {
            Assertions.fail(verdict);
        }
        return this;
    }

    /**
     * None of this probe's locks is held now, except by the threads of {@link #holdElsewhere} and
     * {@link #holdUntilWanted}: the answer unlocked everything it locked.
     */
    public LockProbe assertNoneHeld() {
        List<String> held = new ArrayList<>();
        for (WatchedLock lock : locks) {
            Thread owner = lock.owner();
            Held holder = holders.get(lock);
            if (owner == null || holder != null && holder.thread == owner) {
                continue;
            }
            held.add(lock.name() + (owner == Thread.currentThread() ? " (by the thread that called " + answer + ")"
                    : " (by " + owner.getName() + ")"));
        }
        if (!held.isEmpty()) {
            Assertions.fail(answer + " left " + String.join(" and ", held) + " locked after it returned: every lock() or "
                    + "successful tryLock() needs its unlock(), also when " + answer + " gives up half-way or something "
                    + "throws. Unlock in a finally block, and only what you got.");
        }
        return this;
    }

    /** The name of the learner's method. */
    String answer() {
        return answer;
    }

    Duration pause() {
        return pause;
    }

    // ---- called by WatchedLock ----

    /** A thread is about to wait for {@code lock} with no time limit: ends the wait now if it never could end. */
    synchronized void beginWait(WatchedLock lock) {
        wanted(lock);
        Thread me = Thread.currentThread();
        if (aborted != null) {
            throw new LockAbort(aborted);
        }
        Held holder = holders.get(lock);
        if (holder != null && holder.afterLook && lock.owner() == holder.thread) {
            throw abort(answer + " looked at " + lock.name() + " with isLocked(), saw it free, and then waited for it "
                    + "with lock(); between the look and the lock() another thread took it and kept it, so "
                    + answer + " would have waited for ever. A look and a lock are two steps, and another thread can "
                    + "come in between. tryLock(time, unit) looks and takes in one step, and gives up when the time is "
                    + "up.");
        }
        if (holder != null && holder.keeps && lock.owner() == holder.thread) {
            throw abort(answer + " waited for " + lock.name() + " with lock(), which waits with no time limit, while "
                    + "another thread held it and kept it: it would have waited for ever. tryLock(time, unit) gives up "
                    + "when the time is up.");
        }
        if (maxWait != null) {
            throw abort(answer + " waited for " + lock.name() + " with lock(), which waits with no time limit, while "
                    + "another thread held it: " + answer + " may wait at most " + Text.duration(maxWait) + ". "
                    + "tryLock(time, unit) gives up when the time is up.");
        }
        waiting.put(me, lock);
        stillWaiting(lock);
    }

    /** Each poll of a wait with no time limit: ends it if the probe gave up, a deadlock closed, or the owner ended. */
    synchronized void stillWaiting(WatchedLock lock) {
        if (aborted != null) {
            throw new LockAbort(aborted);
        }
        Thread owner = lock.owner();
        if (owner != null && !owner.isAlive()) {
            throw abort(answer + " waits for " + lock.name() + ", which " + owner.getName() + " locked and never "
                    + "unlocked before it ended: nobody can unlock it now. Every lock() needs its unlock(), in a finally "
                    + "block so that it runs whatever happens.");
        }
        List<Thread> cycle = cycleFrom(Thread.currentThread());
        if (!cycle.isEmpty()) {
            deadlock = deadlockOf(cycle);
            throw abort(answer + " deadlocked: " + inWords(deadlock));
        }
    }

    synchronized void endWait() {
        waiting.remove(Thread.currentThread());
    }

    /** A wait with a time limit is about to begin (one shorter than {@link #SHORTEST_WAIT} is a try: see {@link #gaveUpAtOnce}). */
    void beforeTimedWait(WatchedLock lock, Duration time) {
        if (!isATry(time)) {
            wanted(lock);
        }
        Duration max = maxWait;
        Thread owner = lock.owner();
        if (max != null && time.compareTo(max) > 0 && owner != null && owner != Thread.currentThread()) {
            throw abort(answer + " waited for " + lock.name() + " with tryLock(" + Text.duration(time) + "), longer than "
                    + "the " + Text.duration(max) + " it was told it may wait: pass on the timeout it was given.");
        }
    }

    /** The answer's {@code isLocked()} found {@code lock} free: a {@link #takeWhenSeenFree} holder takes it now. */
    void seenFree(WatchedLock lock) throws InterruptedException {
        Held holder = holders.get(lock);
        if (holder != null && holder.afterLook && Thread.currentThread() != holder.thread) {
            holder.startOnce();
        }
    }

    static boolean isATry(Duration time) {
        return time.compareTo(SHORTEST_WAIT) < 0;
    }

    /** A try found {@code lock} taken: {@code asked} is the time a timed one was given, null for a tryLock(). */
    void gaveUpAtOnce(WatchedLock lock, Duration asked) {
        if (asked == null) {
            timedTries.remove(lock);
        } else {
            timedTries.put(lock, asked);
        }
        gaveUpAtOnce.add(lock);
        wanted(lock);
    }

    private void wanted(WatchedLock lock) {
        Held holder = holders.get(lock);
        if (holder != null && !holder.keeps) {
            holder.release.countDown();
        }
    }

    private LockAbort abort(String verdict) {
        synchronized (this) {
            if (aborted == null) {
                aborted = verdict;
            }
        }
        return new LockAbort(verdict);
    }

    /** The threads of a cycle of waits that runs back to {@code me}, starting with {@code me}; empty if none. */
    private List<Thread> cycleFrom(Thread me) {
        List<Thread> path = new ArrayList<>();
        Thread thread = me;
        while (thread != null && !path.contains(thread)) {
            path.add(thread);
            WatchedLock wanted = waiting.get(thread);
            thread = wanted == null ? null : wanted.owner();
        }
        return thread == me && path.size() > 1 ? path : List.of();
    }

    private Deadlock deadlockOf(List<Thread> cycle) {
        List<Deadlock.Link> links = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            Thread thread = cycle.get(i);
            Thread previous = cycle.get((i + cycle.size() - 1) % cycle.size());
            links.add(new Deadlock.Link(thread.getName(), waiting.get(previous).name(), waiting.get(thread).name(),
                    cycle.get((i + 1) % cycle.size()).getName()));
        }
        return new Deadlock(links);
    }

    /** "caller 1 holds A's lock and waits for B's lock, held by caller 2; … Neither can go on …". */
    private static String inWords(Deadlock deadlock) {
        List<String> parts = new ArrayList<>();
        for (Deadlock.Link link : deadlock.links()) {
            parts.add(link.thread() + " holds " + link.holds() + " and waits for " + link.waitsFor() + ", held by "
                    + link.owner());
        }
        return String.join("; ", parts) + ". " + (parts.size() == 2 ? "Neither" : "None of them") + " can ever go on. "
                + "Take the locks in one fixed order everywhere (for example by an id that no two of them share), "
                + "whatever order they are handed to you in.";
    }

    private Held hold(ReentrantLock lock, boolean keeps) throws InterruptedException {
        WatchedLock watched = free(lock);
        Held held = new Held(watched, keeps, false);
        holders.put(watched, held);
        held.startOnce();
        return held;
    }

    private WatchedLock free(ReentrantLock lock) {
        WatchedLock watched = watched(lock);
        Thread owner = watched.owner();
        if (owner != null) {
            throw new IllegalStateException(watched.name() + " is held already, by " + owner.getName());
        }
        return watched;
    }

    private WatchedLock watched(ReentrantLock lock) {
        Objects.requireNonNull(lock, "lock");
        if (!(lock instanceof WatchedLock watched) || !locks.contains(watched)) {
            throw new IllegalArgumentException(lock + " is not a lock of this probe; make it with lock(name)");
        }
        return watched;
    }

    /**
     * Another thread holding one of the probe's locks while the answer runs ({@link #holdElsewhere},
     * {@link #holdUntilWanted}); {@link #close()} makes it let go and end. Use in try-with-resources.
     */
    public final class Held implements AutoCloseable {

        private final WatchedLock lock;
        /** Whether it keeps the lock until closed ({@link #holdElsewhere}), rather than until wanted. */
        private final boolean keeps;
        /** Whether it takes the lock only once the answer saw it free ({@link #takeWhenSeenFree}). */
        private final boolean afterLook;
        private final AtomicBoolean started = new AtomicBoolean();
        private final CountDownLatch taken = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread thread;

        private Held(WatchedLock lock, boolean keeps, boolean afterLook) {
            this.lock = lock;
            this.keeps = keeps;
            this.afterLook = afterLook;
            this.thread = Thread.ofPlatform().name("another thread").daemon(true).unstarted(this::hold);
        }

        /** Starts the holding thread, the first time only, and waits until it has taken the lock (or found it taken). */
        private void startOnce() throws InterruptedException {
            if (started.compareAndSet(false, true)) {
                thread.start();
            }
            if (!taken.await(TaskHold.MAX_HOLD.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the thread that should hold " + lock.name() + " did not take it");
            }
        }

        private void hold() {
            if (!lock.tryLock()) {
                taken.countDown();
                return;
            }
            try {
                taken.countDown();
                release.await(TaskHold.MAX_HOLD.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // let go early
            } finally {
                lock.unlock();
            }
        }

        /** Lets go of the lock (if it still holds it) and waits for the holding thread to end. */
        @Override
        public void close() throws InterruptedException {
            release.countDown();
            if (started.get()) {
                thread.join(Duration.ofSeconds(5));
            }
            holders.remove(lock, this);
        }
    }

    @Override
    public String toString() {
        return "LockProbe[" + answer + ", " + locks + (aborted == null ? "" : ", stopped: " + aborted) + "]";
    }
}
