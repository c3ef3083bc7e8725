package dev.threadlab.toolkit;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor a pool thread works for, so that a check can shut down a pool the answer left open, and words
 * for it. A {@code ForkJoinPool}'s worker names its pool ({@link ForkJoinWorkerThread#getPool()}); a
 * {@code ThreadPoolExecutor}'s worker does not, and is found through the thread's task (its {@code Worker}),
 * which needs {@code java.lang} and {@code java.util.concurrent} opened to the toolkit (the engine does,
 * {@code EngineCommand}); without that such a pool cannot be reached and stays open. Stateless.
 */
final class PoolOf {

    /** {@code Thread.holder}, {@code Thread$FieldHolder.task} and {@code ThreadPoolExecutor$Worker}'s pool, or nulls. */
    private static final Field[] WORKER_PATH = workerPath();

    private PoolOf() {
    }

    /**
     * The pool {@code thread} is a worker of ({@code ThreadPoolExecutor} or a {@code ForkJoinPool} other than the
     * common pool), or null: not a pool worker, the common pool, or a pool that cannot be reached.
     */
    static ExecutorService of(Thread thread) {
        if (thread instanceof ForkJoinWorkerThread worker) {
            ForkJoinPool pool = worker.getPool();
            return pool == ForkJoinPool.commonPool() ? null : pool;
        }
        if (WORKER_PATH == null || thread.isVirtual()) {
            return null;
        }
        try {
            Object holder = WORKER_PATH[0].get(thread);
            Object task = holder == null ? null : WORKER_PATH[1].get(holder);
            if (task == null || task.getClass() != WORKER_PATH[2].getDeclaringClass()) {
                return null;
            }
            return (ThreadPoolExecutor) WORKER_PATH[2].get(task);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the JDK changed: the pool stays open
        }
    }

    /**
     * Ends {@code pool}'s threads, dropping the tasks still queued: a {@code ThreadPoolExecutor} stays open, its
     * idle threads end at once and the others when their task returns (new tasks get new threads: the answer
     * may keep the pool for later calls, in a static field made on the first); a {@code ForkJoinPool}, which has
     * no such setting, is shut down ({@code shutdownNow}). Busy threads are not interrupted here.
     */
    static void endThreads(ExecutorService pool) {
        if (pool instanceof ThreadPoolExecutor tpe) {
            tpe.getQueue().clear();
            tpe.setKeepAliveTime(1, TimeUnit.MILLISECONDS); // wakes the idle threads, which then time out
            tpe.allowCoreThreadTimeOut(true);
        } else {
            pool.shutdownNow();
        }
    }

    /** A teacher's words for {@code pool}: "a fixed pool of 2 threads (Executors.newFixedThreadPool(2))". */
    static String describe(ExecutorService pool) {
        if (pool instanceof ScheduledThreadPoolExecutor scheduled) {
            return "a scheduled pool of " + threads(scheduled.getCorePoolSize())
                    + " (Executors.newScheduledThreadPool)";
        }
        if (pool instanceof ThreadPoolExecutor tpe) {
            int core = tpe.getCorePoolSize();
            if (core == 0 && tpe.getMaximumPoolSize() == Integer.MAX_VALUE) {
                return "a cached pool (Executors.newCachedThreadPool())";
            }
            if (core == 1 && tpe.getMaximumPoolSize() == 1) {
                return "a single-thread executor (Executors.newSingleThreadExecutor())";
            }
            return core == tpe.getMaximumPoolSize()
                    ? "a fixed pool of " + threads(core) + " (Executors.newFixedThreadPool(" + core + "))"
                    : "a thread pool of " + core + " to " + threads(tpe.getMaximumPoolSize());
        }
        if (pool instanceof ForkJoinPool fjp) {
            return "a ForkJoinPool of " + threads(fjp.getParallelism())
                    + " (Executors.newWorkStealingPool or new ForkJoinPool)";
        }
        return "a thread-per-task executor (such as Executors.newVirtualThreadPerTaskExecutor())";
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    private static Field[] workerPath() {
        try {
            Field holder = Thread.class.getDeclaredField("holder");
            holder.setAccessible(true);
            Field task = holder.getType().getDeclaredField("task");
            task.setAccessible(true);
            Class<?> worker = Class.forName("java.util.concurrent.ThreadPoolExecutor$Worker");
            Field pool = Arrays.stream(worker.getDeclaredFields())
                    .filter(f -> f.getType() == ThreadPoolExecutor.class).findFirst()
                    .orElseThrow(() -> new NoSuchFieldException("ThreadPoolExecutor$Worker's pool"));
            pool.setAccessible(true);
            return new Field[] {holder, task, pool};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not opened to us (a plain JVM), or another JDK: ThreadPoolExecutors cannot be reached
        }
    }
}
