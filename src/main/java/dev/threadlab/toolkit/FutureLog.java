package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a {@link FutureProbe} saw of the futures its services handed out ({@link WatchedFuture}): the calls
 * made, who blocked on a future and where, who read one before it had completed, where time limits and fallbacks were put; and the hold that keeps
 * the services from answering until the learner's method returned, so that an answer that waits for them
 * shows whatever the machine's speed. Thread-safe.
 */
final class FutureLog {

    /** How long a service holds its answer at most, whatever the learner's method does. */
    static final Duration MAX_HOLD = Duration.ofSeconds(10);

    /**
     * A blocking call on a watched future.
     *
     * @param future   the future's label ({@code shop.user(7)}, {@code a stage built on shop.user(7)})
     * @param method   {@code join()}, {@code get()} or {@code get(timeout)}
     * @param thread   the thread that blocked
     * @param byCaller whether it was the thread that called the learner's method, before that returned
     * @param where    the learner's code that blocked ({@code summary}, {@code a lambda in summary}), or empty
     */
    record Blocked(String future, String method, Thread thread, boolean byCaller, String where) {
    }

    /** A time limit or a fallback put on {@code future} (a service's own future when {@code onService}). */
    record Placed(String future, boolean onService, String method) {
    }

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> unanswered = new CopyOnWriteArrayList<>();
    private final List<WatchedFuture<?>> silent = new CopyOnWriteArrayList<>();
    private volatile boolean freed;
    private volatile boolean serviceFailed;
    private volatile boolean silentService;
    private final AtomicLong shortestLimit = new AtomicLong(Long.MAX_VALUE);
    private final List<Blocked> blocked = new CopyOnWriteArrayList<>();
    private final List<Placed> peeked = new CopyOnWriteArrayList<>();
    private final List<Placed> limits = new CopyOnWriteArrayList<>();
    private final List<Placed> fallbacks = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Thread caller;
    private volatile boolean calling;
    private volatile long lastActivity = System.nanoTime();

    /** The learner's method is about to be called on {@code thread}. */
    void begin(Thread thread) {
        caller = thread;
        calling = true;
        touch();
    }

    /** The learner's method returned (or threw): the services answer from now on. */
    void end() {
        calling = false;
        touch();
        release.countDown();
    }

    /** A service was called and answered {@code future}; {@code answers} is false for one that never answers. */
    void requested(WatchedFuture<?> future, boolean answers) {
        requests.add(future.label());
        if (!answers) {
            unanswered.add(future.label());
            silent.add(future);
        }
        touch();
    }

    /**
     * Cancels the futures of services that never answer, when the caller of the learner's method is still
     * blocked on a watched future: it would otherwise wait for ever, and no time limit on a chain it never
     * returned could help. Answers whether it cancelled any.
     */
    boolean freeBlockedCaller() {
        if (!calling || blocked.stream().noneMatch(Blocked::byCaller) || silent.isEmpty()) {
            return false;
        }
        freed = true;
        silent.forEach(f -> f.cancel(false));
        return true;
    }

    /** Whether {@link #freeBlockedCaller()} cancelled the silent services' futures. */
    boolean freed() {
        return freed;
    }

    /** Something happened (a call, an answer, a task's end): quiet is measured from the latest. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /** {@link System#nanoTime()} of the latest activity. */
    long lastActivity() {
        return lastActivity;
    }

    /** Someone is about to block on {@code future} with {@code method}: recorded, and the services answer. */
    void blocked(WatchedFuture<?> future, String method) {
        Thread me = Thread.currentThread();
        blocked.add(new Blocked(future.label(), method, me, calling && me == caller,
                CallerWait.where(me.getStackTrace())));
        release.countDown();
    }

    /** Someone read {@code future} with {@code method} ({@code getNow(...)}) before it had completed. */
    void peeked(WatchedFuture<?> future, String method) {
        peeked.add(new Placed(future.label(), future.service(), method));
    }

    /** A time limit of {@code nanos} was put on {@code future} with {@code method}. */
    void limited(WatchedFuture<?> future, String method, long nanos) {
        limits.add(new Placed(future.label(), future.service(), method));
        shortestLimit.accumulateAndGet(nanos, Math::min);
    }

    /** The shortest time limit put on a watched future, or null when none was. */
    Duration shortestLimit() {
        long nanos = shortestLimit.get();
        return nanos == Long.MAX_VALUE ? null : Duration.ofNanos(nanos);
    }

    void fallback(WatchedFuture<?> future, String method) {
        fallbacks.add(new Placed(future.label(), future.service(), method));
    }

    /**
     * Waits until the services may answer: the learner's method returned, or someone blocked on a watched
     * future, or {@link #MAX_HOLD} passed.
     *
     * @throws CancellationException if interrupted (the status is kept)
     */
    void awaitRelease() {
        try {
            release.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("a probe's service was interrupted while it held its answer");
        }
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The calls of services that never answer. */
    /** A service that never answers was made (asked or not). */
    void silentService() {
        silentService = true;
    }

    /**
     * Whether only a time limit can complete the answer's future: a service never answers and none failed (a
     * fallback then comes from the limit, never before it).
     */
    boolean onlyTheLimitCanEnd() {
        return silentService && !serviceFailed;
    }

    /** A service's answer was a failure. */
    void serviceFailed() {
        serviceFailed = true;
    }

    List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    List<Blocked> blocked() {
        return List.copyOf(blocked);
    }

    /** The reads of watched futures before they had completed ({@code getNow(...)}, {@code resultNow()}). */
    List<Placed> peeked() {
        return List.copyOf(peeked);
    }

    List<Placed> limits() {
        return List.copyOf(limits);
    }

    List<Placed> fallbacks() {
        return List.copyOf(fallbacks);
    }
}
