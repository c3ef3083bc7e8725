package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.toolkit.internal.ToolkitOwned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class CellThreadsTest {

    private static final String KERNEL_REAPER = "process reaper (pid 4100)";

    private static Thread named(String name) {
        return Thread.ofPlatform().name(name).unstarted(() -> { });
    }

    @Test
    void theReaperWaitingForTheKernelAloneMeansNoChildToLookFor() {
        assertFalse(CellThreads.mayHaveChildren(List.of(named("main"), named(KERNEL_REAPER),
                named("threadlab-commands")), KERNEL_REAPER));
        assertFalse(CellThreads.mayHaveChildren(List.of(named("main")), KERNEL_REAPER));
    }

    @Test
    void aReaperWaitingForAnotherProcessOrAnIdlePooledOneMeansLooking() {
        assertTrue(CellThreads.mayHaveChildren(List.of(named(KERNEL_REAPER), named("process reaper (pid 4321)")),
                KERNEL_REAPER));
        assertTrue(CellThreads.mayHaveChildren(List.of(named(KERNEL_REAPER), named("process reaper")), KERNEL_REAPER));
    }

    @Test
    void withoutAKernelEveryReaperMeansLooking() {
        assertTrue(CellThreads.mayHaveChildren(List.of(named("process reaper (pid 4100)")), ""));
    }

    /** Threads a test started as a cell's code would (in JShell's snippet group); stopped after each test. */
    private final ThreadGroup snippets = new ThreadGroup(CellMain.GROUP_NAME);
    private final List<Thread> started = new ArrayList<>();
    private final AtomicBoolean release = new AtomicBoolean();
    private final CountDownLatch waiting = new CountDownLatch(1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        release.set(true);
        waiting.countDown();
        for (Thread thread : started) {
            thread.join(Duration.ofSeconds(10));
        }
    }

    /** Cell 1 begins, on a thread of its own: the cell tag it sets must not stay with the test runner's thread. */
    private static void begin(CellThreads cells) throws InterruptedException {
        Thread command = new Thread(() -> cells.begin(1, 1));
        command.start();
        command.join(Duration.ofSeconds(10));
        assertFalse(command.isAlive());
    }

    /** A thread of the cell that runs code (RUNNABLE) until released. */
    private Thread running(String name) throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        Thread thread = new Thread(snippets, () -> {
            up.countDown();
            while (!release.get()) {
                Thread.onSpinWait();
            }
        }, name);
        thread.start();
        started.add(thread);
        assertTrue(up.await(10, TimeUnit.SECONDS));
        return thread;
    }

    /** A thread of the cell that waits (WAITING) until released. */
    private Thread parked(String name) throws InterruptedException {
        Thread thread = new Thread(snippets, () -> {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.start();
        started.add(thread);
        for (int i = 0; i < 1_000 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.WAITING, thread.getState());
        return thread;
    }

    @Test
    void aThreadThatEndsDuringTheGraceIsNotReportedAsStillRunning() throws InterruptedException {
        // the grace of this test lets the thread end, then waits for it: the end is certain, not a race
        Consumer<List<Thread>> endsDuringGrace = threads -> {
            release.set(true);
            CellThreads.awaitEnd(threads, Duration.ofSeconds(10));
        };
        CellThreads cells = new CellThreads(endsDuringGrace);
        begin(cells);
        Thread reader = running("reader-ending");

        String line = cells.leftovers();

        assertFalse(reader.isAlive());
        assertTrue(line == null || !line.contains("reader-ending"), line);
    }

    @Test
    void onlyThreadsRunningCodeAreGivenTheGraceAndThoseThatKeepRunningAreReported() throws InterruptedException {
        List<Thread> graced = new ArrayList<>();
        CellThreads cells = new CellThreads(graced::addAll);
        begin(cells);
        Thread spinner = running("spinner");
        parked("waiter");

        String line = cells.leftovers();

        assertEquals(List.of(spinner), graced, "a waiting thread is not about to end: no grace for it");
        assertNotNull(line);
        assertTrue(line.contains("2 threads (spinner, waiter)"), line);
    }

    @Test
    void theDefaultGraceIsBoundedForAThreadThatNeverEnds() throws InterruptedException {
        CellThreads cells = new CellThreads();
        begin(cells);
        running("forever");

        String line = cells.leftovers(); // returns although the thread runs on: the grace has an end

        assertTrue(line != null && line.contains("forever"), line);
    }

    @Test
    void anInterruptEndsTheGraceAndIsKeptForTheCaller() throws InterruptedException {
        Thread spins = running("spins");
        Thread.currentThread().interrupt();
        CellThreads.awaitEnd(List.of(spins), Duration.ofSeconds(30));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }

    @Test
    void threadsTheToolkitOrTheJdksHttpClientRunForThemselvesAreNotTheLearners() throws Exception {
        assertTrue(CellThreads.notTheLearners(named("HttpClient-1-SelectorManager")), "the JDK's selector");
        assertTrue(CellThreads.notTheLearners(named("HttpClient-3-Worker-0")), "the client's default executor");
        Thread server = ToolkitOwned.startingThreads(() -> named("HTTP-Dispatcher"));
        assertTrue(CellThreads.notTheLearners(server), "started while the toolkit started a server");
        Thread reader = named("pool-worker-stderr");
        ToolkitOwned.thread(reader);
        assertTrue(CellThreads.notTheLearners(reader));

        assertFalse(CellThreads.notTheLearners(named("worker-1")), "a learner's thread");
        assertFalse(CellThreads.notTheLearners(named("HttpClient-worker")), "a learner's, named like the JDK's");
    }
}
