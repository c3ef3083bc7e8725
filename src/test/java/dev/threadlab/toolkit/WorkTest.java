package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class WorkTest {

    /** Runs {@code work} on a new thread, interrupts it once started, and reports what it threw and its flag. */
    private static CompletableFuture<String> interruptedOutcome(Runnable work) throws InterruptedException {
        var outcome = new CompletableFuture<String>();
        var started = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().daemon().start(() -> {
            started.countDown();
            try {
                work.run();
                outcome.complete("finished");
            } catch (CancellationException e) {
                outcome.complete("cancelled, flag " + Thread.currentThread().isInterrupted());
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        worker.interrupt();
        return outcome;
    }

    @Test
    void ioStopsPromptlyWhenInterruptedAndKeepsTheInterruptFlag() throws Exception {
        long start = System.nanoTime();
        var outcome = interruptedOutcome(() -> Work.io(Duration.ofSeconds(30)));
        assertEquals("cancelled, flag true", outcome.get(10, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void cpuStopsPromptlyWhenInterruptedAndKeepsTheInterruptFlag() throws Exception {
        var outcome = interruptedOutcome(() -> Work.cpu(Long.MAX_VALUE));
        assertEquals("cancelled, flag true", outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void cpuOnAnAlreadyInterruptedThreadStopsAtTheFirstCheck() {
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(CancellationException.class, () -> Work.cpu(10L * Work.CHUNK));
            assertTrue(e.getMessage().contains("because its thread was interrupted"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void cpuWithAnIterationCountGivesTheSameChecksumEveryTime() {
        assertEquals(Work.cpu(123_456L), Work.cpu(123_456L));
        assertNotEquals(Work.cpu(123_456L), Work.cpu(123_457L));
    }

    @Test
    void cpuForADurationUsesAboutThatMuchCpuOfTheCallingThread() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        Work.cpu(Duration.ofMillis(200));
        double usedMs = (threads.getCurrentThreadCpuTime() - before) / 1e6;
        // Work.cpu stops once the thread's CPU clock has moved 200 ms, give or take one chunk of the loop.
        assertTrue(usedMs >= 199 && usedMs < 260, "used " + usedMs + " ms of CPU for 200 ms of work");
    }

    @Test
    void negativeDurationsAreRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Work.io(Duration.ofMillis(-1)));
        assertEquals("duration must be >= 0, was PT-0.001S", e.getMessage());
    }
}
