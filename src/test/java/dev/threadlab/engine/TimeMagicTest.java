package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ForwardingInterpreter;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import dev.threadlab.testing.FakeInterpreter;
import dev.threadlab.testing.RecordingOutput;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TimeMagicTest {

    /** Answers every cell with {@code outcome}. */
    private static Interpreter answering(ExecuteOutcome outcome) {
        FakeInterpreter fake = new FakeInterpreter();
        return new ForwardingInterpreter() {
            @Override
            protected Interpreter delegate() {
                return fake;
            }

            @Override
            public ExecuteOutcome execute(Cell cell, Output output) {
                return outcome;
            }
        };
    }

    private static ExecuteOutcome time(ExecuteOutcome outcome, RecordingOutput output) {
        TimeMagic magic = new TimeMagic(answering(outcome), () -> Optional.of(Duration.ofMillis(5)), () -> 42);
        return magic.run(new Cell("\nint x = \"a\";", 1, false, false), output);
    }

    @Test
    void aCellThatDoesNotCompileShowsItsErrorAndNoTime() {
        Failed compileError = new Failed("CompileError", "incompatible types: String cannot be converted to int",
                List.of("line 2, column 9:"));
        RecordingOutput output = new RecordingOutput();

        assertSame(compileError, time(compileError, output));
        assertEquals("", output.stdout());
    }

    @Test
    void aCellThatUsesANameNobodyDeclaredShowsNoTimeEither() {
        Failed unresolved = new Failed("UnresolvedReference", "variable v cannot be defined until method foo() is"
                + " declared.", List.of());
        RecordingOutput output = new RecordingOutput();

        time(unresolved, output);

        assertEquals("", output.stdout());
    }

    @Test
    void aCellThatRanToItsEndIsTimed() {
        RecordingOutput ran = new RecordingOutput();
        time(new ExecuteOutcome.Ok(null), ran);
        assertTrue(ran.stdout().startsWith("Wall time: "), ran.stdout());
    }

    @Test
    void aCellThatThrowsShowsItsTracebackAndNoTimeAsInIPython() {
        Failed thrown = new Failed("IllegalStateException", "boom", List.of("IllegalStateException: boom"));
        RecordingOutput output = new RecordingOutput();

        assertSame(thrown, time(thrown, output));
        assertEquals("", output.stdout());
    }

    @Test
    void anInterruptedCellShowsNoTimeEither() {
        RecordingOutput output = new RecordingOutput();

        time(new Failed("Interrupted", "The cell was interrupted.", List.of()), output);

        assertEquals("", output.stdout());
    }
}
