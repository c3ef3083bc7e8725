package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A watch on a learner's pipeline of two stages: a <em>fetch</em> that waits (I/O, such as a request to a
 * {@link SlowServer}) and an <em>analysis</em> that computes (CPU). It hands the learner's method the two
 * functions, calls the method once, and then judges what it did: how many fetches were in flight at once
 * against the limit the method was given, which threads ran the analysis (never a thread that fetched, never a
 * virtual thread, never the caller's), whether each page was fetched once, and whether a thread or executor was left behind.
 *
 * <pre>{@code
 * var probe = CrawlProbe.of("crawl", 3).fill();          // the fetches wait until 3 are in flight at once
 * Function<String, String> fetch = probe.fetch(pages, page -> "<" + page + ">");
 * Function<String, Integer> analyze = probe.analyze(String::length);
 * Map<String, Integer> got = probe.call(() -> crawl(pages, fetch, analyze, 3));
 * probe.assertFetchedEveryPageOnce().assertWithinBound().assertReachedBound();
 * }</pre>
 *
 * <p>Proof without timing: with {@link #fill()} each fetch waits until as many fetches as the limit allows are
 * in flight together (fewer when fewer pages are left) and nothing else of the answer could start one more: every
 * other thread it started since the call, and the thread that called it, waits for another thread (a permit, a
 * queue, a future; not a sleep or a timed wait of its own, which ends by itself) and none is on its way into a
 * fetch. Or until no new fetch started for the patience (default {@value #PATIENCE_SECONDS} s), after which no
 * fetch waits any more. So a bounded answer reaches its limit however slow the machine, an unbounded one shows
 * every fetch it lets loose, however late a crowded machine runs the threads it started (or however long it
 * sleeps between them), and one that fetches one page at a time costs a single patience. The watch never times
 * the answer's own work.
 *
 * <p>Make the functions, call the answer once with {@link #call}, then assert. Used from one thread (a check's);
 * the functions may be called from any.
 */
public final class CrawlProbe {

    /** How long a fetch waits for one more fetch to start before no fetch waits any more. */
    static final int PATIENCE_SECONDS = 2;
    /** How often fetches held in flight look again whether the answer could start one more. */
    private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final String answer;
    private final int bound;
    private Duration patience = Duration.ofSeconds(PATIENCE_SECONDS);
    private boolean fill;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // guarded by lock
    private final List<String> pages = new ArrayList<>();
    private final Map<String, Integer> fetches = new LinkedHashMap<>();
    private final Set<Thread> fetchThreads = new LinkedHashSet<>();
    private final Map<Thread, ThreadKind> analysisThreads = new LinkedHashMap<>();
    private final Map<Thread, ThreadKind> fetchKinds = new LinkedHashMap<>();
    private int analyses;
    private int analysed;                        // analyses that returned
    private int analysedAtReturn = -1;           // how many had returned when the answer returned
    private int inFlight;
    private int peak;
    private int finished;
    private long lastArrival;
    private boolean gaveUp;
    private long arrivals;
    private long letGo;                          // fetches up to this arrival may go on
    private final Set<Thread> atGate = new java.util.HashSet<>();
    private long firstId = Long.MAX_VALUE;       // threads with an id from here on were made during the call

    private Thread caller;
    private boolean called;
    private Leftovers leftovers;
    private Leftovers.Found left;

    private CrawlProbe(String answer, int bound) {
        this.answer = answer;
        this.bound = bound;
    }

    /**
     * A probe for the learner's method {@code answer} (named in the feedback), which is given {@code maxInFlight}
     * as its limit of fetches at once.
     *
     * @throws IllegalArgumentException if {@code answer} is blank or {@code maxInFlight < 1}
     */
    public static CrawlProbe of(String answer, int maxInFlight) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be >= 1, was " + maxInFlight);
        }
        return new CrawlProbe(answer.strip(), maxInFlight);
    }

    /** Makes each fetch wait until the limit's worth of fetches are in flight together, for {@link #assertReachedBound}. */
    public CrawlProbe fill() {
        requireNotCalled("fill()");
        fill = true;
        return this;
    }

    /**
     * How long a fetch waits for one more to start; default {@value #PATIENCE_SECONDS} s.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public CrawlProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        requireNotCalled("patience(...)");
        this.patience = patience;
        return this;
    }

    /**
     * The fetch stage: a function whose call with each of {@code pages} is watched (in flight from its start until
     * {@code body} returned) and answers {@code body.apply(page)}; a call with another input runs {@code body}
     * unwatched.
     *
     * @throws IllegalArgumentException if {@code pages} holds a page twice
     */
    public <R> Function<String, R> fetch(List<String> pages, Function<String, R> body) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(body, "body");
        if (pages.stream().distinct().count() != pages.size()) {
            throw new IllegalArgumentException("a probe's pages must be distinct, were " + pages);
        }
        requireNotCalled("fetch(...)");
        lock.lock();
        try {
            this.pages.addAll(pages);
        } finally {
            lock.unlock();
        }
        Set<String> known = Set.copyOf(pages);
        return page -> {
            if (!known.contains(page)) {
                return body.apply(page);
            }
            try {
                arrive(page); // counts the fetch in flight first, so leave() always balances it
                return body.apply(page);
            } finally {
                leave();
            }
        };
    }

    /** The analysis stage: a function that notes which thread called it and answers {@code body.apply(input)}. */
    public <T, R> Function<T, R> analyze(Function<T, R> body) {
        Objects.requireNonNull(body, "body");
        return input -> {
            Thread me = Thread.currentThread();
            ThreadKind kind = ThreadKind.of(me, me.getStackTrace(), caller);
            lock.lock();
            try {
                analyses++;
                analysisThreads.putIfAbsent(me, kind);
            } finally {
                lock.unlock();
            }
            R result = body.apply(input);
            lock.lock();
            try {
                analysed++;
            } finally {
                lock.unlock();
            }
            return result;
        };
    }

    /** Calls the learner's {@code answer} on this thread, watching it, and answers its result. */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        requireNotCalled("call(...)");
        leftovers = Leftovers.before();
        caller = Thread.currentThread();
        lock.lock();
        try {
            firstId = WhereStuck.nextThreadId();
        } finally {
            lock.unlock();
        }
        called = true;
        try {
            return answer.get();
        } finally {
            lock.lock();
            try {
                analysedAtReturn = analysed;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Every page was fetched, each exactly once, and as many analyses ran as pages, all before the answer returned. */
    public CrawlProbe assertFetchedEveryPageOnce() {
        requireCalled();
        lock.lock();
        try {
            List<String> never = pages.stream().filter(p -> !fetches.containsKey(p)).toList();
            List<String> twice = pages.stream().filter(p -> fetches.getOrDefault(p, 0) > 1).toList();
            if (!never.isEmpty()) {
                Assertions.fail(answer + " never fetched " + CrawlFeedback.some(never) + " of the " + pages.size()
                        + " pages it was given: every page must be fetched (and analysed) before it returns.");
            }
            if (!twice.isEmpty()) {
                Assertions.fail(answer + " fetched " + CrawlFeedback.some(twice) + " more than once: fetch each page"
                        + " once and pass its body on, rather than calling fetch again.");
            }
            if (analyses != pages.size()) {
                Assertions.fail(answer + " fetched " + pages.size() + " pages but ran the analysis " + analyses
                        + " times: analyse each fetched page exactly once, with the analyze function.");
            }
            if (analysedAtReturn < pages.size()) {
                int late = pages.size() - analysedAtReturn;
                Assertions.fail(answer + " returned before " + late + " of its " + pages.size() + " analyses had "
                        + "finished: the map it returned was still being filled after it returned, so its caller can "
                        + "read it with pages missing. Wait for every analysis before returning: get() each Future, "
                        + "or close the pool (try-with-resources; shutdown() alone does not wait).");
            }
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** Never more fetches in flight at once than the limit the answer was given. */
    public CrawlProbe assertWithinBound() {
        requireCalled();
        CrawlFeedback.withinBound(answer, bound, peak()).ifPresent(Assertions::fail);
        return this;
    }

    /** At some moment the limit's worth of fetches (or every page, if fewer) were in flight together. Needs {@link #fill()}. */
    public CrawlProbe assertReachedBound() {
        requireCalled();
        if (!fill) {
            throw new IllegalStateException("assertReachedBound() needs a probe made with fill(), so that fetches wait"
                    + " for each other");
        }
        lock.lock();
        try {
            CrawlFeedback.reachedBound(answer, bound, pages.size(), peak, fetchKinds).ifPresent(Assertions::fail);
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** The analysis never ran on a thread that fetched, nor on a virtual thread, nor on the thread that called the answer. */
    public CrawlProbe assertAnalysisOffFetchThreads() {
        requireCalled();
        lock.lock();
        try {
            CrawlFeedback.analysisOff(answer, fetchThreads, analysisThreads).ifPresent(Assertions::fail);
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** No thread that ran a fetch or an analysis, nor an executor opened during the call, is alive after it. */
    public CrawlProbe assertLeftNothingRunning() {
        requireCalled();
        if (left == null) {
            List<Thread> candidates = new ArrayList<>();
            lock.lock();
            try {
                fetchKinds.forEach((t, k) -> {
                    if (k != ThreadKind.CALLER && !k.shared()) {
                        candidates.add(t);
                    }
                });
                analysisThreads.forEach((t, k) -> {
                    if (k != ThreadKind.CALLER && !k.shared() && !candidates.contains(t)) {
                        candidates.add(t);
                    }
                });
            } finally {
                lock.unlock();
            }
            left = leftovers.after(candidates, Duration.ofSeconds(PATIENCE_SECONDS));
        }
        CrawlFeedback.leftNothing(answer, left).ifPresent(Assertions::fail);
        return this;
    }

    /** The most fetches that were in flight at the same moment. */
    public int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    private void arrive(String page) {
        Thread me = Thread.currentThread();
        ThreadKind kind = ThreadKind.of(me, me.getStackTrace(), caller);
        lock.lock();
        try {
            fetches.merge(page, 1, Integer::sum);
            fetchThreads.add(me);
            fetchKinds.putIfAbsent(me, kind);
            peak = Math.max(peak, ++inFlight);
            lastArrival = System.nanoTime();
            long arrival = ++arrivals;
            changed.signalAll();
            if (fill) {
                atGate.add(me);
                try {
                    awaitFill(arrival);
                } finally {
                    atGate.remove(me);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits (lock held) until the limit's worth is in flight and the answer could start no other fetch (see
     * {@link #settled()}), or patience ran out. The first fetch that finds it so lets every fetch held so far go.
     */
    private void awaitFill(long arrival) {
        try {
            while (!gaveUp && arrival > letGo) {
                long since = System.nanoTime() - lastArrival;
                int target = Math.min(bound, pages.size() - finished);
                if (inFlight >= target && settled()) {
                    letGo = arrivals;
                    changed.signalAll();
                    return;
                }
                if (since >= patience.toNanos()) {
                    gaveUp = true; // one patience in all: later fetches go straight through
                    changed.signalAll();
                    return;
                }
                long wait = inFlight >= target ? LOOK_NANOS : patience.toNanos() - since;
                changed.awaitNanos(Math.max(wait, 1_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while a fetch waited for the others");
        }
    }

    /**
     * Whether nothing of the answer could start one more fetch before one in flight ends: each thread made since
     * the call (and the caller) that is not held here waits for another thread, and none is on its way into a
     * fetch. Lock held.
     */
    private boolean settled() {
        for (Thread t : dev.threadlab.toolkit.internal.LiveThreads.all()) {
            if ((t.threadId() >= firstId || t == caller) && !atGate.contains(t) && !t.getName().startsWith("threadlab-")) {
                Thread.State state = t.getState();
                // a running thread may start one, whatever its stack (not read: see SpinLooks.look)
                if (state == Thread.State.RUNNABLE || mayStartAFetch(state, t.getStackTrace())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a thread in {@code state} with {@code stack} could go on to a fetch by itself: it runs (or is about
     * to run: a thread just started has no frames yet), sleeps or waits with a time limit in the answer's code,
     * or is entering the fetch. A thread waiting for a permit, an item or a future moves only when another
     * thread lets it, as does an idle pool worker.
     */
    static boolean mayStartAFetch(Thread.State state, StackTraceElement[] stack) {
        boolean answers = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(CrawlProbe.class.getName()) && frame.getMethodName().equals("arrive")) {
                return true;
            }
            answers = answers || StackText.isUserFrame(frame);
        }
        return switch (state) {
            case NEW, RUNNABLE -> true;
            case TIMED_WAITING -> answers;
            case WAITING, BLOCKED, TERMINATED -> false;
        };
    }

    private void leave() {
        lock.lock();
        try {
            inFlight--;
            finished++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void requireNotCalled(String what) {
        if (called) {
            throw new IllegalStateException(what + " must come before the answer is called");
        }
    }

    private void requireCalled() {
        if (!called) {
            throw new IllegalStateException("call the answer first, with probe.call(() -> ...)");
        }
    }

    @Override
    public String toString() {
        return "CrawlProbe[" + answer + ", limit " + bound + ", peak " + peak() + "]";
    }
}
