package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The future probe against answers learners write for "gather: run suppliers on the executor given, return a
 * future of their results" and "summary: chain two service calls with a time limit and a fallback". Answers
 * are the static methods at the end; probes with a short patience and grace stand in where an answer never
 * lets its tasks meet or its future complete.
 */
final class FutureProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LIMIT = Duration.ofMillis(100);

    private static FutureProbe probe(String answer) {
        return new FutureProbe(answer, SHORT, SHORT);
    }

    @Test
    void allOfOverSupplyAsyncOnTheGivenExecutorPassesEveryAssertion() throws Throwable {
        FutureProbe probe = probe("gather").together();
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));

        CompletableFuture<List<String>> future = probe.call(() -> gather(tasks, probe.executor()));

        probe.assertReturnedAtOnce(future).assertRanTogetherOnExecutor();
        probe.assertResultsInOrder(probe.await(future));
        assertTrue(probe.tasks().stream().allMatch(t -> t.thread().startsWith("given-executor-")), probe.tasks()::toString);
    }

    @Test
    void aCallerOffTheProcessorLongerThanTheSpinAfterStartingItsTasksStillReturnedAtOnce() throws Throwable {
        // A read from an empty pipe leaves the caller RUNNABLE without using the processor: what a caller that a
        // loaded machine keeps waiting for a core looks like from outside. Its tasks must stay held meanwhile.
        FutureProbe probe = probe("gather");
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));
        Duration offProcessor = CallerWatch.SPIN.multipliedBy(2);

        CompletableFuture<List<String>> future = probe.call(() -> {
            CompletableFuture<List<String>> started = gather(tasks, probe.executor());
            readNothingFor(offProcessor);
            return started;
        });

        probe.assertReturnedAtOnce(future);
        assertEquals(List.of("a", "b", "c"), probe.await(future));
    }

    @Test
    void aCallerBlockedOnALockThatARunningThreadHoldsStillReturnedAtOnce() throws Throwable {
        FutureProbe probe = probe("gather");
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));
        Object lock = new Object();
        CountDownLatch held = new CountDownLatch(1);
        Thread owner = Thread.ofPlatform().name("busy-lock-owner").start(() -> {
            synchronized (lock) {
                held.countDown();
                long end = System.nanoTime() + CallerWatch.SPIN.toNanos() / 3;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // holds the lock while running, as a worker inside execute() does
                }
            }
        });
        held.await();

        CompletableFuture<List<String>> future = probe.call(() -> {
            CompletableFuture<List<String>> started = gather(tasks, probe.executor());
            synchronized (lock) {
                return started;
            }
        });
        owner.join();

        probe.assertReturnedAtOnce(future);
        assertEquals(List.of("a", "b", "c"), probe.await(future));
    }

    @Test
    void aCallerBlockedOnALockThatARunningVirtualThreadHoldsStillReturnedAtOnce() throws Throwable {
        // The management bean reads no state of a virtual thread, and this owner runs the whole time: from outside,
        // what an owner that a loaded machine keeps waiting for a core looks like (a task on the given executor,
        // virtual, holding a class loader's lock or System.out's). It keeps the lock until the caller has met it
        // and, if the probe lets the tasks go, until they have all finished: then they finished before the return.
        FutureProbe probe = probe("gather");
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));
        Object lock = new Object();
        AtomicReference<CompletableFuture<List<String>>> gathered = new AtomicReference<>();
        AtomicBoolean callerBlocked = new AtomicBoolean();
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor(); // as the given executor's tasks
        Future<?> owner = virtual.submit(() -> {
            synchronized (lock) {
                held.countDown();
                long end = System.nanoTime() + CallerWatch.SPIN.toNanos() * 3;
                while (!callerBlocked.get() || gathered.get() != null && !gathered.get().isDone() && System.nanoTime() < end) {
                    Thread.onSpinWait(); // mounted and runnable, never parked: a parked owner may wait for the tasks
                }
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS), "the owner never took the lock");
        Thread caller = Thread.currentThread();
        Thread.ofPlatform().daemon().start(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (caller.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            callerBlocked.set(true);
        });

        CompletableFuture<List<String>> future = probe.call(() -> {
            CompletableFuture<List<String>> started = gather(tasks, probe.executor());
            gathered.set(started);
            synchronized (lock) {
                return started;
            }
        });
        owner.get(10, TimeUnit.SECONDS);
        virtual.close();

        probe.assertReturnedAtOnce(future);
        assertEquals(List.of("a", "b", "c"), probe.await(future));
    }

    @Test
    void tasksThatReachAProcessorOnlyAfterTheReturnStillRanAndTheFutureCompletedAfterThem() throws Throwable {
        FutureProbe probe = probe("gather");
        Thread checker = Thread.currentThread();
        AtomicBoolean judged = new AtomicBoolean();
        List<Supplier<String>> tasks = late(probe.suppliers(List.of(() -> "a", () -> "b", () -> "c")), checker, judged);

        CompletableFuture<List<String>> future = probe.call(() -> gather(tasks, probe.executor()));

        try {
            probe.assertReturnedAtOnce(future);
        } finally {
            judged.set(true);
        }
        assertEquals(List.of("a", "b", "c"), probe.await(future));
    }

    @Test
    void tasksThatReachAProcessorOnlyAfterTheReturnStillRanTogetherOnTheExecutor() throws Throwable {
        // A long patience: the gate opens when the three meet, however slowly a loaded machine brings them there.
        FutureProbe probe = new FutureProbe("gather", Duration.ofSeconds(20), SHORT).together();
        Thread checker = Thread.currentThread();
        AtomicBoolean judged = new AtomicBoolean();
        List<Supplier<String>> tasks = late(probe.suppliers(List.of(() -> "a", () -> "b", () -> "c")), checker, judged);

        probe.call(() -> gather(tasks, probe.executor()));

        try {
            probe.assertRanTogetherOnExecutor();
        } finally {
            judged.set(true);
        }
    }

    /**
     * The tasks, each held back on the thread that runs it, runnable (spinning) and short of the task, until the
     * check has judged or waits in the future probe itself for the executor's threads: what a machine whose cores
     * are all taken does to tasks handed to the executor (their threads wait for a core, for any length of time).
     */
    private static List<Supplier<String>> late(List<Supplier<String>> tasks, Thread checker, AtomicBoolean judged) {
        return tasks.stream().map(task -> (Supplier<String>) () -> {
            while (!judged.get() && !waitsInTheFutureProbe(checker)) {
                Thread.onSpinWait();
            }
            return task.get();
        }).toList();
    }

    /** Whether {@code checker} waits in {@link FutureProbe}'s own code, not in the task probe's settling below it. */
    private static boolean waitsInTheFutureProbe(Thread checker) {
        Thread.State state = checker.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : checker.getStackTrace()) {
            if (frame.getClassName().startsWith(ProbeLog.class.getName())) {
                return false;
            }
            if (frame.getClassName().startsWith(FutureProbe.class.getName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void supplyAsyncWithoutAnExecutorIsNamedAsTheCommonPool() throws Throwable {
        FutureProbe probe = probe("gather").together();
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b"));

        CompletableFuture<List<String>> future = probe.call(() -> onTheCommonPool(tasks));

        probe.assertReturnedAtOnce(future);
        assertFails(probe::assertRanTogetherOnExecutor, "supplyAsync(task) runs them when it is given no executor");
    }

    @Test
    void joiningEachFutureRightAfterSupplyAsyncWaitsAndRunsThemOneAfterAnother() throws Throwable {
        FutureProbe probe = probe("gather").together();
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));

        CompletableFuture<List<String>> future = probe.call(() -> joinEach(tasks, probe.executor()));

        assertFails(() -> probe.assertReturnedAtOnce(future), "gather returned only after 3 of its 3 tasks had finished: "
                + "it waited for them with join() or get()");
        assertFails(probe::assertRanTogetherOnExecutor, "did you join() each future right after supplyAsync?");
    }

    @Test
    void anExecutorOfItsOwnClosedInsideTheMethodIsBothAWaitAndTheWrongExecutor() throws Throwable {
        FutureProbe probe = probe("gather").together();
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b"));

        CompletableFuture<List<String>> future = probe.call(() -> ownExecutorClosed(tasks));

        assertFails(() -> probe.assertReturnedAtOnce(future), "close() waits for every task");
        assertFails(probe::assertRanTogetherOnExecutor, "on an executor it created itself");
    }

    @Test
    void resultsGatheredAsTheyArriveAreInFinishingOrder() throws Throwable {
        FutureProbe probe = probe("gather").together();
        List<Supplier<String>> tasks = probe.suppliers(List.of(() -> "a", () -> "b", () -> "c"));

        CompletableFuture<List<String>> future = probe.call(() -> asTheyArrive(tasks, probe.executor()));

        List<String> results = probe.await(future);
        assertFails(() -> probe.assertResultsInOrder(results), "last task first, not in the order they were given [a, b, c]. "
                + "That is also the order the tasks finished");
    }

    @Test
    void aFailureCarriedByTheFuturePassesAndASwallowedOneIsNamed() throws Throwable {
        FutureProbe carried = probe("gather");
        RuntimeException down = carried.failure("the price service is down");
        List<Supplier<Integer>> tasks = carried.suppliers(List.of(() -> 1, () -> {
            throw down;
        }, () -> 3));
        CompletableFuture<List<Integer>> future = carried.call(() -> gather(tasks, carried.executor()));
        carried.assertCompletesWithTaskFailure(future);

        FutureProbe swallowed = probe("gather");
        RuntimeException gone = swallowed.failure("the price service is down");
        List<Supplier<Integer>> more = swallowed.suppliers(List.of(() -> 1, () -> {
            throw gone;
        }));
        CompletableFuture<List<Integer>> quiet = swallowed.call(() -> nullForFailures(more, swallowed.executor()));
        assertFails(() -> swallowed.assertCompletesWithTaskFailure(quiet), "the failure was swallowed");
    }

    @Test
    void aTaskFailureThatJoinOrGetThrowsOutOfTheAnswerIsNamedAsSuchNotAsAnExceptionOfTheCode() {
        FutureProbe joined = probe("gather");
        RuntimeException down = joined.failure("the price service is down");
        List<Supplier<Integer>> tasks = joined.suppliers(List.of(() -> 1, () -> {
            throw down;
        }));
        assertFails(() -> joined.call(() -> joinEach(tasks, joined.executor())), "gather threw CompletionException instead "
                + "of returning a future that completes exceptionally: task 2 threw IllegalStateException(\"the price service "
                + "is down\"), and gather waited for it with join(), which throws CompletionException when the task failed. "
                + "Return the future at once, with no join() or get() in gather");

        FutureProbe got = probe("gather");
        RuntimeException gone = got.failure("the price service is down");
        List<Supplier<Integer>> more = got.suppliers(List.of(() -> {
            throw gone;
        }));
        assertFails(() -> got.call(() -> getEach(more, got.executor())), "waited for it with get(), which throws "
                + "ExecutionException");

        FutureProbe ownCode = probe("gather");
        List<Supplier<Integer>> fine = ownCode.suppliers(List.of(() -> 1));
        IllegalArgumentException mine = assertThrows(IllegalArgumentException.class, () -> ownCode.call(() -> {
            throw new IllegalArgumentException("the answer's own mistake");
        }));
        assertEquals("the answer's own mistake", mine.getMessage(), "an exception that is no task's passes through");
    }

    @Test
    void aChainComposedWithATimeLimitAndAFallbackPassesEveryAssertion() throws Throwable {
        FutureProbe probe = probe("summary");
        Function<Integer, CompletableFuture<String>> user = probe.service("shop.user", id -> "ada");
        Function<String, CompletableFuture<List<String>>> orders = probe.service("shop.orders", name -> List.of("tea", "jam"));

        CompletableFuture<String> page = probe.call(() -> summary(user, orders, Duration.ofSeconds(10)));

        probe.assertReturnedAtOnce(page).assertCompletesWith("ada: 2 orders", page).assertNothingBlocked();
        assertEquals(List.of("shop.user(7)", "shop.orders(\"ada\")"), probe.requests());

        FutureProbe silent = probe("summary");
        CompletableFuture<String> late = silent.call(() -> summary(silent.service("shop.user", id -> "ada"),
                silent.<String, List<String>>neverAnswers("shop.orders"), LIMIT));
        silent.assertCompletesWith("unavailable", late, LIMIT);

        FutureProbe failing = probe("summary");
        RuntimeException down = failing.failure("the orders database is down");
        CompletableFuture<String> failed = failing.call(() -> summary(failing.service("shop.user", id -> "ada"),
                failing.<String, List<String>>service("shop.orders", name -> {
                    throw down;
                }), LIMIT));
        failing.assertCompletesWith("unavailable", failed, LIMIT);
    }

    @Test
    void thenApplyWhereThenComposeWasNeededIsNamedByTheFutureOfAFuture() throws Throwable {
        for (int run = 0; run < 5; run++) { // the orders are asked by a stage and answer later, every time
            FutureProbe peeked = probe("summary");
            CompletableFuture<String> early = peeked.call(() -> nestedReadWithGetNow(peeked.service("shop.user",
                    id -> "ada"), peeked.service("shop.orders", name -> List.of("tea"))));
            peeked.assertReturnedAtOnce(early).assertNothingBlocked();
            assertFails(() -> peeked.assertCompletesWith("ada: 1 orders", early), "summary read a stage built on "
                    + "shop.orders(\"ada\")'s future with getNow(...) before it had completed");
            assertFails(() -> peeked.assertCompletesWith("ada: 1 orders", early), "chain it with thenCompose(x -> "
                    + "call(x))");
        }

        FutureProbe printed = probe("summary");
        CompletableFuture<String> text = printed.call(() -> nestedAsText(printed.service("shop.user", id -> "ada"),
                printed.service("shop.orders", name -> List.of("tea"))));
        assertFails(() -> printed.assertCompletesWith("ada: 1 orders", text), "that is the text of a future, not of "
                + "its value");

        FutureProbe wrong = probe("summary");
        CompletableFuture<String> plain = wrong.call(() -> wrong.service("shop.user", id -> "ada").apply(7));
        AssertionError error = assertThrows(AssertionError.class, () -> wrong.assertCompletesWith("ada: 1 orders", plain));
        assertTrue(error.getMessage().endsWith("expected \"ada: 1 orders\"."), error.getMessage());
    }

    @Test
    void joinInsideThenApplyIsABlockedStage() throws Throwable {
        FutureProbe probe = probe("summary");
        Function<String, CompletableFuture<List<String>>> orders = probe.service("shop.orders", name -> List.of("tea"));

        CompletableFuture<String> page = probe.call(() -> joinInsideThenApply(probe.service("shop.user", id -> "ada"),
                orders));

        probe.assertReturnedAtOnce(page).assertCompletesWith("ada: 1 orders", page);
        assertFails(probe::assertNothingBlocked, "called join() on shop.orders(\"ada\")'s future");
    }

    @Test
    void waitingForTheUserBeforeReturningIsNamed() throws Throwable {
        FutureProbe probe = probe("summary");
        CompletableFuture<String> page = probe.call(() -> getTheUserFirst(probe.service("shop.user", id -> "ada"),
                probe.service("shop.orders", name -> List.of("tea"))));

        assertFails(() -> probe.assertReturnedAtOnce(page), "summary waited for shop.user(7) with get() (in "
                + "FutureProbeTest.getTheUserFirst) before returning");
    }

    @Test
    void aCallerBlockedOnAServiceThatNeverAnswersIsFreedAndToldWhy() throws Throwable {
        FutureProbe probe = probe("summary");
        Function<Integer, CompletableFuture<String>> user = probe.neverAnswers("shop.user");

        assertFails(() -> probe.call(() -> getTheUserFirst(user, probe.service("shop.orders", name -> List.of()))),
                "summary waited for shop.user(7) with get() (in FutureProbeTest.getTheUserFirst) before returning, and "
                        + "shop.user(7) never answers: so summary itself would never have returned");
    }

    @Test
    void noTimeLimitOrOneOnTheFirstCallOnlyNeverCompletesAndSaysWhere() throws Throwable {
        FutureProbe none = probe("summary");
        CompletableFuture<String> waits = none.call(() -> summary(none.service("shop.user", id -> "ada"),
                none.<String, List<String>>neverAnswers("shop.orders"), null));
        assertFails(() -> none.assertCompletesWith("unavailable", waits, LIMIT), "shop.orders(\"ada\") never answered, "
                + "and no time limit was put on the chain");

        FutureProbe first = probe("summary");
        CompletableFuture<String> stillWaits = first.call(() -> limitOnTheUserOnly(first.service("shop.user", id -> "ada"),
                first.<String, List<String>>neverAnswers("shop.orders")));
        assertFails(() -> first.assertCompletesWith("unavailable", stillWaits, LIMIT),
                "was put on shop.user(7)'s own future only");
    }

    @Test
    void aFallbackGivenBeforeTheLimitWasUpIsNamed() throws Throwable {
        // The limit in whole seconds: 0 s for a limit under a second, so the fallback comes at once.
        FutureProbe rounded = probe("summary");
        CompletableFuture<String> early = rounded.call(() -> summary(rounded.service("shop.user", id -> "ada"),
                rounded.<String, List<String>>neverAnswers("shop.orders"), Duration.ofSeconds(LIMIT.toSeconds())));
        assertFails(() -> rounded.assertCompletesWith("unavailable", early, LIMIT), "the time limit put on the chain "
                + "was 0 s");

        // A fallback that came early for another reason (getNow on a future of a future) is that requirement's
        // mistake, not this one's: the limit put on the chain was the one given.
        FutureProbe peeked = probe("summary");
        CompletableFuture<String> read = peeked.call(() -> nestedReadWithGetNow(peeked.service("shop.user", id -> "ada"),
                peeked.<String, List<String>>neverAnswers("shop.orders")).completeOnTimeout("unavailable",
                LIMIT.toMillis(), TimeUnit.MILLISECONDS));
        peeked.assertCompletesWith("unavailable", read, LIMIT);
    }

    @Test
    void aTimeLimitOnEachQuestionLetsTwoAnswersInTimeAddUpPastTheLimitAndIsNamed() throws Throwable {
        // Each answer comes after 3/4 of the limit: in time alone, too late one after the other.
        Duration each = LIMIT.multipliedBy(3).dividedBy(4);
        FutureProbe whole = probe("summary");
        CompletableFuture<String> covered = whole.call(() -> summary(whole.service("shop.user", each, id -> "ada"),
                whole.service("shop.orders", each, name -> List.of("tea")), LIMIT));
        whole.assertCompletesWith("unavailable", covered, LIMIT);

        FutureProbe parts = probe("summary");
        CompletableFuture<String> uncovered = parts.call(() -> limitOnEachQuestion(parts.service("shop.user", each,
                id -> "ada"), parts.service("shop.orders", each, name -> List.of("tea"))));
        assertFails(() -> parts.assertCompletesWith("unavailable", uncovered, LIMIT), "summary's future completed with "
                + "\"ada: 1 orders\"");
        assertFails(() -> parts.assertCompletesWith("unavailable", uncovered, LIMIT), "the time limit (orTimeout) was "
                + "put on shop.user(7) and on shop.orders(\"ada\"), each a part of the chain");

        FutureProbe waits = probe("summary");
        CompletableFuture<String> waited = waits.call(() -> getEachWithTheLimit(waits.service("shop.user", each,
                id -> "ada"), waits.service("shop.orders", each, name -> List.of("tea"))));
        assertFails(() -> waits.assertCompletesWith("unavailable", waited, LIMIT), "get(timeout) waited for "
                + "shop.user(7) and for shop.orders(\"ada\") with the limit each");

        FutureProbe none = probe("summary");
        CompletableFuture<String> unlimited = none.call(() -> summary(none.service("shop.user", each, id -> "ada"),
                none.service("shop.orders", each, name -> List.of("tea")), null));
        assertFails(() -> none.assertCompletesWith("unavailable", unlimited, LIMIT), "no time limit was put on the chain");
        assertThrows(IllegalArgumentException.class, () -> none.service("shop.user", Duration.ofMillis(-1), id -> "ada"));
    }

    @Test
    void aTimeLimitInTheWrongUnitIsNamedWithItsLength() throws Throwable {
        FutureProbe seconds = probe("summary");
        CompletableFuture<String> waits = seconds.call(() -> summary(seconds.service("shop.user", id -> "ada"),
                seconds.<String, List<String>>neverAnswers("shop.orders"), Duration.ofSeconds(LIMIT.toMillis())));
        assertFails(() -> seconds.assertCompletesWith("unavailable", waits, LIMIT), "put on the chain was 1 min 40 s, "
                + "longer than the one given: were the units mixed up");
    }

    @Test
    void orTimeoutWithoutAFallbackAndAFailureWithoutOneAreNamed() throws Throwable {
        FutureProbe timeout = probe("summary");
        CompletableFuture<String> failed = timeout.call(() -> orTimeoutOnly(timeout.service("shop.user", id -> "ada"),
                timeout.<String, List<String>>neverAnswers("shop.orders")));
        assertFails(() -> timeout.assertCompletesWith("unavailable", failed, LIMIT), "orTimeout fails the future");

        FutureProbe down = probe("summary");
        RuntimeException broken = down.failure("the orders database is down");
        CompletableFuture<String> thrown = down.call(() -> orTimeoutOnly(down.service("shop.user", id -> "ada"),
                down.<String, List<String>>service("shop.orders", name -> {
                    throw broken;
                })));
        assertFails(() -> down.assertCompletesWith("unavailable", thrown, LIMIT), "IllegalStateException(\"the orders "
                + "database is down\") instead of \"unavailable\": nothing on the chain turns a failure into the fallback");
    }

    @Test
    void aProbeRefusesASecondCallAndJudgingBeforeTheCall() throws Throwable {
        FutureProbe probe = probe("gather");
        assertThrows(IllegalStateException.class, probe::assertNothingBlocked);
        probe.call(() -> CompletableFuture.completedFuture(List.of()));
        assertThrows(IllegalStateException.class, () -> probe.call(() -> null));
        assertFails(() -> probe("gather").assertReturnedAtOnce(null), "call the answer first");
    }

    private static void assertFails(Executable assertion, String phrase) {
        Throwable failure = assertThrows(Throwable.class, assertion);
        assertTrue(failure instanceof AssertionFailedError || failure instanceof IllegalStateException, failure::toString);
        assertTrue(String.valueOf(failure.getMessage()).contains(phrase), () -> "expected \"" + phrase + "\" in: "
                + failure.getMessage());
    }

    /**
     * Blocks the calling thread in a native read of an empty pipe for {@code time}, using no processor time. The
     * caller does not join the writer: a join is a wait the probe reads as waiting for the tasks, and on a loaded
     * machine the writer may not have ended yet when the read returns (the test failed that way).
     */
    private static void readNothingFor(Duration time) {
        try {
            Pipe pipe = Pipe.open();
            Thread.ofPlatform().daemon().start(() -> {
                try (Pipe.SinkChannel sink = pipe.sink()) {
                    Thread.sleep(time);
                    sink.write(ByteBuffer.wrap(new byte[] {1}));
                } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Pipe.SourceChannel source = pipe.source()) {
                source.read(ByteBuffer.allocate(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- answers learners write ---

    static <T> CompletableFuture<List<T>> gather(List<Supplier<T>> tasks, Executor executor) {
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (Supplier<T> task : tasks) {
            futures.add(CompletableFuture.supplyAsync(task, executor));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    static <T> CompletableFuture<List<T>> onTheCommonPool(List<Supplier<T>> tasks) {
        List<CompletableFuture<T>> futures = tasks.stream().map(CompletableFuture::supplyAsync).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    static <T> CompletableFuture<List<T>> joinEach(List<Supplier<T>> tasks, Executor executor) {
        List<T> results = new ArrayList<>();
        for (Supplier<T> task : tasks) {
            results.add(CompletableFuture.supplyAsync(task, executor).join());
        }
        return CompletableFuture.completedFuture(results);
    }

    static <T> CompletableFuture<List<T>> getEach(List<Supplier<T>> tasks, Executor executor) throws Exception {
        List<T> results = new ArrayList<>();
        for (Supplier<T> task : tasks) {
            results.add(CompletableFuture.supplyAsync(task, executor).get());
        }
        return CompletableFuture.completedFuture(results);
    }

    static <T> CompletableFuture<List<T>> ownExecutorClosed(List<Supplier<T>> tasks) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return gather(tasks, executor);
        }
    }

    static <T> CompletableFuture<List<T>> asTheyArrive(List<Supplier<T>> tasks, Executor executor) {
        List<T> results = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> futures = tasks.stream()
                .map(task -> CompletableFuture.supplyAsync(task, executor).thenAccept(results::add)).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(done -> List.copyOf(results));
    }

    static <T> CompletableFuture<List<T>> nullForFailures(List<Supplier<T>> tasks, Executor executor) {
        List<CompletableFuture<T>> futures = tasks.stream()
                .map(task -> CompletableFuture.supplyAsync(task, executor).exceptionally(e -> null)).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    static CompletableFuture<String> summary(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders, Duration limit) {
        CompletableFuture<String> page = user.apply(7)
                .thenCompose(name -> orders.apply(name).thenApply(list -> name + ": " + list.size() + " orders"));
        return limit == null ? page : page.completeOnTimeout("unavailable", limit.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> "unavailable");
    }

    static CompletableFuture<String> nestedReadWithGetNow(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        CompletableFuture<CompletableFuture<String>> nested = user.apply(7)
                .thenApply(name -> orders.apply(name).thenApply(list -> name + ": " + list.size() + " orders"));
        return nested.thenApply(inner -> inner.getNow("unavailable"));
    }

    static CompletableFuture<String> nestedAsText(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        return user.apply(7).thenApply(name -> name + ": " + orders.apply(name));
    }

    static CompletableFuture<String> joinInsideThenApply(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        return user.apply(7).thenApply(name -> name + ": " + orders.apply(name).join().size() + " orders");
    }

    static CompletableFuture<String> getTheUserFirst(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) throws Exception {
        String name = user.apply(7).get();
        return orders.apply(name).thenApply(list -> name + ": " + list.size() + " orders");
    }

    static CompletableFuture<String> limitOnTheUserOnly(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        return user.apply(7).completeOnTimeout("?", LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(name -> orders.apply(name).thenApply(list -> name + ": " + list.size() + " orders"));
    }

    static CompletableFuture<String> getEachWithTheLimit(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) throws Exception {
        String name = user.apply(7).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        List<String> list = orders.apply(name).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.completedFuture(name + ": " + list.size() + " orders");
    }

    static CompletableFuture<String> limitOnEachQuestion(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        return user.apply(7).orTimeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(name -> orders.apply(name).orTimeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                        .thenApply(list -> name + ": " + list.size() + " orders"))
                .exceptionally(e -> "unavailable");
    }

    static CompletableFuture<String> orTimeoutOnly(Function<Integer, CompletableFuture<String>> user,
            Function<String, CompletableFuture<List<String>>> orders) {
        return user.apply(7).thenCompose(name -> orders.apply(name).thenApply(list -> name + ": " + list.size()))
                .orTimeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
