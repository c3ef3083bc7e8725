package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class GilTest {

    private static void runBoth(Gil gil, Duration each) throws InterruptedException {
        Thread a = Thread.ofPlatform().name("thread-A").start(() -> gil.run("count A", () -> Work.cpu(each)));
        Thread b = Thread.ofPlatform().name("thread-B").start(() -> gil.run("count B", () -> Work.cpu(each)));
        assertTrue(a.join(Duration.ofSeconds(30)) && b.join(Duration.ofSeconds(30)), "tasks did not finish");
    }

    @Test
    void twoCpuTasksUnderTheGilNeverRunAtTheSameTime() throws InterruptedException {
        Timeline timeline = new Timeline();
        runBoth(Gil.recordingTo(timeline), Duration.ofMillis(100));
        var summary = timeline.summary();
        assertEquals(1, summary.peakConcurrency(), timeline.toText());
        assertEquals(Set.of("thread-A", "thread-B"),
                timeline.spans().stream().map(Span::thread).collect(Collectors.toSet()));
    }

    @Test
    void theGilIsHandedOverAtCheckpointsAfterTheSwitchInterval() throws InterruptedException {
        Timeline timeline = new Timeline();
        runBoth(new Gil(Duration.ofMillis(5), timeline::now, timeline), Duration.ofMillis(100));
        assertTrue(timeline.spans().size() > 2, "expected several turns each, got " + timeline.toText());
        assertEquals(1, timeline.summary().peakConcurrency());
    }

    @Test
    void withoutWaitersACheckpointKeepsTheLock() {
        var ticker = new FakeTicker();
        Timeline timeline = new Timeline(ticker);
        Gil gil = new Gil(Duration.ofMillis(5), ticker, timeline);
        gil.run("solo", () -> {
            ticker.advance(Duration.ofMillis(50));
            Gil.checkpoint();
            assertTrue(gil.isHeldByCurrentThread());
        });
        assertEquals(1, timeline.spans().size());
        assertEquals(Duration.ofMillis(50), timeline.spans().getFirst().duration());
        assertFalse(gil.isHeldByCurrentThread());
    }

    @Test
    void callReturnsTheValueComputedUnderTheLock() {
        Gil gil = new Gil();
        assertEquals(Boolean.TRUE, gil.call("check", gil::isHeldByCurrentThread));
    }

    @Test
    void nestedRunOnTheSameThreadDoesNotDeadlock() {
        Gil gil = new Gil();
        var ran = new boolean[1];
        gil.run(() -> gil.run(() -> ran[0] = true));
        assertTrue(ran[0]);
    }

    @Test
    void waitingForTheGilHonoursInterruption() throws Exception {
        Gil gil = new Gil();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().daemon().start(() -> gil.run(() -> {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        var outcome = new CompletableFuture<String>();
        Thread waiter = Thread.ofPlatform().daemon().start(() -> {
            try {
                gil.run(() -> outcome.complete("ran"));
            } catch (CancellationException e) {
                outcome.complete("cancelled, flag " + Thread.currentThread().isInterrupted());
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!gil.hasQueuedThread(waiter)) {
            assertTrue(System.nanoTime() < deadline, "the waiter never queued for the GIL");
            Thread.yield();
        }
        waiter.interrupt();
        assertEquals("cancelled, flag true", outcome.get(10, TimeUnit.SECONDS));
        release.countDown();
        assertTrue(holder.join(Duration.ofSeconds(10)));
    }
}
