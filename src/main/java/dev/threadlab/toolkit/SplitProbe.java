package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntToLongFunction;
import java.util.function.LongBinaryOperator;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A watch on computing work that the learner's code splits over several threads: it hands out the function
 * that does the work (a range of numbers, or one number, per call), sees which thread asked for which part,
 * and judges the split, the threads and the total without timing anything. Its assertions fail with
 * feedback that names the mistake (a gap between ranges, {@code run()} instead of {@code start()}, a
 * parallel stream, {@code join()} right after {@code start()} or {@code fork()}, a lock around the work,
 * {@code total += ...} from several threads) and says what to do.
 *
 * <pre>{@code
 * var probe = SplitProbe.of("sumInParallel", 4);                 // 4 threads should share the work
 * LongBinaryOperator sumRange = probe.ranges("sumRange", (from, to) -> sumOfSquares(from, to));
 * long total = probe.call(() -> sumInParallel(1_000, 4, sumRange));
 * probe.assertCovered(0, 1_000).assertTotal(total).assertEvenParts().assertRanTogether()
 *      .assertWaitedForEveryPart().assertLeftNothingRunning();
 * }</pre>
 *
 * <p>Proof of parallel work on any number of cores: the first call on each of the first {@code threads}
 * threads waits (at a gate, as {@link TaskProbe#together()} does) until all of them are inside the work at
 * once, or until no new thread arrived for the patience (default {@value TaskProbe#PATIENCE_SECONDS} s).
 * Threads that run side by side open it on one core too, where they take turns; work done one part after
 * another never does. Those first calls are also held until the caller waits for its threads, so an answer
 * that sleeps instead of joining returns before they finish, however long it sleeps. With
 * {@link #interleave()} the threads meet now and then in the middle of a call and leave together, so that
 * {@code total += value(i)} from several threads loses updates on every machine, one core included.
 *
 * <p>Hand out the work, call the answer once ({@link #run} or {@link #call}), then assert. Used from one
 * thread (a check's); the work itself may be called from any.
 */
public final class SplitProbe {

    /** The call on each thread at which an interleaving probe's threads first meet; then every 128th. */
    private static final int FIRST_MEETING = 16;
    private static final int MEETING_EVERY = 128;

    private final String answer;
    private final int threads;
    private Duration patience = Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS);
    private SplitMeetings meetings;
    private String function;
    private ProbeLog log;
    private SplitCalls calls;
    private final Map<Thread, int[]> perThread = new ConcurrentHashMap<>();
    /** Calls that started or ended after the answer returned, and calls running now. */
    private final LongAdder late = new LongAdder();
    private final LongAdder inFlight = new LongAdder();
    private volatile Thread caller;
    private volatile boolean returned;
    private CallerWatch watch;
    private Leftovers leftovers;
    private ProbeFacts settled;
    private Leftovers.Found left;

    private SplitProbe(String answer, int threads) {
        this.answer = answer;
        this.threads = threads;
    }

    /**
     * A probe for the learner's method {@code answer} (its name, used in the feedback), whose work
     * {@code threads} threads should share, all at the same time.
     *
     * @throws IllegalArgumentException if {@code answer} is blank or {@code threads} < 1
     */
    public static SplitProbe of(String answer, int threads) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a split probe needs threads >= 1, was " + threads);
        }
        return new SplitProbe(answer.strip(), threads);
    }

    /**
     * How long the first calls wait at the gate for one more thread to arrive; default
     * {@value TaskProbe#PATIENCE_SECONDS} s. Shorter makes repeated trials of answers that never run their
     * threads together cheaper; it never fails a correct answer of a check that does not assert
     * {@link #assertRanTogether()} or {@link #assertForked()}.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public SplitProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        requireNoWork("patience(...)");
        this.patience = patience;
        return this;
    }

    /**
     * Makes the threads meet now and then in the middle of a call (at their {@value #FIRST_MEETING}th call,
     * then every {@value #MEETING_EVERY}th): each waits there until all {@code threads} have arrived (at most
     * 5 ms; a meeting someone never reached ends the meetings), then all leave at one instant. A shared total updated around the call ({@code total += value(i)}) then loses what the
     * others added, whatever the machine; one updated right after it ({@code long v = value(i); total += v;})
     * is updated by all of them at the same moment, which loses updates when they run on several cores.
     */
    public SplitProbe interleave() {
        requireNoWork("interleave()");
        meetings = new SplitMeetings(threads);
        return this;
    }

    /**
     * The work as a function of a range: {@code name.applyAsLong(from, to)} answers {@code work}'s value
     * for the numbers from {@code from} (included) to {@code to} (excluded). Each call is a part.
     */
    public LongBinaryOperator ranges(String name, LongBinaryOperator work) {
        Objects.requireNonNull(work, "work");
        start(name, -1);
        return (from, to) -> observe(() -> work.applyAsLong(from, to), result -> calls.range(from, to, result));
    }

    /**
     * The work as a function of one number, for the numbers 0 to {@code count} − 1: each call answers
     * {@code work.applyAsLong(i)}.
     *
     * @throws IllegalArgumentException if count < 0
     */
    public IntToLongFunction elements(String name, int count, IntToLongFunction work) {
        Objects.requireNonNull(work, "work");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        start(name, count);
        return i -> observe(() -> work.applyAsLong(i), result -> calls.element(i, result));
    }

    /** Calls the learner's {@code answer} on this thread, watching it; what it throws passes through. */
    public void run(Executable answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        call(() -> {
            answer.execute();
            return null;
        });
    }

    /** Calls the learner's {@code answer} on this thread, watching it, and answers its result. */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        if (log == null) {
            throw new IllegalStateException("hand out the work first, with ranges(...) or elements(...)");
        }
        leftovers = Leftovers.before();
        Thread me = Thread.currentThread();
        log.begin(me);
        caller = me;
        watch = CallerWatch.start(log, me);
        try {
            return answer.get();
        } finally {
            returned = true;
            log.end();
            watch.close();
            LeftInterrupt.clear();
        }
    }

    /** The parts cover the numbers from {@code from} to {@code to} − 1, each exactly once: no gap, no overlap. */
    public SplitProbe assertCovered(long from, long to) {
        return check(feedback().covered(from, to));
    }

    /** {@code total}, what the answer returned, is the sum of everything the work answered: nothing lost. */
    public SplitProbe assertTotal(long total) {
        return check(feedback().total(total));
    }

    /** The range function was asked for exactly {@code threads} ranges, of about equal size. */
    public SplitProbe assertEvenParts() {
        return check(feedback().evenParts());
    }

    /**
     * {@code threads} threads of the answer's own (not the caller, not the shared common pool) were all inside
     * the work at the same moment.
     */
    public SplitProbe assertRanTogether() {
        return check(feedback().ranTogether());
    }

    /** Every part had finished when the answer returned: it waited for its threads (not with a sleep). */
    public SplitProbe assertWaitedForEveryPart() {
        return check(feedback().waited());
    }

    /** No thread or executor the answer made is still alive after it returned. */
    public SplitProbe assertLeftNothingRunning() {
        ProbeFacts facts = facts();
        if (left == null) {
            left = leftovers.after(calls.callers().stream()
                    .filter(c -> c.kind() != ThreadKind.CALLER && !c.kind().shared())
                    .map(SplitCalls.Caller::thread).toList(), Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS));
        }
        return check(new ProbeFeedback(answer, facts).leftNothingRunning(left));
    }

    /**
     * Fork/join: every range the work was asked for is at most {@code threshold} long, and the ranges were not
     * split much further than that needs (no splitting down to single numbers).
     */
    public SplitProbe assertLeavesAtMost(long threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, was " + threshold);
        }
        return check(feedback().leavesAtMost(threshold));
    }

    /**
     * Fork/join: {@code threads} workers of a {@code ForkJoinPool} were inside the work at the same moment, so
     * the halves really ran side by side (not joined right after forking, not computed one after the other).
     */
    public SplitProbe assertForked() {
        return check(feedback().forked());
    }

    /** The most first calls (one per thread) that were inside the work at the same moment. */
    public int peak() {
        return facts().peak();
    }

    /** How many times the work was called. */
    public long calls() {
        facts();
        return calls.calls();
    }

    private long observe(LongSupplier body, java.util.function.LongConsumer record) {
        boolean startedLate = returned;
        inFlight.increment();
        try {
            Thread me = Thread.currentThread();
            int[] count = perThread.computeIfAbsent(me, t -> new int[1]);
            int n = ++count[0];
            long result;
            if (n == 1) {
                int order = calls.thread(caller).order();
                result = order < threads ? first(order, body) : body.getAsLong();
            } else {
                result = body.getAsLong();
                if (meetings != null && (n == FIRST_MEETING || n % MEETING_EVERY == 0)) {
                    meetings.meet(n); // the interrupt flag, if set, stays for the caller
                }
            }
            record.accept(result);
            if (startedLate || returned) {
                late.increment();
            }
            return result;
        } finally {
            inFlight.decrement();
        }
    }

    /** A thread's first call, as task {@code slot} of the log: gate, hold, and its thread's kind. */
    private long first(int slot, LongSupplier body) {
        try {
            return log.run(slot, body::getAsLong);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) { // unreachable: a LongSupplier throws nothing checked
            throw new IllegalStateException(e);
        }
    }

    private SplitFeedback feedback() {
        ProbeFacts facts = facts();
        return new SplitFeedback(answer, function, threads, calls, facts, late.sum());
    }

    private ProbeFacts facts() {
        if (!returned) {
            throw new IllegalStateException("call the answer first, with probe.run(() -> ...) or probe.call(() -> ...)");
        }
        if (settled == null) {
            // Fewer threads than asked for had called the work by now: some may have been started and not yet
            // run (a loaded machine can take a while), so wait longer for them, up to the patience (at most 1 s).
            Duration quietFor = Duration.ofMillis(300);
            if (calls.callers().size() < threads) {
                Duration longer = patience.compareTo(Duration.ofSeconds(1)) < 0 ? patience : Duration.ofSeconds(1);
                quietFor = longer.compareTo(quietFor) > 0 ? longer : quietFor;
            }
            log.settle(quietFor, Duration.ofSeconds(4L * TaskProbe.PATIENCE_SECONDS));
            settled = log.facts(watch.seen());
            if (late.sum() > 0 || inFlight.sum() > 0 || !settled.unfinishedAtReturn().isEmpty()) {
                quiet(); // threads the answer did not wait for may still be working: judge what they did in the end
                settled = log.facts(watch.seen());
            }
        }
        return settled;
    }

    /** Waits until no call is running and none ended for 300 ms; at most {@code 4 × patience} in all. */
    private void quiet() {
        long deadline = System.nanoTime() + Duration.ofSeconds(4L * TaskProbe.PATIENCE_SECONDS).toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline && (calls.calls() != seen || inFlight.sum() > 0)) {
            seen = calls.calls();
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
            if (Thread.currentThread().isInterrupted()) {
                throw Watchdog.cancelled();
            }
        }
    }

    private SplitProbe check(Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
        return this;
    }

    private void start(String name, int elements) {
        Objects.requireNonNull(name, "name");
        if (log != null) {
            throw new IllegalStateException("a probe hands out its work once; make a new probe for other work");
        }
        function = name.strip();
        calls = new SplitCalls(elements);
        // interleaved threads must compute at the same time, so a join lets them all go, as any wait does
        log = new ProbeLog(true, false, meetings == null, patience);
        for (int i = 0; i < threads; i++) {
            log.add("thread " + (i + 1));
        }
    }

    private void requireNoWork(String what) {
        if (log != null) {
            throw new IllegalStateException(what + " must come before the probe hands out its work");
        }
    }

    @Override
    public String toString() {
        return "SplitProbe[" + answer + ", " + threads + " threads" + (settled == null ? "" : ", peak " + settled.peak()
                + ", " + calls.calls() + " calls") + "]";
    }
}
