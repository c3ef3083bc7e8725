package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ProbesTest {

    @Test
    void aGateOpensWhenNTasksArriveAtOnce() throws Exception {
        Gate gate = Check.gate(3, Duration.ofSeconds(30));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofPlatform().start(gate::arrive));
        }
        for (Thread t : threads) {
            assertTrue(t.join(Duration.ofSeconds(10)), "the gate let " + t + " through");
        }

        assertTrue(gate.opened());
        assertEquals(3, gate.arrivals());
        assertTrue(gate.arrive(), "a late arrival passes an open gate at once");
    }

    @Test
    void aGateStaysClosedForTasksThatArriveOneAfterAnotherAndWaitsOneTimeoutInAll() {
        Gate gate = Check.gate(2, Duration.ofMillis(100));

        assertFalse(gate.arrive());
        long start = System.nanoTime();
        assertFalse(gate.arrive(), "a gate that gave up lets later tasks pass");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the second task did not wait again");

        assertFalse(gate.opened());
        assertEquals(2, gate.arrivals());
    }

    @Test
    void aGateHonoursInterruption() throws Exception {
        Gate gate = Check.gate(2, Duration.ofSeconds(30));
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger flagKept = new AtomicInteger();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                gate.arrive();
            } catch (CancellationException e) {
                flagKept.set(Thread.currentThread().isInterrupted() ? 1 : 0);
                cancelled.countDown();
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.arrivals() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, gate.arrivals(), "the waiter arrived");
        waiter.interrupt();

        assertTrue(cancelled.await(10, TimeUnit.SECONDS));
        assertEquals(1, flagKept.get());
        assertFalse(gate.opened());
    }

    @Test
    void gateArgumentsAreGuarded() {
        assertEquals("a gate needs n >= 1 tasks to wait for, was 0",
                assertThrows(IllegalArgumentException.class, () -> Check.gate(0, Duration.ofSeconds(1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Check.gate(2, Duration.ZERO));
    }

    @Test
    void highWaterRecordsTheMostTasksInsideAtOnce() throws Exception {
        HighWater probe = Check.highWater();
        CountDownLatch allInside = new CountDownLatch(3);
        CountDownLatch leave = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofPlatform().start(() -> probe.run(() -> {
                allInside.countDown();
                try {
                    leave.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })));
        }
        assertTrue(allInside.await(10, TimeUnit.SECONDS));
        assertEquals(3, probe.current());
        leave.countDown();
        for (Thread t : threads) {
            assertTrue(t.join(Duration.ofSeconds(10)));
        }

        assertEquals(3, probe.peak());
        assertEquals(0, probe.current());
        assertEquals("x", probe.call(() -> "x"));
        assertEquals(3, probe.peak(), "one task after the others does not raise the peak");
    }

    @Test
    void highWaterPairsExitWithEnterEvenWhenTheTaskThrows() {
        HighWater probe = Check.highWater();

        assertThrows(IllegalStateException.class, () -> probe.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(0, probe.current());
        assertEquals(1, probe.peak());
        assertThrows(IllegalStateException.class, probe::exit);
    }

    @Test
    void repeatCountsEachOutcomeMostFrequentFirst() throws Exception {
        AtomicInteger run = new AtomicInteger();
        Outcomes<Integer> outcomes = Check.repeat(10, () -> run.incrementAndGet() % 5 == 0 ? 1999 : 2000);

        assertEquals(10, outcomes.total());
        assertEquals(2, outcomes.count(n -> n != 2000));
        assertEquals(Map.of(2000, 8, 1999, 2), outcomes.asMap());
        assertEquals(List.of(2000, 1999), List.copyOf(outcomes.asMap().keySet()));
        assertEquals("10 runs: 2000 ×8, 1999 ×2", outcomes.toString());
    }

    @Test
    void repeatStopsWhenInterrupted() {
        AtomicInteger runs = new AtomicInteger();
        try {
            assertThrows(CancellationException.class, () -> Check.repeat(100, () -> {
                if (runs.incrementAndGet() == 3) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(3, runs.get());
    }
}
