package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A {@link TaskProbe} for answers that return a {@code CompletableFuture}: tasks and services to hand to the
 * learner's asynchronous code, an executor to run them on, and a watch on what the code did with them. It
 * sees whether the answer returned at once or waited, which executor ran each task (the one it was given, the
 * shared common pool, one of its own), whether a stage of its chain blocked on another future
 * ({@code join()} inside {@code thenApply}), where it put a time limit and a fallback, and how its future
 * completed. Its assertions name the mistake and say what to do.
 *
 * <pre>{@code
 * var probe = FutureProbe.of("gather").together();
 * List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));
 * CompletableFuture<List<String>> future = probe.call(() -> gather(tasks, probe.executor()));
 * probe.assertReturnedAtOnce(future).assertRanTogetherOnExecutor();
 * probe.assertResultsInOrder(probe.await(future));
 *
 * var shop = FutureProbe.of("summary");
 * Function<Integer, CompletableFuture<String>> user = shop.service("shop.user", id -> "ada");
 * Function<String, CompletableFuture<List<String>>> orders = shop.neverAnswers("shop.orders");
 * var page = shop.call(() -> summary(user, orders, Duration.ofMillis(300)));
 * shop.assertCompletesWith("unavailable", page, Duration.ofMillis(300));
 * }</pre>
 *
 * <p>Proof without timing: the tasks wait for each other and for the caller as a {@link TaskProbe}'s do, and
 * the services answer only once the learner's method returned (or once something blocked on one of their
 * futures, which is itself the mistake), so an answer that waits shows on a fast machine as on a slow one.
 * Waits for a future are bounded and generous: a future that should complete is given {@value #GRACE_SECONDS} s
 * after the last task or answer, one with a time limit that long past its limit. Nothing is judged while a
 * thread of the given executor is still on its way to a processor or to its task (on a crowded machine a task
 * handed to the executor may start long after the answer returned): the probe waits until each has ended or
 * waits, for at most {@link #ON_ITS_WAY}. Used from one thread (a check's); tasks, services and the executor may be
 * used from any.
 */
public final class FutureProbe {

    /** How long a future may stay pending once nothing it waits for is left, before it counts as never done. */
    static final int GRACE_SECONDS = 3;
    /** How long any wait for a future lasts at most. */
    static final Duration AWAIT = Duration.ofSeconds(30);
    /**
     * How long a thread of the given executor or of a service that is still runnable is waited for at most: far
     * longer than a crowded machine keeps one from a processor, short enough that a stage that spins for ever
     * leaves the check time to say so.
     */
    static final Duration ON_ITS_WAY = Duration.ofSeconds(10);
    private static final long LOOK_AGAIN = TimeUnit.MILLISECONDS.toNanos(2);

    /**
     * How a future ended, as the probe saw it; {@code finished} is how many tasks had finished by then, {@code after}
     * how long after the call it completed (null while pending).
     */
    record Outcome(boolean done, Object value, Throwable failure, int finished, Duration after) {
        static final Outcome PENDING = new Outcome(false, null, null, 0, null);
    }

    private final String answer;
    private final TaskProbe tasks;
    private final FutureLog log = new FutureLog();
    private final Set<Thread> executorThreads = ConcurrentHashMap.newKeySet();
    /** The threads of the services' answers still running (they run the stages chained on those answers). */
    private final Set<Thread> replies = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Map<CompletableFuture<?>, Watch> watched = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The failures {@link #failure} made, for the tasks and services to throw. */
    private final Set<Throwable> failures = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Duration grace;
    private int handedOut;
    private boolean called;
    private long calledAt;
    private boolean executorIdle;

    /** A probe whose gate waits {@code patience} for one more task, and a future {@code grace} (tests shorten both). */
    FutureProbe(String answer, Duration patience, Duration grace) {
        this.tasks = new TaskProbe(answer, patience);
        this.grace = grace;
        this.answer = answer.strip();
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newThreadPerTaskExecutor(task -> {
            Thread thread = Thread.ofVirtual().name("given-executor-" + number.incrementAndGet()).unstarted(task);
            executorThreads.add(thread);
            return thread;
        });
    }

    /**
     * A probe for the learner's method {@code answer} (its name, used in the feedback).
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static FutureProbe of(String answer) {
        Objects.requireNonNull(answer, "answer");
        return new FutureProbe(answer, Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS), Duration.ofSeconds(GRACE_SECONDS));
    }

    /** Makes the tasks wait for each other, to prove they run at the same time (see {@link TaskProbe#together()}). */
    public FutureProbe together() {
        tasks.together();
        return this;
    }

    /** How long tasks wait at the gate for one more (see {@link TaskProbe#patience(Duration)}). */
    public FutureProbe patience(Duration patience) {
        tasks.patience(patience);
        return this;
    }

    /** One task per body, for {@code supplyAsync}: running task i answers (or throws) what {@code bodies.get(i)} does. */
    public <T> List<Supplier<T>> suppliers(List<? extends Supplier<T>> bodies) {
        Objects.requireNonNull(bodies, "bodies");
        List<Callable<T>> calls = new ArrayList<>();
        for (Supplier<T> body : bodies) {
            Objects.requireNonNull(body, "a task body");
            calls.add(body::get);
        }
        List<Supplier<T>> suppliers = new ArrayList<>();
        for (Callable<T> task : tasks.callables(calls)) {
            suppliers.add(() -> runTask(task));
        }
        handedOut += suppliers.size();
        return List.copyOf(suppliers);
    }

    private <T> T runTask(Callable<T> task) {
        running.incrementAndGet();
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) { // unreachable: a Supplier throws nothing checked
            throw new CompletionException(e);
        } finally {
            finished.incrementAndGet();
            running.decrementAndGet();
            log.touch();
        }
    }

    /** An exception for a task or service to throw: the feedback sees whether the answer's future carried it. */
    public RuntimeException failure(String message) {
        IllegalStateException failure = new IllegalStateException(Objects.requireNonNull(message, "message"));
        failure.setStackTrace(new StackTraceElement[0]); // the check's frames would only puzzle a learner
        failures.add(failure);
        return failure;
    }

    /**
     * The executor to hand to the learner's method: a new virtual thread per task, named
     * {@code given-executor-N}, so the probe knows which tasks ran on it. Shut down when the probe judges.
     */
    public Executor executor() {
        return executor;
    }

    /**
     * An asynchronous service called {@code name} ({@code "shop.user"}): calling it with an input answers at once
     * a future that completes with {@code body.apply(input)} (or with what {@code body} throws) once the
     * learner's method has returned (asked by a stage that another service's answer ran: once that stage
     * is over), on a thread of the service's. That future and every stage built on it are
     * watched.
     */
    public <T, R> Function<T, CompletableFuture<R>> service(String name, Function<? super T, ? extends R> body) {
        return service(name, Duration.ZERO, body);
    }

    /**
     * A {@link #service(String, Function) service} that answers {@code after} past being asked (and, as every
     * service, not before the learner's method returned): each answer slow, but in time for a limit longer than
     * {@code after}, so that one asked after another shows whether a time limit covers the two together or each
     * alone. The answer's virtual thread parks meanwhile; an interrupt ends the wait, kept.
     *
     * @throws IllegalArgumentException if {@code after} is negative
     */
    public <T, R> Function<T, CompletableFuture<R>> service(String name, Duration after,
            Function<? super T, ? extends R> body) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(after, "after");
        requireName(name);
        if (after.isNegative()) {
            throw new IllegalArgumentException("a service answers after a time >= 0, was " + after);
        }
        return input -> {
            long answerAt = System.nanoTime() + after.toNanos();
            WatchedFuture<R> future = new WatchedFuture<>(log, name + "(" + quoted(input) + ")", true);
            log.requested(future, true);
            Thread asker = Thread.currentThread();
            boolean fromStage = replies.contains(asker); // a stage run by another service's answer asked
            Thread reply = Thread.ofVirtual().name(name + "-reply").unstarted(() -> {
                try {
                    log.awaitRelease();
                    if (fromStage) {
                        awaitStageEnd(asker);
                    }
                    awaitTime(answerAt);
                    future.complete(body.apply(input));
                } catch (Throwable t) { // the service's failure is its answer
                    log.serviceFailed();
                    future.completeExceptionally(t);
                } finally {
                    log.touch();
                    replies.remove(Thread.currentThread());
                }
            });
            replies.add(reply);
            reply.start();
            return future;
        };
    }

    /**
     * Waits (bounded by {@link FutureLog#MAX_HOLD}) until {@code asker}, the thread of another service's answer that
     * ran the stage which asked, has run that stage and those after it (it ends) or waits in it (a {@code join()}
     * there must not wait for ever): so a stage that reads the future it was just given ({@code getNow}) finds it
     * incomplete, as it would over a network, whatever the machine's speed. An interrupt ends the wait, kept.
     */
    private static void awaitStageEnd(Thread asker) {
        long deadline = System.nanoTime() + FutureLog.MAX_HOLD.toNanos();
        while (asker.isAlive() && asker.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until {@link System#nanoTime()} reaches {@code nanoTime}; an interrupt ends the wait, kept. */
    private static void awaitTime(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /**
     * A service called {@code name} that never answers: its futures stay pending (for a time limit to act on).
     * They are cancelled after a minute, so that nothing waits on them for ever.
     */
    public <T, R> Function<T, CompletableFuture<R>> neverAnswers(String name) {
        requireName(name);
        log.silentService();
        return input -> {
            WatchedFuture<R> future = new WatchedFuture<>(log, name + "(" + quoted(input) + ")", true);
            log.requested(future, false);
            CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES).execute(() -> future.cancel(false));
            return future;
        };
    }

    /** Calls the learner's {@code answer} on this thread, watching it, and answers its result (the future). */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        if (called) {
            throw new IllegalStateException("a probe watches one call of the answer; make a new probe for the next");
        }
        called = true;
        calledAt = System.nanoTime();
        log.begin(Thread.currentThread());
        // A caller blocked on a future that depends on a service that never answers would wait for ever: after
        // the grace, such futures are cancelled, and the feedback says why the answer never returned.
        Executor rescue = CompletableFuture.delayedExecutor(grace.toNanos(), TimeUnit.NANOSECONDS);
        Runnable free = log::freeBlockedCaller;
        rescue.execute(free);
        try {
            return tasks.call(() -> {
                R result = answer.get();
                if (result instanceof CompletableFuture<?> future) {
                    watch(future); // before the tasks are let go, so how many finished before it completed is exact
                }
                return result;
            });
        } catch (Throwable thrown) { // what the answer threw passes through, unless the probe made it throw
            if (log.freed()) {
                Assertions.fail(feedback(tasks.facts()).waitedForSilence(), thrown);
            }
            Throwable failure = failureIn(thrown);
            if (failure != null) { // the answer should have returned a future carrying it
                Assertions.fail(feedback(tasks.facts()).threwTaskFailure(thrown, failure), thrown);
            }
            throw thrown;
        } finally {
            log.end();
        }
    }

    /** The failure of {@link #failure} that {@code thrown} is or has among its causes, or null. */
    private Throwable failureIn(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t) && seen.size() <= 20; t = t.getCause()) {
            if (failures.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The answer returned {@code future} at once: without blocking on a future, without running or waiting for
     * its tasks; and that future completes, once every task has finished.
     */
    public FutureProbe assertReturnedAtOnce(CompletableFuture<?> future) {
        Outcome outcome = outcome(future, null); // first: once it completed, the tasks it waited for have all run
        FutureFeedback feedback = feedback(facts());
        check(feedback.returnedAtOnce(future));
        check(feedback.completedAfterEveryTask(outcome));
        return this;
    }

    /** Every task ran once, all at the same moment, on the executor the answer was given. Needs {@link #together()}. */
    public FutureProbe assertRanTogetherOnExecutor() {
        ProbeFacts facts = facts();
        if (!facts.together()) {
            throw new IllegalStateException("assertRanTogetherOnExecutor() needs a probe made with together(), so that"
                    + " its tasks wait for each other");
        }
        check(feedback(facts).ranTogetherOnExecutor());
        return this;
    }

    /**
     * Waits (bounded) for {@code future} and answers its value; fails, saying what happened, if it completed
     * exceptionally or never completed.
     */
    @SuppressWarnings("unchecked")
    public <T> T await(CompletableFuture<T> future) {
        Outcome outcome = outcome(future, null);
        check(feedback(facts()).completedNormally(outcome));
        return (T) outcome.value();
    }

    /** {@code results} are the tasks' own results in task order (see {@link TaskProbe#assertResultsInOrder}). */
    public FutureProbe assertResultsInOrder(List<?> results) {
        tasks.assertResultsInOrder(results);
        return this;
    }

    /** {@code future} completed exceptionally, carrying a task's failure (itself or as a cause). */
    public FutureProbe assertCompletesWithTaskFailure(CompletableFuture<?> future) {
        Outcome outcome = outcome(future, null);
        check(feedback(facts()).completedWithTaskFailure(outcome));
        return this;
    }

    /** {@code future} completed with {@code expected}, once the services answered. */
    public <T> FutureProbe assertCompletesWith(T expected, CompletableFuture<? extends T> future) {
        Outcome outcome = outcome(future, null);
        check(feedback(facts()).completedWith(expected, outcome, null));
        return this;
    }

    /**
     * {@code future} completed with {@code expected} although a service never answered or failed: within
     * {@value #GRACE_SECONDS} s past {@code limit} after the call.
     */
    public <T> FutureProbe assertCompletesWith(T expected, CompletableFuture<? extends T> future, Duration limit) {
        Objects.requireNonNull(limit, "limit");
        Outcome outcome = outcome(future, limit);
        check(feedback(facts()).completedWith(expected, outcome, limit));
        return this;
    }

    /** No thread blocked on a service's future or a stage built on one ({@code join()}, {@code get()}). */
    public FutureProbe assertNothingBlocked() {
        check(feedback(facts()).nothingBlocked());
        return this;
    }

    /** What happened to each task (see {@link TaskProbe#tasks()}). */
    public List<TaskRun> tasks() {
        return tasks.tasks();
    }

    /** The calls made to the services, in order: {@code shop.user(7)}, {@code shop.orders("ada")}. */
    public List<String> requests() {
        return log.requests();
    }

    private ProbeFacts facts() {
        if (!called) {
            throw new IllegalStateException("call the answer first, with probe.call(() -> ...)");
        }
        awaitExecutorIdle();
        ProbeFacts facts = tasks.facts();
        executor.shutdown(); // the call is over: the answer has no more use for it
        return facts;
    }

    /**
     * Waits until no thread of the given executor is on its way: each has ended, or waits (for the gate, for a
     * future, for a lock); at most {@link #ON_ITS_WAY}. A thread still runnable may not have reached its task yet: on a
     * crowded machine a virtual thread can queue for a processor long after the answer returned, and judged then,
     * its task would count as never run. A right answer's threads run their tasks and end, so this costs it
     * nothing beyond their running; a thread that keeps running (a busy loop in a stage) is waited for in vain.
     */
    private void awaitExecutorIdle() {
        if (executorIdle) {
            return; // once: a thread that keeps running is waited for in vain only once
        }
        executorIdle = true;
        long deadline = System.nanoTime() + ON_ITS_WAY.toNanos();
        while (executorThreads.stream().anyMatch(FutureProbe::onItsWay) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(LOOK_AGAIN);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw Watchdog.cancelled();
            }
        }
    }

    /** Whether {@code thread} was started and neither ended nor waits: queued for a processor, or running. */
    private static boolean onItsWay(Thread thread) {
        return thread.getState() == Thread.State.RUNNABLE;
    }

    private FutureFeedback feedback(ProbeFacts facts) {
        return new FutureFeedback(answer, facts, log, executorThreads, handedOut, grace);
    }

    private static void check(java.util.Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
    }

    /** A completion watch on {@code future}: how it ended, and how many tasks had finished by then. */
    private static final class Watch {
        final CountDownLatch done = new CountDownLatch(1);
        final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.PENDING);
    }

    private Watch watch(CompletableFuture<?> future) {
        Watch watch = watched.get(future);
        if (watch != null) {
            return watch;
        }
        Watch fresh = new Watch();
        watched.put(future, fresh);
        future.whenComplete((value, failure) -> {
            fresh.outcome.set(new Outcome(true, failure == null ? value : null, unwrap(failure), finished.get(),
                    Duration.ofNanos(System.nanoTime() - calledAt)));
            fresh.done.countDown();
        });
        return fresh;
    }

    /**
     * Waits for {@code future}: with a {@code limit}, until {@value #GRACE_SECONDS} s past it (counted from the
     * call); without, until nothing is left running, no thread of the given executor or of a service's answer is on
     * its way (queued for a processor: on a crowded machine that can last seconds; at most {@link #ON_ITS_WAY}),
     * and nothing happened for {@value #GRACE_SECONDS} s. At most {@link #AWAIT} in all.
     */
    private Outcome outcome(CompletableFuture<?> future, Duration limit) {
        if (!called) {
            throw new IllegalStateException("call the answer first, with probe.call(() -> ...)");
        }
        if (future == null) {
            return Outcome.PENDING;
        }
        Watch watch = watch(future);
        long grace = this.grace.toNanos();
        long start = System.nanoTime();
        try {
            while (!watch.done.await(20, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                long idle = now - log.lastActivity();
                boolean quiet = running.get() == 0 && idle > grace && (idle > ON_ITS_WAY.toNanos()
                        || executorThreads.stream().noneMatch(FutureProbe::onItsWay)
                        && replies.stream().noneMatch(FutureProbe::onItsWay));
                boolean late = limit != null && now - calledAt > limit.toNanos() + grace;
                if (now - start > AWAIT.toNanos() || (limit == null ? quiet : late)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Watchdog.cancelled();
        }
        return watch.outcome.get();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service needs a name for the feedback, was blank");
        }
    }

    static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    @Override
    public String toString() {
        return "FutureProbe[" + answer + ", " + handedOut + " tasks, " + log.requests().size() + " service calls]";
    }
}
