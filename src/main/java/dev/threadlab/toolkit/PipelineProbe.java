package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A source of items and a handler for the learner's producer/consumer code, and a watch on what it did with
 * them: the {@link TaskProbe} of pipelines. It sees which thread read each item and which handled it, how
 * often, how far the producer ran ahead, how many consumers worked at once and whether they ran on without
 * ever waiting while the queue was empty; its assertions fail with feedback that names the mistake (too few poison pills, an
 * unbounded queue, a busy loop on {@code poll()}, consumers that quit on an empty queue, consumers started only
 * after every item was read) and says what to do.
 *
 * <pre>{@code
 * var probe = PipelineProbe.of("pipeline").atOnce(3);     // the first 3 handlings wait for each other
 * Iterator<String> source = probe.source(List.of("a", "b", "c", "d", "e", "f"));
 * Consumer<String> handle = probe.handler();
 * probe.run(() -> pipeline(source, 3, handle));
 * probe.assertHandledEveryItemOnce().assertReturned().assertConsumersEnded().assertConsumedAtOnce(3).assertWaitedWithoutSpinning();
 * }</pre>
 *
 * <p>Proof without timing: the first {@link #atOnce} handlings wait at a gate until that many run at once (or
 * no new one began for the patience); with {@link #backPressure} the first handling waits until the producer is
 * held back or has run too far ahead; half-way through the source the producer waits until every item it read
 * has been handled and a moment more, while the CPU time of every thread is measured. A wait that cannot end
 * by itself (consumers waiting for a pill that never comes, a producer blocked on a full queue nobody empties,
 * a consumer waiting for an end that nobody marks) is ended after the patience (default
 * {@value #PATIENCE_SECONDS} s) by interrupting the threads stuck in it, with the reason.
 *
 * <p>Make it, set its options, hand out the source and the handler (or work), call the answer once, then
 * assert. Used from one thread (a check's); the source and handler may be called from any.
 */
public final class PipelineProbe {

    private static final java.lang.management.ThreadMXBean STARTED = java.lang.management.ManagementFactory.getThreadMXBean();

    /** How long nothing may move before the probe ends the wait. */
    static final int PATIENCE_SECONDS = 2;

    private final String answer;
    private Duration patience = Duration.ofSeconds(PATIENCE_SECONDS);
    private int atOnce;
    private int capacity = -1;
    private PipelineLog log;
    private PipelineWatch watch;
    private Function<Object, Object> workBody;
    private List<Thread> aliveAtReturn = List.of();
    private List<Thread> stillAlive;
    private long firstThreadId;

    private PipelineProbe(String answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        this.answer = answer.strip();
    }

    /**
     * A probe for the learner's method {@code answer} (its name, used in the feedback).
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static PipelineProbe of(String answer) {
        return new PipelineProbe(answer);
    }

    /**
     * How long nothing may move before the probe ends a wait (default {@value #PATIENCE_SECONDS} s); also how
     * long the gate and the hold wait at most.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public PipelineProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        requireNoSource("patience(...)");
        this.patience = patience;
        return this;
    }

    /**
     * The first {@code consumers} handlings wait until that many run at once (for
     * {@link #assertConsumedAtOnce}).
     *
     * @throws IllegalArgumentException if {@code consumers} < 1
     */
    public PipelineProbe atOnce(int consumers) {
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers must be >= 1, was " + consumers);
        }
        requireNoSource("atOnce(...)");
        this.atOnce = consumers;
        return this;
    }

    /**
     * The first handling waits until the producer is held back by a full queue, or has read more than
     * {@code capacity} items (and the one in its hand) ahead (for {@link #assertNeverAhead}).
     *
     * @throws IllegalArgumentException if {@code capacity} < 0
     */
    public PipelineProbe backPressure(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        requireNoSource("backPressure(...)");
        this.capacity = capacity;
        return this;
    }

    /**
     * The producer's input: an iterator over {@code items} (distinct), watched.
     *
     * @throws IllegalArgumentException if {@code items} holds an element twice
     * @throws IllegalStateException    if a source was handed out already
     */
    public <T> Iterator<T> source(List<T> items) {
        Objects.requireNonNull(items, "items");
        if (items.stream().distinct().count() != items.size()) {
            throw new IllegalArgumentException("a probe's items must be distinct, was " + items);
        }
        requireNoSource("source(...)");
        PipelineLog watched = new PipelineLog(items, patience, atOnce, capacity);
        log = watched;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return watched.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                return (T) watched.next();
            }
        };
    }

    /** The consumers' handler: calling it with an item of the source is that item's handling, watched. */
    public <T> Consumer<T> handler() {
        PipelineLog watched = requireSource();
        return item -> {
            try {
                watched.handle(item, () -> null);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) { // an interrupt while held: the answer's thread was interrupted
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while handling " + item);
            }
        };
    }

    /** The work on each item: calling it with an item of the source is that item's handling, answering {@code body}'s result. */
    @SuppressWarnings("unchecked")
    public <T, R> Function<T, R> work(Function<? super T, ? extends R> body) {
        Objects.requireNonNull(body, "body");
        PipelineLog watched = requireSource();
        workBody = (Function<Object, Object>) (Function<?, ?>) body;
        return item -> {
            try {
                return watched.handle(item, () -> body.apply(item));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while working on " + item);
            }
        };
    }

    /** Calls the learner's {@code answer} on this thread, watching it; what it throws passes through, unless the probe had to end a wait. */
    public void run(Executable answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        call(() -> {
            answer.execute();
            return null;
        });
    }

    /**
     * Calls the learner's {@code answer} on this thread, watching it, and answers its result. What it throws
     * passes through, unless the probe had to end a wait (then it answers null, and the assertions say why).
     */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        PipelineLog watched = requireSource();
        if (watch != null) {
            throw new IllegalStateException("a PipelineProbe watches one call; make a new probe for another");
        }
        firstThreadId = WhereStuck.nextThreadId();
        long started = STARTED.getTotalStartedThreadCount();
        Thread caller = Thread.currentThread();
        watch = PipelineWatch.start(watched, caller, patience, firstThreadId, spin -> Watchdog.giveUp(caller,
                new PipelineFeedback(this.answer, watched, spin, patience.toMillis()).rescued()));
        R result = null;
        Throwable thrown = null;
        try {
            result = answer.get();
        } catch (Throwable t) { // what the answer throws is judged below (a busy loop the watch stopped too)
            thrown = t;
        } finally {
            watched.end(STARTED.getTotalStartedThreadCount() - started - 1); // the watch's own thread is not the answer's
            aliveAtReturn = alive();
            watch.close();
        }
        if (thrown != null && (watch.rescue() == null || FailureFeedback.unwritten(thrown))) {
            PipelineFeedback.sharedListBroke(this.answer, thrown).ifPresent(Assertions::fail);
            throw thrown;
        }
        return result;
    }

    /** Every item was handled exactly once, all of them before the answer returned. */
    public PipelineProbe assertHandledEveryItemOnce() {
        return check(feedback().handledEveryItemOnce(stillAlive()));
    }

    /**
     * The answer returned by itself: the probe did not have to end a wait that could not end (consumers waiting
     * for a pill that never came, and the answer waiting for them; or any other), which would have kept it from
     * returning at all.
     */
    public PipelineProbe assertReturned() {
        requireCalled();
        return check(feedback().returned());
    }

    /** Every consumer (and every other thread the answer started) had ended when it returned. */
    public PipelineProbe assertConsumersEnded() {
        return check(feedback().consumersEnded(stillAlive()));
    }

    /** {@code consumers} handlings ran at the same time, none on the thread that called the answer. Needs {@link #atOnce}. */
    public PipelineProbe assertConsumedAtOnce(int consumers) {
        if (atOnce < consumers) {
            throw new IllegalStateException("assertConsumedAtOnce(" + consumers + ") needs a probe made with atOnce("
                    + consumers + "), so that the handlings wait for each other");
        }
        return check(feedback().consumedAtOnce(consumers));
    }

    /**
     * Consumers were at work while the producer read: held half-way through the source, the producer waited for
     * the items it had read to be handled, and some were (or were being) handled. An answer that reads every item
     * before it starts its consumers (a batch) handles none, and fails after the patience.
     */
    public PipelineProbe assertConsumedWhileProducing() {
        return check(feedback().consumedWhileProducing());
    }

    /**
     * The answer's threads waited while the queue was empty, not polled in a busy loop: none was seen running at
     * every look and never waiting, judged by what they did and not by the processor time they got.
     */
    public PipelineProbe assertWaitedWithoutSpinning() {
        return check(feedback().waitedWithoutSpinning());
    }

    /** The producer never read more than {@code capacity} items ahead of the work. Needs {@link #backPressure}. */
    public PipelineProbe assertNeverAhead(int capacity) {
        if (this.capacity != capacity) {
            throw new IllegalStateException("assertNeverAhead(" + capacity + ") needs a probe made with backPressure("
                    + capacity + ")");
        }
        return check(feedback().neverAhead(capacity));
    }

    /** {@code results} are the work's results for the source's items, in their order. Needs {@link #work}. */
    public PipelineProbe assertResultsInOrder(List<?> results) {
        if (workBody == null) {
            throw new IllegalStateException("assertResultsInOrder needs a probe whose work(...) was handed out");
        }
        List<Object> expected = new ArrayList<>();
        requireCalled().items().forEach(item -> expected.add(workBody.apply(item)));
        return check(feedback().resultsInOrder(results, expected));
    }

    /** The source was read on threads other than the caller's, and the work done on the caller's. */
    public PipelineProbe assertProducedOnAThreadOfItsOwn() {
        return check(feedback().producedOnAThreadOfItsOwn());
    }

    /** No thread the answer started (producer, consumer, executor) was alive when it returned. */
    public PipelineProbe assertLeftNothingRunning() {
        return check(feedback().leftNothingRunning(stillAlive()));
    }

    private PipelineFeedback feedback() {
        return new PipelineFeedback(answer, requireCalled(), watch.rescue(), patience.toMillis());
    }

    /** Threads the answer started that were alive at its return and are still alive a second later (asked once). */
    private List<Thread> stillAlive() {
        if (stillAlive == null) {
            stillAlive = waitForThreadsAliveAtReturn();
        }
        return stillAlive;
    }

    private List<Thread> waitForThreadsAliveAtReturn() {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        List<Thread> left = new ArrayList<>();
        for (Thread t : aliveAtReturn) {
            try {
                long wait = deadline - System.nanoTime();
                if (wait <= 0 ? t.isAlive() : !t.join(Duration.ofNanos(wait))) {
                    left.add(t);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return left;
    }

    /** The answer's threads alive now: those that read or handled items, and platform threads it started in the caller's group. */
    private List<Thread> alive() {
        java.util.Set<Thread> threads = new java.util.LinkedHashSet<>();
        Thread caller = Thread.currentThread();
        log.producers().stream().filter(t -> t != caller && t.isAlive()).forEach(threads::add);
        log.consumers().stream().filter(t -> t != caller && t.isAlive()).forEach(threads::add);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.threadId() >= firstThreadId && t != caller && !t.getName().startsWith("threadlab-") && t.isAlive()
                    && PipelineWatch.inGroup(t, caller.getThreadGroup())) {
                threads.add(t);
            }
        }
        return List.copyOf(threads);
    }

    private PipelineProbe check(Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
        return this;
    }

    private PipelineLog requireSource() {
        if (log == null) {
            throw new IllegalStateException("hand out the source first: probe.source(items)");
        }
        return log;
    }

    private PipelineLog requireCalled() {
        if (watch == null) {
            throw new IllegalStateException("call the answer first, with probe.run(() -> ...) or probe.call(() -> ...)");
        }
        return log;
    }

    private void requireNoSource(String what) {
        if (log != null) {
            throw new IllegalStateException(what + " must come before the probe hands out its source");
        }
    }

    @Override
    public String toString() {
        return "PipelineProbe[" + answer + (log == null ? "" : ", " + log.items().size() + " items, produced "
                + log.produced() + ", peak " + log.peakInside() + ", ahead " + log.maxAhead() + ", CPU while quiet "
                + log.quietCpu() + " in " + log.quietNanos() + " ns, spinning " + log.quietSpinners() + " at "
                + log.quietLooks() + " looks, held after " + log.heldAfter() + " for "
                + log.heldNanos() + " ns, handled by its end " + log.handledByHoldEnd()) + "]";
    }
}
