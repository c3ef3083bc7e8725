package dev.threadlab.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks after a delay, injected where behaviour depends on time (interrupt escalation) so that tests
 * run the tasks by hand instead of waiting. Implementations are thread-safe.
 */
interface Scheduler extends AutoCloseable {

    /** Runs {@code task} once, {@code delayMillis} from now, on a thread of the scheduler; nothing once closed. */
    void schedule(Runnable task, long delayMillis);

    /** Drops the tasks not yet run; none runs afterwards. */
    @Override
    void close();

    /** A scheduler with one daemon thread named {@code threadName}, tasks run one at a time. */
    static Scheduler daemon(String threadName) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        return new Scheduler() {
            @Override
            public void schedule(Runnable task, long delayMillis) {
                try {
                    timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException closed) {
                    // closed: a request that ended after its interpreter was closed schedules nothing
                }
            }

            @Override
            public void close() {
                timer.shutdownNow();
            }
        };
    }
}
