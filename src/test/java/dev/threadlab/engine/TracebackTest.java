package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.engine.Traceback.Thrown;
import dev.threadlab.wire.ThrownLink;
import dev.threadlab.wire.ThrownLink.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TracebackTest {

    private static final StackTraceElement CELL = new StackTraceElement("", "", "#1", 1);
    private static final StackTraceElement CLOSE = new StackTraceElement("", "close", "#1", 2);
    private static final StackTraceElement JDK = new StackTraceElement("java.lang.Thread", "run", "Thread.java", 9);

    private static Thrown thrown(Role role, int depth, String name, String message, StackTraceElement... frames) {
        return new Thrown(new ThrownLink(role, depth, name), name, message, frames);
    }

    /** Frames of file #1 as their method and line, others left out. */
    private static String text(StackTraceElement frame) {
        return frame.getFileName().equals("#1") ? frame.getMethodName() + " (cell line " + frame.getLineNumber() + ")"
                : null;
    }

    @Test
    void suppressedExceptionsAreIndentedUnderTheirExceptionWithTheirFramesAndCauses() {
        List<String> lines = Traceback.lines(List.of(
                thrown(Role.CAUSE, 0, "java.lang.IllegalStateException", "top", CELL, JDK),
                thrown(Role.SUPPRESSED, 1, "java.io.IOException", "close failed", CLOSE, CELL),
                thrown(Role.CAUSE, 1, "java.lang.IllegalStateException", "disk", CLOSE),
                thrown(Role.NOT_SHOWN, 1, "", "3 more suppressed exceptions are not shown"),
                thrown(Role.CAUSE, 0, "java.lang.IllegalArgumentException", null, CELL)), TracebackTest::text);
        assertEquals(List.of(
                "java.lang.IllegalStateException: top",
                "    at  (cell line 1)",
                "    Suppressed: java.io.IOException: close failed",
                "        at close (cell line 2)",
                "        at  (cell line 1)",
                "    Caused by: java.lang.IllegalStateException: disk",
                "        at close (cell line 2)",
                "    [3 more suppressed exceptions are not shown]",
                "Caused by: java.lang.IllegalArgumentException",
                "    at  (cell line 1)"), lines);
    }

    @Test
    void aCauseCycleEndsWithOneLineNamingTheExceptionShownAbove() {
        List<String> lines = Traceback.lines(List.of(
                thrown(Role.CAUSE, 0, "java.lang.RuntimeException", "B"),
                thrown(Role.CAUSE, 0, "java.lang.RuntimeException", "A"),
                thrown(Role.CIRCULAR_CAUSE, 0, "java.lang.RuntimeException", "B"),
                thrown(Role.CIRCULAR_SUPPRESSED, 1, "java.lang.RuntimeException", "A")), TracebackTest::text);
        assertEquals(List.of(
                "java.lang.RuntimeException: B",
                "Caused by: java.lang.RuntimeException: A",
                "Caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: B, shown above]",
                "    Suppressed: [CIRCULAR REFERENCE: java.lang.RuntimeException: A, shown above]"), lines);
    }

    @Test
    void recursionInASuppressedExceptionIsFoldedAtItsIndentation() {
        List<String> lines = Traceback.lines(List.of(
                thrown(Role.CAUSE, 0, "java.lang.RuntimeException", "top"),
                thrown(Role.SUPPRESSED, 1, "java.lang.StackOverflowError", null, CLOSE, CLOSE, CLOSE, JDK, CELL)),
                TracebackTest::text);
        assertEquals(List.of(
                "java.lang.RuntimeException: top",
                "    Suppressed: java.lang.StackOverflowError",
                "        at close (cell line 2)",
                "        [the line above repeated 2 more times]",
                "        at  (cell line 1)"), lines);
    }
}
