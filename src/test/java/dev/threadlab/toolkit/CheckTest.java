package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.display.RecordingSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class CheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RecordingSink sink = new RecordingSink();
    /** Released at the end of each test, so a thread a test left waiting ends. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseWaitingThreads() {
        release.countDown();
    }

    @Test
    void allRequirementsHoldingEarnEveryPointAndShowOneTableThenTheScore() throws Exception {
        Score score = Check.cell("t-pass", c -> {
            c.that(1, "one plus one", () -> Assertions.assertEquals(2, 1 + 1));
            c.that(2.5, "a list has its element", () -> Assertions.assertTrue(List.of(1).contains(1)));
        });

        assertEquals(3.5, score.points());
        assertEquals(3.5, score.max());
        assertEquals("3.5", score.mimeBundle().data().get("text/plain"), "nbgrader reads the number alone");
        assertTrue(score.mimeBundle().data().get("text/html").contains("✓ 3.5 of 3.5 points"));
        assertEquals(1, sink.calls().size());
        MimeBundle bundle = sink.calls().getFirst().bundle();
        assertEquals(List.of("text/plain", "text/html", "application/vnd.threadlab.check+json"),
                List.copyOf(bundle.data().keySet()));
        JsonNode json = JSON.readTree(bundle.data().get("application/vnd.threadlab.check+json"));
        assertEquals("t-pass", json.get("id").textValue());
        assertEquals(3.5, json.get("points").doubleValue());
        assertEquals(3.5, json.get("max").doubleValue());
        assertTrue(json.get("passed").booleanValue());
        assertEquals("passed", json.get("checks").get(1).get("status").textValue());
        assertEquals("a list has its element", json.get("checks").get(1).get("name").textValue());
        assertTrue(bundle.data().get("text/plain").contains("✓ t-pass: 3.5 of 3.5 points"),
                bundle.data().get("text/plain"));
        assertFalse(bundle.data().get("text/html").contains("3.5 of 3.5"), "the score line follows the table");
        assertTrue(bundle.data().get("text/html").startsWith("<div class=\"tex2jax_ignore\""),
                "MathJax leaves the table alone: feedback names nested classes such as Bank$Account");
    }

    @Test
    void aFailedRequirementCostsOnlyItsPointsAndKeepsTheAuthorsMessageInTheTable() throws Exception {
        Score score = Check.cell("t-partial", c -> {
            c.that(1, "passes", () -> { });
            c.that(2, "counts every task", () -> Assertions.assertEquals(3, 2, "runAll must wait for every task"));
        });

        assertEquals(1, score.points());
        assertEquals(3, score.max());
        assertEquals("1", score.toString());
        assertTrue(score.mimeBundle().data().get("text/html").contains("1 of 3 points"));
        JsonNode json = checkJson();
        assertFalse(json.get("passed").booleanValue());
        assertEquals(1, json.get("points").intValue());
        assertEquals("failed", json.get("checks").get(1).get("status").textValue());
        assertEquals(0, json.get("checks").get(1).get("points").intValue());
        assertEquals("runAll must wait for every task. Expected 3, got 2.",
                json.get("checks").get(1).get("message").textValue());
        assertTrue(sink.calls().getFirst().bundle().data().get("text/html").contains("✗"));
    }

    @Test
    void earningNothingEndsInOneCheckFailedLinePointingAtTheTable() throws Exception {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-none", c -> {
            c.that(2, "fails", () -> Assertions.fail("not yet"));
            c.that(1, "fails too", () -> Assertions.fail("nor this"));
        }));

        assertEquals("0 of 3 points: see the ✗ rows above for what the check saw and what to change.",
                failed.getMessage());
        assertEquals("not yet", checkJson().get("checks").get(0).get("message").textValue());
    }

    @Test
    void aStubThatIsNotWrittenYetIsReportedAsTheLearnersExceptionWithItsMessage() throws Exception {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-stub", c ->
                c.that(1, "runs every task", () -> runAll())));

        assertEquals("0 of 1 points: the answer is not written yet (see the ✗ rows above).", failed.getMessage());
        assertEquals("Your code threw UnsupportedOperationException: Not written yet: start one thread per task "
                + "(in CheckTest.runAll).", checkJson().get("checks").get(0).get("message").textValue());
    }

    private static void runAll() {
        throw new UnsupportedOperationException("Not written yet: start one thread per task");
    }

    @Test
    void changingAListMadeByListOfIsExplainedNotMistakenForAStub() throws Exception {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-immutable", c ->
                c.that(1, "gives the longest", () -> Collections.sort(List.of(3, 1)))));

        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertTrue(message.startsWith("Your code threw UnsupportedOperationException (in "), message);
        assertTrue(message.endsWith("). A list made by List.of (like the ones the check hands over) cannot be changed:"
                + " add, remove, set and sort all throw this. Work on a copy, new ArrayList<>(list), or leave the list as"
                + " it is."), message);
        assertFalse(failed.getMessage().contains("not written yet"), failed.getMessage());
    }

    @Test
    void theReportGoesToTheCheckChannelToo() {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> received.add(id + " " + json));
        try {
            Check.cell("t-channel", c -> c.that(1, "holds", () -> { }));
        } finally {
            dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> { });
        }

        assertEquals(1, received.size());
        assertTrue(received.getFirst().startsWith("t-channel {\"id\":\"t-channel\",\"points\":1,\"max\":1,"),
                received.getFirst());
    }

    @Test
    void aCheckTheKernelRefusedRunsNoRequirementEarnsNothingAndReportsWhy() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        String why = "Not checked: your latest gather did not compile (In [5], line 3): ';' expected.";
        dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> received.add(json));
        dev.threadlab.toolkit.internal.CheckChannel.refuse(why);
        CheckFailed failed;
        try {
            failed = assertThrows(CheckFailed.class, () -> Check.cell("t-refused", c -> {
                c.that(2, "gathers", () -> ran.add("first"));
                c.that(3, "in order", () -> ran.add("second"));
            }));
        } finally {
            dev.threadlab.toolkit.internal.CheckChannel.refuse(null);
            dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> { });
        }

        assertEquals(List.of(), ran, "the older answer is not run");
        assertEquals("0 of 5 points. " + why, failed.getMessage());
        JsonNode json = checkJson();
        assertEquals(0, json.get("points").intValue());
        assertEquals(5, json.get("max").intValue(), "the table keeps every requirement and its points");
        assertEquals(why, json.get("checks").get(0).get("message").textValue());
        assertEquals("failed", json.get("checks").get(1).get("status").textValue());
        assertEquals(1, received.size(), "progress records the failure");
        assertTrue(received.getFirst().contains("\"passed\":false"), received.getFirst());
    }

    @Test
    void codeThatCannotRunUntilANameIsDeclaredFailsWithTheKernelsWordsNotJShellsException() throws Exception {
        String why = "gather (In [2], line 1) was created, but cannot be used until variable excutor is declared.";
        dev.threadlab.toolkit.internal.CheckChannel.explainUnresolved(java.util.Map.of("7", why));
        try {
            assertThrows(CheckFailed.class, () -> Check.cell("t-unresolved", c -> {
                c.that(1, "gathers", () -> {
                    throw new jdk.jshell.spi.SPIResolutionException(7);
                });
                c.that(1, "a method the kernel did not name", () -> {
                    throw new java.util.concurrent.CompletionException(new jdk.jshell.spi.SPIResolutionException(9));
                });
            }));
        } finally {
            dev.threadlab.toolkit.internal.CheckChannel.explainUnresolved(java.util.Map.of());
        }

        JsonNode checks = checkJson().get("checks");
        assertEquals(why, checks.get(0).get("message").textValue());
        String plain = checks.get(1).get("message").textValue();
        assertTrue(plain.contains("cannot run yet: it uses a name that is not declared"), plain);
        assertFalse(plain.contains("SPIResolutionException"), plain);
    }

    @Test
    void aHangTimesOutNamingTheStuckThreadAndWhereItWaitsThenInterruptsIt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-hang", c -> {
            c.timeout(Duration.ofMillis(200));
            c.that(1, "finishes", () -> waitForever(interrupted));
        }));

        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertTrue(message.startsWith("Did not finish within 200 ms. Stuck: \"check 1\" "
                + "TIMED_WAITING in CountDownLatch.await, called from CheckTest.waitForever"), message);
        assertTrue(failed.getMessage().startsWith("0 of 1 points"), failed.getMessage());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the stuck thread was interrupted");
        assertEquals("timed_out", checkJson().get("checks").get(0).get("status").textValue());
    }

    @Test
    void aHangNamesTheVirtualThreadsItLeftWaitingAndWhere() throws Exception {
        Semaphore neverReleased = new Semaphore(0);
        List<Thread> waiting = new ArrayList<>();
        assertThrows(CheckFailed.class, () -> Check.cell("t-hang-virtual", c -> {
            c.timeout(Duration.ofMillis(300));
            c.that(1, "finishes", () -> {
                for (int i = 0; i < 3; i++) {
                    waiting.add(Thread.ofVirtual().start(() -> acquireOne(neverReleased)));
                }
                for (Thread t : waiting) {
                    t.join();
                }
            });
        }));

        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertTrue(message.contains("; 3 virtual threads WAITING in Semaphore.acquireUninterruptibly, called from CheckTest.acquireOne"),
                message);
        neverReleased.release(3);
        for (Thread t : waiting) {
            assertTrue(t.join(Duration.ofSeconds(10)));
        }
    }

    private static void acquireOne(Semaphore semaphore) {
        semaphore.acquireUninterruptibly();
    }

    private void waitForever(CountDownLatch interrupted) throws InterruptedException {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }

    @Test
    void threadsTheCheckStartedAndLeftWaitingAreNamedAndInterrupted() throws Exception {
        CountDownLatch workerInterrupted = new CountDownLatch(1);
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-worker", c -> {
            c.timeout(Duration.ofMillis(300));
            c.that(1, "joins its worker", () -> {
                Thread worker = Thread.ofPlatform().name("worker-7").start(() -> {
                    try {
                        waitForever(workerInterrupted);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                worker.join();
            });
        }));

        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertTrue(message.contains("\"check 1\" WAITING in Thread.join"), message);
        assertTrue(message.contains("\"worker-7\" TIMED_WAITING in CountDownLatch.await, called from "
                + "CheckTest.waitForever"), message);
        assertTrue(failed.getMessage().startsWith("0 of 1 points"), failed.getMessage());
        assertTrue(workerInterrupted.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aDeadlockInTheCheckIsExplainedInTheTimeout() throws Exception {
        assertThrows(CheckFailed.class, () -> Check.cell("t-deadlock", c -> {
            c.timeout(Duration.ofMillis(500));
            c.that(1, "transfers both ways", () -> {
                ReentrantLock a = new ReentrantLock();
                ReentrantLock b = new ReentrantLock();
                CountDownLatch bothHoldOne = new CountDownLatch(2);
                Thread one = Thread.ofPlatform().name("one").start(() -> lockBoth(a, b, bothHoldOne));
                Thread two = Thread.ofPlatform().name("two").start(() -> lockBoth(b, a, bothHoldOne));
                one.join();
                two.join();
            });
        }));

        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertTrue(message.contains("Deadlock: "), message);
        assertTrue(message.contains("\"one\" WAITING in ReentrantLock.lockInterruptibly, called from "
                + "CheckTest.lockBoth"), message);
    }

    /** Takes {@code first}, waits until the other thread took its first lock too, then takes {@code second}. */
    private static void lockBoth(ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne) {
        try {
            first.lockInterruptibly();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await(30, TimeUnit.SECONDS);
                second.lockInterruptibly();
                second.unlock();
            } finally {
                first.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void checkIdsAreGuarded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.cell("l01 run all", c -> c.that(1, "x", () -> { })));

        assertEquals("a check id may hold only letters, digits, - and _ (like l01-run-all-check), was \"l01 run all\"",
                e.getMessage());
        assertEquals(List.of(), sink.calls());
    }

    @Test
    void theBodyThrowingOutsideAnyRequirementIsAFailureOfItsOwn() throws Exception {
        assertThrows(CheckFailed.class, () -> Check.cell("t-body", c -> {
            c.that(1, "fails", () -> Assertions.fail("no"));
            throw new IllegalStateException("set-up broke");
        }));

        JsonNode last = checkJson().get("checks").get(1);
        assertEquals("the check cell's own code", last.get("name").textValue());
        assertEquals("It threw IllegalStateException: set-up broke (in a lambda in "
                + "CheckTest.theBodyThrowingOutsideAnyRequirementIsAFailureOfItsOwn); the checks after it did not run.",
                last.get("message").textValue());
    }

    @Test
    void theTextTableCutsLongMessagesAndGivesTheWholeFeedbackBelow() {
        String longMessage = "x".repeat(100);
        assertThrows(CheckFailed.class, () -> Check.cell("t-long", c ->
                c.that(1, "long", () -> Assertions.fail(longMessage))));

        String text = sink.calls().getFirst().bundle().data().get("text/plain");
        assertTrue(text.contains("│ " + "x".repeat(59) + "… │"), text);
        assertTrue(text.endsWith("\nlong: " + longMessage), text);
    }

    @Test
    void aCellWithoutChecksIsNoPass() throws Exception {
        CheckFailed failed = assertThrows(CheckFailed.class, () -> Check.cell("t-empty", c -> { }));

        assertEquals("No checks ran: the check cell declared no requirement.", failed.getMessage());
        assertFalse(checkJson().get("passed").booleanValue());
    }

    @Test
    void anInterruptedCellStopsTheCheckAndIsNeverAPass() throws Exception {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Check.cell("t-int", c -> c.that(1, "x", () -> { })));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept");
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), sink.calls());
    }

    @Test
    void aCellInterruptedWhileACheckRunsInterruptsTheCheck() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch checkInterrupted = new CountDownLatch(1);
        Thread cell = Thread.ofPlatform().start(() -> {
            try {
                Check.cell("t-int2", c -> c.that(1, "waits", () -> {
                    started.countDown();
                    waitForever(checkInterrupted);
                }));
            } catch (CancellationException e) {
                // expected: checked below through the latch
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        cell.interrupt();
        assertTrue(checkInterrupted.await(10, TimeUnit.SECONDS));
        assertTrue(cell.join(Duration.ofSeconds(10)));
        String message = checkJson().get("checks").get(0).get("message").textValue();
        assertEquals("Interrupted while CheckTest.waitForever was running: this requirement and the ones after it were"
                + " not checked.", message);
    }

    @Test
    void jshellsStopOfBusyCodeIsAnInterruptNotTheAnswersExceptionAndLaterRequirementsDoNotRun() throws Exception {
        List<String> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> published.add(json));
        try {
            // JShell's stop throws ThreadDeath in busy cell code at once; the cell's own interrupt may come later.
            assertThrows(CancellationException.class, () -> Check.cell("t-stopped", c -> {
                c.that(1, "passes first", () -> ran.add("first"));
                c.that(2, "reads every sensor", () -> readAllStopped());
                c.that(2, "leaves nothing running", () -> ran.add("third"));
            }));
        } finally {
            dev.threadlab.toolkit.internal.CheckChannel.install((id, json) -> { });
            Thread.interrupted();
        }

        assertEquals(List.of("first"), ran, "nothing runs after the interrupt");
        assertEquals(List.of(), published, "an interrupted check is no result for progress");
        JsonNode checks = checkJson().get("checks");
        assertEquals("passed", checks.get(0).get("status").textValue(), "what finished keeps its verdict");
        assertEquals("Interrupted while CheckTest.readAllStopped was running: this requirement and the ones after it"
                + " were not checked.", checks.get(1).get("message").textValue());
        assertEquals("Not checked: the cell was interrupted.", checks.get(2).get("message").textValue());
        assertEquals(0, checks.get(2).get("points").intValue());
    }

    @SuppressWarnings("removal")
    private static void readAllStopped() {
        throw new ThreadDeath(); // as JShell's stop check does in a loop of the cell's code
    }

    @Test
    void aPoolTheAnswerMadeAndLeftOpenIsShutDownAndNamedOnceWithoutCostingPoints() throws Exception {
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        Score score = Check.cell("t-pool-left-open", c -> {
            c.that(1, "sums on a pool", () -> Assertions.assertEquals(3, sumOnAPoolLeftOpen(workers)));
            c.that(1, "sums on a pool again", () -> Assertions.assertEquals(3, sumOnAPoolLeftOpen(workers)));
        });

        assertEquals(2, score.points(), "leaving the pool open is no requirement here: no point lost");
        assertEquals(4, workers.stream().distinct().count(), "two pools of two threads each");
        for (Thread worker : workers) {
            assertTrue(worker.join(Duration.ofSeconds(10)), worker + " still runs after the check: the pool stayed open");
        }
        String text = sink.calls().getLast().bundle().data().get("text/plain");
        assertTrue(text.contains("⚠ Your answer left 2 executors open (a fixed pool of 2 threads "
                + "(Executors.newFixedThreadPool(2)) each); the check ended their threads."), text);
        assertEquals(text.indexOf("left 2 executors"), text.lastIndexOf("left 2 executors"), "said once: " + text);
        assertTrue(sink.calls().getLast().bundle().data().get("text/html").contains("the check ended their threads"));
    }

    /** What a learner writes: a pool of their own, its tasks' results, and no close. */
    private static int sumOnAPoolLeftOpen(List<Thread> workers) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        var one = pool.submit(() -> { workers.add(Thread.currentThread()); both.await(10, TimeUnit.SECONDS); return 1; });
        var two = pool.submit(() -> { workers.add(Thread.currentThread()); both.await(10, TimeUnit.SECONDS); return 2; });
        return one.get() + two.get();
    }

    /** A pool the answer makes on its first call and keeps for the next ones, as a static field would. */
    private static java.util.concurrent.ExecutorService kept;

    private static int onAKeptPool() throws Exception {
        if (kept == null) {
            kept = java.util.concurrent.Executors.newFixedThreadPool(1);
        }
        return kept.submit(() -> 1).get();
    }

    @Test
    void aPoolTheAnswerKeepsForLaterCallsLosesItsThreadsButStillWorks() throws Exception {
        kept = null;
        try {
            Score score = Check.cell("t-pool-kept", c -> {
                c.that(1, "first call", () -> Assertions.assertEquals(1, onAKeptPool()));
                c.that(1, "second call", () -> Assertions.assertEquals(1, onAKeptPool()));
            });

            assertEquals(2, score.points(), "the second call found the pool working");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (((java.util.concurrent.ThreadPoolExecutor) kept).getPoolSize() > 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(0, ((java.util.concurrent.ThreadPoolExecutor) kept).getPoolSize(), "its thread ended");
            assertFalse(kept.isShutdown());
        } finally {
            kept.shutdownNow();
        }
    }

    @Test
    void aPoolMadeBeforeTheCheckIsTheLearnersAndStaysOpen() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(1);
        try {
            Check.cell("t-pool-of-before", c -> c.that(1, "uses a pool made before", () ->
                    Assertions.assertEquals(1, pool.submit(() -> 1).get())));

            assertFalse(pool.isShutdown(), "a pool the check did not see made is not the check's to close");
            assertEquals(2, pool.submit(() -> 2).get(10, TimeUnit.SECONDS));
            assertFalse(sink.calls().getLast().bundle().data().get("text/plain").contains("⚠"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void threadsTheAnswerLeftBlockedAreNamedOnceWithWhatToDo() throws Exception {
        Object lock = new Object();
        List<Thread> started = new ArrayList<>();
        Check.cell("t-blocked", c -> c.that(1, "starts two threads", () -> {
            CountDownLatch holding = new CountDownLatch(1);
            started.add(Thread.ofPlatform().name("holder").start(() -> holdIgnoringInterrupts(lock, holding)));
            holding.await(10, TimeUnit.SECONDS);
            started.add(Thread.ofPlatform().name("waiter").start(() -> enter(lock)));
            while (started.get(1).getState() != Thread.State.BLOCKED) {
                Thread.onSpinWait();
            }
        }));

        String text = sink.calls().getLast().bundle().data().get("text/plain");
        assertTrue(text.contains("⚠ 2 threads your answer's code runs on are still blocked, and the check could not end "
                + "them: holder WAITING in CountDownLatch.await"), text);
        assertTrue(text.contains("; waiter waits for Object@"), text);
        assertTrue(text.contains(", held by holder. They stay"), text);
        assertTrue(text.contains("They stay until you run %reset"), text);
        release.countDown();
        for (Thread thread : started) {
            assertTrue(thread.join(Duration.ofSeconds(10)));
        }
    }

    /** Holds {@code lock} until the test releases it, whatever interrupts it meanwhile. */
    private void holdIgnoringInterrupts(Object lock, CountDownLatch holding) {
        synchronized (lock) {
            holding.countDown();
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException e) {
                    // what a stubborn answer does: the check's interrupt cannot end this thread
                }
            }
        }
    }

    private static void enter(Object lock) {
        synchronized (lock) {
            lock.hashCode();
        }
    }

    private JsonNode checkJson() throws Exception {
        return JSON.readTree(sink.calls().getLast().bundle().data().get("application/vnd.threadlab.check+json"));
    }
}
