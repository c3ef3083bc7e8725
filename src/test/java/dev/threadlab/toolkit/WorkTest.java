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
import java.util.function.LongSupplier;
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
        var outcome = interruptedOutcome(() -> Work.io(Duration.ofSeconds(30)));
        assertEquals("cancelled, flag true", outcome.get(10, TimeUnit.SECONDS));
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
    void cpuForADurationStopsAtTheFirstCheckAfterTheCpuClockMovedThatMuch() {
        // A CPU clock that moves 1 ms at every reading: one reading at the start, one before each chunk.
        long[] readings = {0};
        LongSupplier clock = () -> readings[0]++ * 1_000_000L;
        long checksum = Work.cpu(Duration.ofMillis(200), clock);
        assertEquals(201, readings[0], "the clock read at the start and before each of 200 chunk checks");
        assertEquals(Work.cpu(199L * Work.CHUNK), checksum, "199 chunks of the loop ran, no more, no fewer");
    }

    @Test
    void negativeDurationsAreRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Work.io(Duration.ofMillis(-1)));
        assertEquals("duration must be >= 0, was PT-0.001S", e.getMessage());
    }
}
