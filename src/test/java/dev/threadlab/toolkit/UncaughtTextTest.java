package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Threads#describeUncaught}: Java's first line, then the notebook's frames only, each cause below. */
final class UncaughtTextTest {

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, "#7", 3);
    }

    private static StackTraceElement library(String className, String method) {
        return new StackTraceElement(className, method, className + ".java", 100);
    }

    @Test
    void wrapperNamesAndLibraryAndAgentFramesAreLeftOut() {
        IllegalStateException failure = new IllegalStateException("REPL.$JShell$12$Page 2 is missing");
        failure.setStackTrace(new StackTraceElement[] {
                frame("REPL.$JShell$12$Reader", "read"),
                frame("REPL.$JShell$13", "lambda$do_it$$0"),
                library("java.lang.Thread", "run"),
                library("dev.threadlab.agent.CellMain", "lambda$run$0")});
        assertEquals("""
                Exception in thread "reader" java.lang.IllegalStateException: Page 2 is missing
                    at Reader.read
                    at a lambda in the cell's code
                """, Threads.describeUncaught(new Thread(() -> {}, "reader"), failure));
    }

    @Test
    void anAnonymousExceptionAndFramesOfAnonymousAndLocalClassesAreNamedInWords() {
        RuntimeException failure = new IllegalStateException("bg") {};
        failure.setStackTrace(new StackTraceElement[] {
                frame("REPL.$JShell$11$1", "run"),
                frame("REPL.$JShell$12$1Local", "lambda$go$0"),
                frame("REPL.$JShell$12$1Local", "go")});
        assertEquals("""
                Exception in thread "reader" anonymous IllegalStateException: bg
                    at run in an anonymous class
                    at a lambda in Local.go
                    at Local.go
                """, Threads.describeUncaught(new Thread(() -> {}, "reader"), failure));
    }

    @Test
    void deepRecursionIsOneFrameAndACountAndACauseFollows() {
        StackTraceElement[] frames = new StackTraceElement[5];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = frame("REPL.$JShell$4", "depth");
        }
        IllegalStateException cause = new IllegalStateException("too deep");
        cause.setStackTrace(frames);
        RuntimeException failure = new RuntimeException("gave up", cause);
        failure.setStackTrace(new StackTraceElement[] {library("java.util.concurrent.FutureTask", "run")});
        assertEquals("""
                Exception in thread "w" java.lang.RuntimeException: gave up
                    at FutureTask.run
                Caused by: java.lang.IllegalStateException: too deep
                    at depth
                    [the line above repeated 4 more times]
                """, Threads.describeUncaught(new Thread(() -> {}, "w"), failure));
    }
}
