package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The probe's semaphore against the fetchLimited answers learners write: a permit given back only after get()
 * of the task's future is stuck every time and named, one given back in a finally inside the task never is.
 */
final class PermitProbeTest {

    @Test
    void aPermitGivenBackOnlyAfterGetIsStuckEveryTimeAndTheVerdictSaysWhereToRelease() {
        PermitProbe permits = PermitProbe.of("fetchLimited", 3, 8);

        ExecutionException e = assertThrows(ExecutionException.class, () -> releaseAfterGet(8, permits));

        assertInstanceOf(AssertionError.class, e.getCause());
        AssertionError verdict = assertThrows(AssertionError.class, permits::assertNeverStuck);
        assertTrue(verdict.getMessage().startsWith("fetchLimited was stuck: every permit was taken by a task that had "
                + "ended without giving it back"), verdict.getMessage());
        assertTrue(verdict.getMessage().contains("Call release() where the fetch ends, in a finally block"),
                verdict.getMessage());
    }

    @Test
    void aPermitGivenBackInAFinallyInsideTheTaskIsNeverStuck() throws Exception {
        PermitProbe permits = PermitProbe.of("fetchLimited", 3, 8);

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), releaseInTask(8, permits));

        permits.assertNeverStuck();
        assertEquals(3, permits.availablePermits());
    }

    @Test
    void aPermitGivenBackOnlyAfterGetIsStuckOnPoolsOfReusedThreadsToo() {
        // A pool's threads outlive their tasks: idle in the pool (as many threads as tasks), or asking for a permit
        // again for their next task (fewer). Before, the check waited out its time limit on these.
        List<Supplier<ExecutorService>> pools = List.of(() -> Executors.newFixedThreadPool(8),
                () -> Executors.newFixedThreadPool(4), () -> new ForkJoinPool(8));
        for (Supplier<ExecutorService> pool : pools) {
            PermitProbe permits = PermitProbe.of("fetchLimited", 3, 8);

            ExecutionException e = assertThrows(ExecutionException.class, () -> releaseAfterGet(8, permits, pool));

            assertInstanceOf(AssertionError.class, e.getCause());
            AssertionError verdict = assertThrows(AssertionError.class, permits::assertNeverStuck);
            assertTrue(verdict.getMessage().contains("Call release() where the fetch ends"), verdict.getMessage());
        }
    }

    @Test
    void slowTasksOnAPoolAndPermitsTakenByTheCallerAreNotStuck() throws Exception {
        // Every permit held for longer than the probe's patience, by a pool's busy threads or by the caller that
        // took them before submitting: the permits will come back, so no verdict.
        PermitProbe busy = PermitProbe.of("fetchLimited", 3, 3);
        assertEquals(List.of(0, 1, 2, 3), releaseInTask(4, busy, () -> Executors.newFixedThreadPool(3), 1_100));
        busy.assertNeverStuck();

        PermitProbe taken = PermitProbe.of("fetchLimited", 1, 1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int task = i;
                taken.acquire(); // the caller takes the permit, the task gives it back
                futures.add(pool.submit(() -> {
                    try {
                        Thread.sleep(1_100);
                        return task;
                    } finally {
                        taken.release();
                    }
                }));
            }
            for (Future<Integer> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        }
        taken.assertNeverStuck();
    }

    @Test
    void everyWayOfWaitingForAPermitIsJudgedAsAcquireIs() throws Exception {
        // Before, only acquire() waited at the gate: a tryAcquire(timeout) loop releasing after get() passed at 1
        // processor (virtual threads took the permits in url order) and hung until the check's limit at 8.
        for (Map.Entry<String, Ask> way : OTHER_WAYS.entrySet()) {
            PermitProbe late = PermitProbe.of("fetchLimited", 3, 8);
            ExecutionException e = assertThrows(ExecutionException.class, () -> releaseAfterGet(8, late,
                    Executors::newVirtualThreadPerTaskExecutor, way.getValue()), way.getKey());
            assertInstanceOf(AssertionError.class, e.getCause(), way.getKey());
            AssertionError verdict = assertThrows(AssertionError.class, late::assertNeverStuck, way.getKey());
            assertTrue(verdict.getMessage().contains("Call release() where the fetch ends"), verdict.getMessage());

            PermitProbe right = PermitProbe.of("fetchLimited", 3, 8);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), releaseInTask(8, right,
                    Executors::newVirtualThreadPerTaskExecutor, 5, way.getValue()), way.getKey());
            right.assertNeverStuck();
            assertEquals(3, right.availablePermits(), way.getKey());
        }
    }

    @Test
    void aTimedOutTryAcquireGivesUpAndAskingAgainDoesNotCountAsANewTask() throws Exception {
        // Two threads of a pool asking again every 10 ms are two askers, not more: the gate (waiting for 8) opens
        // after its patience, and their tasks finish in order.
        PermitProbe pooled = PermitProbe.of("fetchLimited", 1, 8);
        Ask spin = permits -> {
            while (!permits.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
        };
        assertEquals(List.of(0, 1, 2, 3), releaseInTask(4, pooled, () -> Executors.newFixedThreadPool(2), 5, spin));
        pooled.assertNeverStuck();

        // A permit held by the caller, alive and busy: a timed wait for it ends false at its time, with no verdict.
        PermitProbe held = PermitProbe.of("fetchLimited", 1, 1);
        held.acquire();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> gotIt = pool.submit(() -> held.tryAcquire(100, TimeUnit.MILLISECONDS));
            assertFalse(gotIt.get(30, TimeUnit.SECONDS));
            held.release();
            assertTrue(pool.submit(() -> held.tryAcquire(1, 5, TimeUnit.SECONDS)).get(30, TimeUnit.SECONDS));
        }
        held.assertNeverStuck();
        assertEquals(0, held.availablePermits());
    }

    @Test
    void misuseIsRefusedWithTheRule() {
        assertThrows(IllegalArgumentException.class, () -> PermitProbe.of(" ", 3, 8));
        assertEquals("permits and askers must be >= 1, were 0 and 8", assertThrows(IllegalArgumentException.class,
                () -> PermitProbe.of("fetchLimited", 0, 8)).getMessage());
    }

    /** How an answer asks for its permit. */
    private interface Ask {
        void permit(Semaphore permits) throws InterruptedException;
    }

    private static final Ask ACQUIRE = Semaphore::acquire;

    /** The ways of asking learners write besides acquire(), each of which waits until it has the permit. */
    private static final Map<String, Ask> OTHER_WAYS = Map.of(
            "acquire(1)", permits -> permits.acquire(1),
            "acquireUninterruptibly()", Semaphore::acquireUninterruptibly,
            "tryAcquire(50 ms) in a loop", permits -> {
                while (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            },
            "tryAcquire(1, 20 ms) in a loop", permits -> {
                while (!permits.tryAcquire(1, 20, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            });

    private static List<Integer> releaseAfterGet(int tasks, Semaphore permits) throws Exception {
        return releaseAfterGet(tasks, permits, Executors::newVirtualThreadPerTaskExecutor, ACQUIRE);
    }

    private static List<Integer> releaseAfterGet(int tasks, Semaphore permits, Supplier<ExecutorService> pool)
            throws Exception {
        return releaseAfterGet(tasks, permits, pool, ACQUIRE);
    }

    private static List<Integer> releaseAfterGet(int tasks, Semaphore permits, Supplier<ExecutorService> pool,
            Ask ask) throws Exception {
        try (ExecutorService executor = pool.get()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int task = i;
                futures.add(executor.submit(() -> {
                    ask.permit(permits);
                    return task;
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
                permits.release();
            }
            return results;
        }
    }

    private static List<Integer> releaseInTask(int tasks, Semaphore permits) throws Exception {
        return releaseInTask(tasks, permits, Executors::newVirtualThreadPerTaskExecutor, 0);
    }

    private static List<Integer> releaseInTask(int tasks, Semaphore permits, Supplier<ExecutorService> pool,
            long millis) throws Exception {
        return releaseInTask(tasks, permits, pool, millis, ACQUIRE);
    }

    private static List<Integer> releaseInTask(int tasks, Semaphore permits, Supplier<ExecutorService> pool,
            long millis, Ask ask) throws Exception {
        try (ExecutorService executor = pool.get()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int task = i;
                futures.add(executor.submit(() -> {
                    ask.permit(permits);
                    try {
                        Thread.sleep(millis);
                        return task;
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
