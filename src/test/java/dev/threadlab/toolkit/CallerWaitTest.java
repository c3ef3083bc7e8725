package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a caller's stack says it waited in: closing the executor or scope the tasks ran in is a wait for them;
 * closing anything else is not.
 */
final class CallerWaitTest {

    private static StackTraceElement[] stack(String... frames) {
        return Stream.of(frames).map(f -> {
            int dot = f.lastIndexOf('.');
            return new StackTraceElement(f.substring(0, dot), f.substring(dot + 1), null, -1);
        }).toArray(StackTraceElement[]::new);
    }

    @Test
    void closingAnExecutorOrAForkJoinPoolIsWaitingForItsTasks() {
        assertEquals(CallerWait.CLOSE, CallerWait.of(stack("java.util.concurrent.locks.LockSupport.park",
                "java.util.concurrent.ThreadPerTaskExecutor.awaitTermination",
                "java.util.concurrent.ThreadPerTaskExecutor.close", "REPL.$JShell$12.runAll")));
        assertEquals(CallerWait.CLOSE, CallerWait.of(stack("java.util.concurrent.locks.LockSupport.park",
                "java.util.concurrent.ThreadPoolExecutor.awaitTermination", "java.util.concurrent.ExecutorService.close",
                "REPL.$JShell$12.runAll")));
        assertEquals(CallerWait.CLOSE, CallerWait.of(stack("java.util.concurrent.ForkJoinPool.awaitTermination",
                "java.util.concurrent.ForkJoinPool.close", "REPL.$JShell$12.sum")));
    }

    @Test
    void closingSomethingThatRunsNoTasksIsNotWaitingForThem() {
        assertEquals(CallerWait.OTHER, CallerWait.of(stack("java.lang.Object.wait0", "java.lang.Object.wait",
                "java.io.PipedInputStream.close", "REPL.$JShell$12.runAll")));
        assertEquals(CallerWait.OTHER, CallerWait.of(stack("sun.nio.ch.NioSocketImpl.close",
                "java.net.Socket.close", "REPL.$JShell$12.cookBoth")));
        assertEquals(CallerWait.OTHER, CallerWait.of(stack("jdk.internal.misc.Unsafe.park",
                "java.util.concurrent.locks.LockSupport.park", "java.io.BufferedWriter.close",
                "REPL.$JShell$12.runAll")));
    }

    @Test
    void joinAndInvokeAllAreStillTold() {
        assertEquals(CallerWait.JOIN, CallerWait.of(stack("java.lang.Object.wait0", "java.lang.Thread.join",
                "REPL.$JShell$12.runAll")));
        assertEquals(CallerWait.INVOKE_ALL, CallerWait.of(stack("java.util.concurrent.FutureTask.get",
                "java.util.concurrent.AbstractExecutorService.invokeAll", "java.util.concurrent.ExecutorService.close",
                "REPL.$JShell$12.runAll")));
    }
}
