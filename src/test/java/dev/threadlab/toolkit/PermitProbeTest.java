package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
    void misuseIsRefusedWithTheRule() {
        assertThrows(IllegalArgumentException.class, () -> PermitProbe.of(" ", 3, 8));
        assertEquals("permits and askers must be >= 1, were 0 and 8", assertThrows(IllegalArgumentException.class,
                () -> PermitProbe.of("fetchLimited", 0, 8)).getMessage());
    }

    private static List<Integer> releaseAfterGet(int tasks, Semaphore permits) throws Exception {
        return releaseAfterGet(tasks, permits, Executors::newVirtualThreadPerTaskExecutor);
    }

    private static List<Integer> releaseAfterGet(int tasks, Semaphore permits, Supplier<ExecutorService> pool)
            throws Exception {
        try (ExecutorService executor = pool.get()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int task = i;
                futures.add(executor.submit(() -> {
                    permits.acquire();
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
        try (ExecutorService executor = pool.get()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int task = i;
                futures.add(executor.submit(() -> {
                    permits.acquire();
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
