package dev.threadlab.toolkit;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * What kind of thread ran a probe's task, as a teacher would name it: the caller's own thread (a task
 * {@code run()} instead of started), the shared common pool (a parallel stream, {@code supplyAsync} without
 * an executor), a pool or executor the answer made, or a thread of its own.
 */
enum ThreadKind {
    /** The thread that called the answer: {@code run()}/{@code call()} instead of a thread or executor. */
    CALLER("the thread that called %s", false),
    /** A worker of {@code ForkJoinPool.commonPool()}: parallel streams, async stages without an executor. */
    COMMON_POOL("the shared ForkJoin common pool", false),
    /**
     * On JDK 21-23 with one or two cores, {@code CompletableFuture}'s stand-in for the common pool: a new
     * thread per stage, started by CompletableFuture itself.
     */
    ASYNC_DEFAULT("the default executor of CompletableFuture (the common pool's stand-in)", false),
    /** A worker of a {@code ForkJoinPool} the answer made ({@code newWorkStealingPool}, {@code new ForkJoinPool}). */
    FORK_JOIN_POOL("a ForkJoinPool", true),
    /** A worker of a {@code ThreadPoolExecutor} ({@code newFixedThreadPool}, {@code newCachedThreadPool}, ...). */
    EXECUTOR_POOL("a thread pool", true),
    /** A thread of a thread-per-task executor ({@code newVirtualThreadPerTaskExecutor}, {@code newThreadPerTaskExecutor}). */
    PER_TASK_EXECUTOR("a thread-per-task executor", true),
    /** A thread the answer started itself ({@code new Thread}, {@code Thread.ofPlatform()}, {@code Thread.ofVirtual()}). */
    OWN_THREAD("a thread of its own", false);

    private final String description;
    private final boolean executor;

    ThreadKind(String description, boolean executor) {
        this.description = description;
        this.executor = executor;
    }

    /** Words for the learner; {@code answer} names the learner's method where the kind needs it. */
    String describe(String answer) {
        return description.formatted(answer);
    }

    /** Whether the thread belongs to an executor the answer created (so closing it is the answer's job). */
    boolean ownExecutor() {
        return executor;
    }

    /**
     * Where the shared kinds ran tasks, for feedback: the common pool's workers ({@code names}, as the learner
     * would read them), or, for {@link #ASYNC_DEFAULT}, what CompletableFuture uses in its place.
     */
    String sharedPlace(String names) {
        return this == ASYNC_DEFAULT
                ? "CompletableFuture's default executor, which on this JDK starts a new thread per task in place of the "
                        + "shared ForkJoin common pool, as the pool has a single worker"
                : "the shared ForkJoin common pool (" + names + ")";
    }

    /** How many workers the common pool has here and why, for feedback: {@code "3 workers on this machine (4 cores − 1)"}. */
    static String commonPoolWorkers() {
        int workers = ForkJoinPool.getCommonPoolParallelism();
        int cores = Runtime.getRuntime().availableProcessors();
        return workers + (workers == 1 ? " worker" : " workers") + " on this machine ("
                + (cores > 1 ? cores + " cores − 1" : "1 core, and never fewer than one worker") + ")";
    }

    /** Whether the thread belongs to the JVM's shared pool rather than to the answer. */
    boolean shared() {
        return this == COMMON_POOL || this == ASYNC_DEFAULT;
    }

    /** The kind of {@code thread}, running with {@code stack} (innermost frame first), for a call made by {@code caller}. */
    static ThreadKind of(Thread thread, StackTraceElement[] stack, Thread caller) {
        if (thread == caller) {
            return CALLER;
        }
        if (thread instanceof ForkJoinWorkerThread worker) {
            return worker.getPool() == ForkJoinPool.commonPool() ? COMMON_POOL : FORK_JOIN_POOL;
        }
        // The outermost frames say what started the thread's work.
        for (int i = stack.length - 1; i >= 0; i--) {
            String type = stack[i].getClassName();
            if (type.equals("java.lang.Thread") || type.equals("java.lang.VirtualThread")
                    || type.startsWith("jdk.internal.")) {
                continue;
            }
            if (type.startsWith("java.util.concurrent.ThreadPoolExecutor")) {
                return EXECUTOR_POOL;
            }
            if (type.startsWith("java.util.concurrent.ThreadPerTaskExecutor")) {
                return PER_TASK_EXECUTOR;
            }
            if (type.startsWith("java.util.concurrent.CompletableFuture$Async")) {
                return ASYNC_DEFAULT;
            }
            return OWN_THREAD;
        }
        return OWN_THREAD;
    }

    /**
     * How the work reached the thread, when the stack shows it: {@code "a parallel stream"},
     * {@code "CompletableFuture.supplyAsync or runAsync"}, {@code "Gatherers.mapConcurrent"}, else empty.
     */
    static String via(StackTraceElement[] stack) {
        boolean parallel = false;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("java.util.stream.Gatherers")) {
                return "Gatherers.mapConcurrent";
            }
            if (type.startsWith("java.util.concurrent.CompletableFuture$Async")) {
                return "CompletableFuture.supplyAsync or runAsync";
            }
            parallel |= type.startsWith("java.util.stream.")
                    && (frame.getMethodName().equals("evaluateParallel") || type.endsWith("Task"));
        }
        return parallel ? PARALLEL_STREAM : "";
    }

    /** What {@link #via} says of a parallel stream's work. */
    static final String PARALLEL_STREAM = "a parallel stream";

    /** What a probe records as the way to a task its caller ran through {@code Thread.run()}: run() instead of start(). */
    static final String THREAD_RUN = "Thread.run()";

    /**
     * Whether a task running on the caller with {@code stack} (innermost frame first) was reached through
     * {@code Thread.run()} (a thread made but run instead of started) rather than called directly. Only
     * the frames above the probe's {@code call} count: below it are the check's own thread's.
     */
    static boolean throughThreadRun(StackTraceElement[] stack) {
        return throughThreadRun(stack, TaskProbe.class);
    }

    /**
     * Whether code on a check's thread with {@code stack} (innermost frame first) runs inside a {@code
     * Thread.run()} that the answer called (run() instead of start()): only the frames above the {@code call}
     * of {@code probe} count, since below it are the check's own thread's.
     */
    static boolean throughThreadRun(StackTraceElement[] stack, Class<?> probe) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.equals(probe.getName()) && frame.getMethodName().equals("call")) {
                return false;
            }
            if (type.equals("java.lang.Thread") && frame.getMethodName().equals("run")) {
                return true;
            }
        }
        return false;
    }
}
