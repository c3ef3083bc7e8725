package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The probe against the answers learners write for "run these tasks on threads of their own, all at once,
 * and wait for them": each mistake must be named, each correct answer pass. Answers are the static methods
 * at the end; a probe with a short patience stands in where an answer never lets its tasks meet.
 */
final class TaskProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void aThreadPerTaskStartedThenJoinedPassesEveryAssertion() throws Throwable {
        TaskProbe probe = Check.probe("runAll").together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> startAllThenJoinAll(tasks));

        probe.assertWaitedForEveryTask().assertRanTogether().assertLeftNothingRunning();
        assertEquals(3, probe.peak());
        assertTrue(probe.tasks().stream().noneMatch(TaskRun::onCaller));
    }

    @Test
    void anAnswerCalledOutsideTheProbeIsToldToTheAuthorAtOnceNotHeldUntilTheTimeout() throws Exception {
        TaskProbe probe = Check.probe("runAll").together();
        List<Runnable> tasks = probe.runnables(2);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tasks.getFirst().run());

        assertTrue(e.getMessage().contains("call the answer with probe.run(() -> ...), probe.call(() -> ...)"), e.getMessage());
    }

    @Test
    void joinRightAfterStartIsNamed() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> joinRightAfterStart(tasks));

        probe.assertWaitedForEveryTask();
        assertFails(probe::assertRanTogether, "did you call join() right after start()?");
        assertEquals(1, probe.peak());
    }

    @Test
    void aForgottenJoinReturnsWhileTheTasksStillRun() throws Throwable {
        TaskProbe probe = Check.probe("runAll");
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> tasks.forEach(t -> new Thread(t).start()));

        assertFails(probe::assertWaitedForEveryTask, "runAll returned before 3 of its 3 tasks had finished: "
                + "did you forget join()?");
        assertTrue(probe.tasks().stream().noneMatch(TaskRun::finishedInTime));
    }

    @Test
    void joiningOneThreadLetsOnlyItsTaskGoSoTheOtherIsSeenUnfinished() throws Throwable {
        TaskProbe probe = Check.probe("cookBoth");
        List<Runnable> tasks = probe.runnables(2);

        probe.run(() -> {
            Thread one = Thread.ofPlatform().start(tasks.get(0));
            Thread.ofPlatform().start(tasks.get(1));
            one.join();
        });

        assertFails(probe::assertWaitedForEveryTask, "cookBoth returned before 1 of its 2 tasks had finished: "
                + "did you forget join()?");
        assertTrue(probe.tasks().get(0).finishedInTime());
    }

    @Test
    void joiningEveryThreadInAnyOrderPassesAndTheTasksStillFinishLastFirst() throws Throwable {
        for (boolean reversed : new boolean[] {false, true}) {
            TaskProbe probe = Check.probe("runAll");
            List<Runnable> tasks = probe.runnables(3);

            probe.run(() -> {
                List<Thread> started = new ArrayList<>();
                for (Runnable task : tasks) {
                    started.add(Thread.ofPlatform().start(task));
                }
                for (Thread thread : reversed ? started.reversed() : started) {
                    thread.join();
                }
            });

            probe.assertWaitedForEveryTask().assertLeftNothingRunning();
        }
    }

    @Test
    void sleepingInsteadOfJoiningFailsHoweverShortAndSaysSo() throws Throwable {
        TaskProbe probe = Check.probe("runAll");
        List<Runnable> tasks = probe.runnables(2);

        probe.run(() -> startThenSleep(tasks, 50));

        assertFails(probe::assertWaitedForEveryTask, "it waited with Thread.sleep (in TaskProbeTest.startThenSleep)");
    }

    @Test
    void pollingWithSleepsUntilTheThreadsEndedIsAWaitAndPasses() throws Throwable {
        TaskProbe probe = Check.probe("runAll");
        List<Runnable> tasks = probe.runnables(2);

        probe.run(() -> startThenPoll(tasks));

        probe.assertWaitedForEveryTask().assertLeftNothingRunning();
    }

    @Test
    void runInsteadOfStartIsNamed() throws Throwable {
        TaskProbe probe = Check.probe("runAll").together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> tasks.forEach(t -> new Thread(t).run()));

        probe.assertWaitedForEveryTask();
        assertFails(probe::assertRanTogether, "every task ran on the thread that called runAll, one after another: "
                + "run() runs a task right where you call it");
        assertTrue(probe.tasks().stream().allMatch(TaskRun::onCaller));
    }

    @Test
    void aPoolOfTwoIsNamedWithItsThreads() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                tasks.forEach(pool::submit);
            }
        });

        probe.assertWaitedForEveryTask().assertLeftNothingRunning();
        String message = assertFails(probe::assertRanTogether, "at most 2 of the 3 tasks ran at once, on 2 threads (pool-");
        assertTrue(message.contains("a pool of 2 runs 2 tasks at a time"), message);
    }

    @Test
    void aParallelStreamIsTheCommonPoolOnAnyNumberOfCores() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(4);

        probe.run(() -> tasks.parallelStream().forEach(Runnable::run));

        probe.assertWaitedForEveryTask();
        String message = assertFails(probe::assertRanTogether, "the shared ForkJoin common pool");
        assertTrue(message.contains("a parallel stream"), message);
    }

    @Test
    void supplyAsyncWithoutAnExecutorIsTheCommonPoolToo() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(2);

        probe.run(() -> CompletableFuture.allOf(tasks.stream().map(CompletableFuture::runAsync)
                .toArray(CompletableFuture[]::new)).join());

        probe.assertWaitedForEveryTask();
        String message = assertFails(probe::assertRanTogether, "CompletableFuture.supplyAsync or runAsync");
        assertTrue(message.contains("supplyAsync(task, executor)"), message);
    }

    @Test
    void aLazyStreamThatStartsAndJoinsOneByOneIsNamed() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> tasks.stream().map(t -> Thread.ofPlatform().start(t)).forEach(TaskProbeTest::join));

        assertFails(probe::assertRanTogether, "a stream is lazy");
    }

    @Test
    void anAnswerThatRunsNothingIsToldWhy() throws Throwable {
        TaskProbe probe = Check.probe("runAll").together();
        List<Runnable> tasks = probe.runnables(3);

        probe.run(() -> tasks.stream().map(Thread::new).peek(Thread::start));

        assertFails(probe::assertWaitedForEveryTask, "runAll returned without running any of its 3 tasks");
        assertFails(probe::assertRanTogether, "did you create the threads but never start them?");
    }

    @Test
    void aTaskRunTwiceIsNamedAndItsSecondRunCannotOpenTheGate() throws Throwable {
        TaskProbe probe = new TaskProbe("runAll", SHORT).together();
        List<Runnable> tasks = probe.runnables(2);

        // Task 1 is run on two threads at once and task 2 never: two arrivals, but not two tasks.
        probe.run(() -> startAllThenJoinAll(List.of(tasks.get(0), tasks.get(0))));

        assertFails(probe::assertWaitedForEveryTask, "task 2 never ran");
        assertEquals(1, probe.peak(), "the second run of task 1 is not an arrival");
        assertEquals(2, probe.tasks().getFirst().runs());
    }

    @Test
    void anExecutorNeverClosedLeavesItsThreadsAndIsNamed() throws Throwable {
        TaskProbe probe = Check.probe("fetchAll");
        List<Runnable> tasks = probe.runnables(2);
        ExecutorService[] leaked = new ExecutorService[1];
        try {
            probe.run(() -> {
                leaked[0] = Executors.newFixedThreadPool(2);
                for (var future : leaked[0].invokeAll(tasks.stream().map(Executors::callable).toList())) {
                    future.get();
                }
            });

            probe.assertWaitedForEveryTask();
            String message = assertFails(probe::assertLeftNothingRunning, "fetchAll left 2 threads running after it "
                    + "returned (pool-");
            assertTrue(message.contains("try-with-resources"), message);
        } finally {
            leaked[0].shutdownNow();
        }
    }

    @Test
    void aVirtualThreadExecutorNeverClosedIsNamedThoughItKeepsNoThread() throws Throwable {
        TaskProbe probe = Check.probe("fetchAll");
        List<Runnable> tasks = probe.runnables(2);
        ExecutorService[] leaked = new ExecutorService[1];
        try {
            probe.run(() -> {
                leaked[0] = Executors.newVirtualThreadPerTaskExecutor();
                for (var future : leaked[0].invokeAll(tasks.stream().map(Executors::callable).toList())) {
                    future.get();
                }
            });

            probe.assertWaitedForEveryTask();
            assertFails(probe::assertLeftNothingRunning, "fetchAll never closed a thread-per-task executor");
        } finally {
            leaked[0].close();
        }
    }

    @Test
    void resultsInTheOrderTheTasksFinishedAreNamed() throws Throwable {
        TaskProbe probe = Check.probe("fetchAll").together();
        List<String> urls = List.of("a", "b", "c");
        var fetch = probe.function(urls, url -> "<" + url + ">");

        List<String> results = probe.call(() -> resultsAsTheyArrive(urls, fetch));

        assertEquals(List.of("<c>", "<b>", "<a>"), results, "the last task finishes first");
        String message = assertFails(() -> probe.assertResultsInOrder(results), "last task first, not in the order "
                + "they were given [<a>, <b>, <c>]. That is also the order the tasks finished");
        assertFalse(message.contains("data race"), "a synchronized list is no race: " + message);
    }

    @Test
    void reversedResultsCollectedByTheCallerAreNotCalledARace() throws Throwable {
        TaskProbe probe = Check.probe("runTasks").together();
        List<java.util.concurrent.Callable<Integer>> tasks = probe.callables(List.of(() -> 20, () -> 30, () -> 10));

        List<Integer> results = probe.call(() -> {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Integer> backwards = new ArrayList<>();
                for (var future : tasks.stream().map(executor::submit).toList()) {
                    backwards.add(0, future.get());
                }
                return backwards;
            }
        });

        String message = assertFails(() -> probe.assertResultsInOrder(results), "runTasks returned [10, 30, 20], last "
                + "task first, not in the order they were given [20, 30, 10]");
        assertTrue(message.contains("add(0, result)"), message);
        assertTrue(message.contains("if the tasks added their results to that plain ArrayList themselves"), message);
        assertFalse(message.contains("that several threads added to at once"), message);
    }

    @Test
    void sortedResultsAreNamed() throws Throwable {
        TaskProbe probe = Check.probe("runTasks").together();
        List<java.util.concurrent.Callable<Integer>> tasks = probe.callables(List.of(() -> 20, () -> 30, () -> 10));

        List<Integer> results = probe.call(() -> {
            List<Integer> all = new ArrayList<>(invokeAllAndGet(tasks));
            java.util.Collections.sort(all);
            return all;
        });

        assertFails(() -> probe.assertResultsInOrder(results), "runTasks returned [10, 20, 30]: the results sorted by "
                + "their values, not in the order the tasks were given [20, 30, 10]");
    }

    @Test
    void tasksCalledDirectlyAreNotCalledRunInsteadOfStart() throws Throwable {
        TaskProbe probe = Check.probe("fetchAll").together().patience(SHORT);
        List<String> urls = List.of("b", "c", "a");
        var fetch = probe.function(urls, url -> "<" + url + ">");

        probe.call(() -> urls.stream().map(fetch).toList());

        String message = assertFails(probe::assertRanTogether, "every task ran on the thread that called fetchAll, one "
                + "after another: nothing started a thread for it");
        assertFalse(message.contains("run()"), message);
    }

    @Test
    void resultsInTaskOrderPass() throws Throwable {
        TaskProbe probe = Check.probe("runTasks").together();
        List<java.util.concurrent.Callable<Integer>> tasks = probe.callables(List.of(() -> 10, () -> 20, () -> 30));

        List<Integer> results = probe.call(() -> invokeAllAndGet(tasks));

        probe.assertResultsInOrder(results).assertWaitedForEveryTask().assertLeftNothingRunning();
    }

    @Test
    void aSwallowedFailureIsNamed() throws Throwable {
        TaskProbe probe = Check.probe("runTasks");
        var missing = probe.failure("page 2 is missing");
        var tasks = probe.callables(List.<java.util.concurrent.Callable<Integer>>of(() -> 1, () -> {
            throw missing;
        }, () -> 3));

        assertFails(() -> probe.assertThrowsTaskFailure(() -> skipFailures(tasks, false)),
                "task 2 threw IOException(\"page 2 is missing\"), yet runTasks returned [1, 3] as if all was well: "
                        + "the failure was swallowed");
    }

    @Test
    void aPrintedFailureIsNamedAsPrinted() throws Throwable {
        TaskProbe probe = Check.probe("runTasks");
        var missing = probe.failure("page 2 is missing");
        var tasks = probe.callables(List.<java.util.concurrent.Callable<Integer>>of(() -> 1, () -> {
            throw missing;
        }));

        assertFails(() -> probe.assertThrowsTaskFailure(() -> skipFailures(tasks, true)),
                "runTasks printed task 2's IOException(\"page 2 is missing\") (printStackTrace()) and then returned [1]");
    }

    @Test
    void aNewExceptionWithoutTheCauseLosesTheFailure() throws Throwable {
        TaskProbe probe = Check.probe("runTasks");
        var missing = probe.failure("page 2 is missing");
        var tasks = probe.callables(List.<java.util.concurrent.Callable<Integer>>of(() -> {
            throw missing;
        }));

        assertFails(() -> probe.assertThrowsTaskFailure(() -> rethrow(tasks, e -> {
            throw new IllegalStateException("a task failed");
        })), "runTasks threw IllegalStateException(\"a task failed\"), but task 1's own IOException(\"page 2 is "
                + "missing\") is not among its causes");
    }

    @Test
    void theFailureKeptAsACauseOrUnwrappedPasses() throws Throwable {
        for (Consumer<Exception> rethrow : List.<Consumer<Exception>>of(
                e -> { throw new IllegalStateException("a task failed", e); },
                e -> { throw new IllegalStateException(e.getCause()); })) {
            TaskProbe probe = Check.probe("runTasks");
            var missing = probe.failure("page 2 is missing");
            var tasks = probe.callables(List.<java.util.concurrent.Callable<Integer>>of(() -> 1, () -> {
                throw missing;
            }));

            probe.assertThrowsTaskFailure(() -> rethrow(tasks, rethrow));
        }
    }

    @Test
    void everyTimeCallsAFailureThatOtherRunsDoNotShareARace() {
        int[] runs = {0};
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Check.everyTime(10, () -> {
            if (++runs[0] == 4) {
                throw new AssertionFailedError("fetchAll returned 63 results for 64 tasks");
            }
        }));

        assertEquals(4, runs[0], "it stops once it has seen a run go right and one go wrong");
        assertTrue(failed.getMessage().startsWith("Of 4 runs, 3 were right and 1 wrong; the first wrong one: fetchAll "
                + "returned 63 results for 64 tasks Results that change from run to run are a race"), failed.getMessage());
    }

    @Test
    void everyTimeSeesARaceThatShowsInTheFirstRunToo() {
        int[] runs = {0};
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Check.everyTime(10, () -> {
            if (++runs[0] < 3) {
                throw new AssertionFailedError("lost a result");
            }
        }));

        assertEquals(3, runs[0]);
        assertTrue(failed.getMessage().startsWith("Of 3 runs, 1 was right and 2 wrong; the first wrong one: lost a "
                + "result"), failed.getMessage());
    }

    @Test
    void everyTimePassesAFailureOfEveryRunThroughAsItIs() {
        int[] runs = {0};
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Check.everyTime(10, () -> {
            runs[0]++;
            throw new AssertionFailedError("wrong from the start");
        }));

        assertEquals("wrong from the start", failed.getMessage());
        assertEquals(10, runs[0]);
    }

    @Test
    void anInterruptStatusTheAnswerLeftSetDoesNotStopTheNextProbe() throws Throwable {
        TaskProbe probe = Check.probe("runAll");
        List<Runnable> tasks = probe.runnables(2);

        probe.run(() -> {
            startAllThenJoinAll(tasks);
            Thread.currentThread().interrupt(); // restored after a caught InterruptedException, say
        });

        boolean left = Thread.interrupted();
        assertFalse(left, "the probe forgets the interrupt status the answer left");
        probe.assertWaitedForEveryTask();
        TaskProbe next = Check.probe("runAll");
        List<Runnable> more = next.runnables(2);
        next.run(() -> startAllThenJoinAll(more));
        next.assertWaitedForEveryTask().assertLeftNothingRunning();
    }

    @Test
    void aForgottenJoinOnACrowdedMachineIsToldAsAForgottenJoinNotAsTasksNeverRun() throws Throwable {
        TaskProbe probe = Check.probe("runAll");
        List<Runnable> tasks = probe.runnables(2);
        // A crowded machine: more than the probe's 300 ms of settling pass between making the probe and the
        // answer's return, and the threads the answer started reach their tasks only after it returned.
        Thread.sleep(400);
        CountDownLatch returned = new CountDownLatch(1);
        List<Thread> late = new ArrayList<>();

        probe.run(() -> tasks.forEach(t -> late.add(Thread.ofPlatform().start(() -> {
            awaitQuietly(returned);
            t.run();
        }))));
        returned.countDown();

        assertTrue(probe.tasks().stream().allMatch(run -> run.runs() == 1), probe.tasks().toString());
        assertFails(probe::assertWaitedForEveryTask, "did you forget join()?");
        late.forEach(TaskProbeTest::join);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void probesGuardTheirUse() {
        TaskProbe probe = Check.probe("runAll");
        assertThrows(IllegalStateException.class, probe::assertWaitedForEveryTask, "nothing was called yet");
        probe.runnables(1);
        assertThrows(IllegalStateException.class, probe::together, "too late: tasks were handed out");
        assertThrows(IllegalStateException.class, probe::assertRanTogether);
        assertThrows(IllegalArgumentException.class, () -> Check.probe(" "));
        assertThrows(IllegalArgumentException.class, () -> probe.function(List.of("a", "a"), x -> x));
    }

    // --- answers, right and wrong ---

    private static void startAllThenJoinAll(List<Runnable> tasks) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            threads.add(Thread.ofPlatform().start(task));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void joinRightAfterStart(List<Runnable> tasks) throws InterruptedException {
        for (Runnable task : tasks) {
            Thread t = new Thread(task);
            t.start();
            t.join();
        }
    }

    private static void startThenSleep(List<Runnable> tasks, long millis) throws InterruptedException {
        tasks.forEach(t -> new Thread(t).start());
        Thread.sleep(millis);
    }

    private static void startThenPoll(List<Runnable> tasks) throws InterruptedException {
        List<Thread> threads = tasks.stream().map(t -> Thread.ofPlatform().start(t)).toList();
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(5);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> resultsAsTheyArrive(List<String> urls, java.util.function.Function<String, String> fetch) {
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            urls.forEach(url -> executor.submit(() -> results.add(fetch.apply(url))));
        }
        return results;
    }

    private static <T> List<T> invokeAllAndGet(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<T> results = new ArrayList<>();
            for (var future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static List<Integer> skipFailures(List<java.util.concurrent.Callable<Integer>> tasks, boolean print)
            throws InterruptedException {
        List<Integer> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var future : executor.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (print) {
                        e.printStackTrace(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                    }
                }
            }
        }
        return results;
    }

    private static List<Integer> rethrow(List<java.util.concurrent.Callable<Integer>> tasks, Consumer<Exception> how)
            throws InterruptedException {
        List<Integer> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var future : executor.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    how.accept(e);
                }
            }
        }
        return results;
    }

    /** Runs {@code assertion}, which must fail with a message holding {@code phrase}; answers the message. */
    private static String assertFails(org.junit.jupiter.api.function.Executable assertion, String phrase) {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, assertion);
        assertTrue(failed.getMessage().contains(phrase), "expected \"" + phrase + "\" in: " + failed.getMessage());
        return failed.getMessage();
    }
}
