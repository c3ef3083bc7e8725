package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Which threads of an answer the process watch takes for a timer that may yet end the caller's wait (so that
 * a waitFor() without a limit is no mistake while it runs).
 */
final class ProcessWatchTest {

    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

    @Test
    void aScheduledTaskStillDueIsATimer() throws Exception {
        List<Thread> made = new ArrayList<>();
        ThreadFactory keep = r -> {
            Thread t = new Thread(r);
            made.add(t);
            return t;
        };
        try (ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(keep)) {
            watchdog.schedule(() -> { }, 1, TimeUnit.HOURS); // the answer's "kill it at the limit"
            awaitState(made, Thread.State.TIMED_WAITING);

            assertTrue(ProcessWatch.anyTimer(made), "a scheduled task that is due later ends the wait then");
            watchdog.shutdownNow();
        }
    }

    @Test
    void anIdlePoolWorkerWithAKeepAliveIsNoTimer() throws Exception {
        List<Thread> made = new ArrayList<>();
        ThreadFactory keep = r -> {
            Thread t = new Thread(r);
            made.add(t);
            return t;
        };
        try (ExecutorService readers = Executors.newCachedThreadPool(keep)) {
            readers.submit(() -> { }).get(10, TimeUnit.SECONDS); // its worker now waits for work, 60 s at most
            awaitState(made, Thread.State.TIMED_WAITING);

            assertFalse(ProcessWatch.anyTimer(made), "an idle worker waiting for work ends nobody's wait");
            readers.shutdownNow();
        }
    }

    private static void awaitState(List<Thread> threads, Thread.State state) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (threads.isEmpty() || threads.getFirst().getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the thread never reached " + state + ": " + threads);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
