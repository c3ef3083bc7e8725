package dev.threadlab.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FailureTest {

    @Test
    void aFailureWithoutTracebackLinesShowsItsMessageAsTheTraceback() {
        assertEquals(List.of("UsageError: %timeit needs a statement", "for example"),
                new Failure("UsageError", "%timeit needs a statement\nfor example", List.of()).traceback());
        assertEquals(List.of("Interrupted"), new Failure("Interrupted", "", List.of()).traceback());
        assertEquals(List.of("Interrupted"), new Failure("Interrupted", "  ", List.of()).traceback());
    }

    @Test
    void tracebackLinesGivenAreKeptAndCopied() {
        List<String> lines = new ArrayList<>(List.of("at line 3"));
        Failure failure = new Failure("NullPointerException", "x is null", lines);
        lines.add("changed later");
        assertEquals(List.of("at line 3"), failure.traceback());
        assertThrows(UnsupportedOperationException.class, () -> failure.traceback().add("more"));
    }

    @Test
    void noPartMayBeNull() {
        assertThrows(NullPointerException.class, () -> new Failure(null, "", List.of()));
        assertThrows(NullPointerException.class, () -> new Failure("E", null, List.of()));
        assertThrows(NullPointerException.class, () -> new Failure("E", "", null));
    }

    @Test
    void outcomesCarryTheSameFailureTheirAccessorsRead() {
        ExecuteOutcome.Failed failed = new ExecuteOutcome.Failed("BareError", "the engine exited", List.of());
        assertEquals(new Failure("BareError", "the engine exited", List.of("BareError: the engine exited")),
                failed.failure());
        assertEquals(failed.failure().traceback(), failed.traceback());
        ExpressionOutcome.Failed expression = new ExpressionOutcome.Failed("CompileError", "no expression");
        assertEquals(List.of("CompileError: no expression"), expression.failure().traceback());
        assertEquals("CompileError", expression.ename());
    }

    @Test
    void withTracebackKeepsTheNameAndMessage() {
        Failure coloured = new Failure("E", "boom", List.of()).withTraceback(List.of("\u001b[0;31mE\u001b[0m: boom"));
        assertEquals(new Failure("E", "boom", List.of("\u001b[0;31mE\u001b[0m: boom")), coloured);
    }
}
