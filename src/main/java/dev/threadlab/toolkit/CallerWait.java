package dev.threadlab.toolkit;

import java.util.concurrent.ExecutorService;

/**
 * What the thread that called an answer was waiting in when a probe looked at it, read from its stack:
 * the difference between waiting for the tasks ({@code join}, {@code get}, {@code close}) and guessing
 * with {@code Thread.sleep}.
 */
enum CallerWait {
    /** {@code Thread.sleep}, {@code TimeUnit.sleep} or {@code Work.io}: a guess, not a wait for the tasks. */
    SLEEP,
    /** {@code Thread.join}. */
    JOIN,
    /** {@code Future.get}, {@code CompletableFuture.join}/{@code get}, {@code ForkJoinTask.join}. */
    FUTURE,
    /**
     * {@code close} or {@code awaitTermination} of an executor ({@code ExecutorService}, {@code ForkJoinPool}),
     * or {@code close} of a {@code StructuredTaskScope}: what the tasks ran in. Closing anything else (a stream,
     * a socket) waits for something other than the tasks.
     */
    CLOSE,
    /** {@code invokeAll}/{@code invokeAny}. */
    INVOKE_ALL,
    /** Any other blocking wait: a latch, a lock, a queue, a monitor. */
    OTHER;

    /** The wait of a blocked thread with {@code stack} (innermost frame first). */
    static CallerWait of(StackTraceElement[] stack) {
        CallerWait found = OTHER;
        for (StackTraceElement frame : stack) {
            if (StackText.isUserFrame(frame)) {
                break;
            }
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if ((type.equals("java.lang.Thread") || type.equals("java.lang.VirtualThread")) && method.startsWith("sleep")
                    || type.equals("java.util.concurrent.TimeUnit") && method.equals("sleep")
                    || type.equals("dev.threadlab.toolkit.Work") && method.equals("io")) {
                return SLEEP;
            }
            if (type.equals("java.lang.Thread") && method.equals("join")) {
                found = JOIN;
            } else if (method.startsWith("invokeA")) {
                found = INVOKE_ALL;
            } else if ((method.equals("close") || method.equals("awaitTermination")) && runsTasks(type)) {
                found = found == INVOKE_ALL ? found : CLOSE;
            } else if (found == OTHER && (type.startsWith("java.util.concurrent.FutureTask")
                    || type.startsWith("java.util.concurrent.CompletableFuture")
                    || type.startsWith("java.util.concurrent.ForkJoinTask")
                    || type.startsWith("java.util.concurrent.ThreadPerTaskExecutor$ThreadBoundFuture"))) {
                found = FUTURE;
            }
        }
        return found;
    }

    /** Whether {@code type}, a JDK class, is one that tasks run in: an executor or a structured task scope. */
    private static boolean runsTasks(String type) {
        if (type.startsWith("java.util.concurrent.StructuredTaskScope")) {
            return true;
        }
        try {
            return ExecutorService.class.isAssignableFrom(Class.forName(type, false, ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // not a JDK class: no executor of the JDK's
        }
    }

    /** Whether {@code stack} runs inside a stream pipeline (a lazy stream pulls one element at a time). */
    static boolean inStream(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("dev.threadlab.toolkit.TaskProbe")
                    || frame.getClassName().equals("dev.threadlab.toolkit.HttpProbe")) {
                return false; // below this are the check's own frames
            }
            if (frame.getClassName().startsWith("java.util.stream.")) {
                return true;
            }
        }
        return false;
    }

    /** The learner's code that waited: the innermost user frame, for "in runAll". */
    static String where(StackTraceElement[] stack) {
        StackTraceElement frame = StackText.firstUserFrame(stack);
        return frame == null ? "" : StackText.frame(frame);
    }
}
