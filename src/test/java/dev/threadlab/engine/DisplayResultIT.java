package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a cell ending in a display call gives as its result. */
@Tag("integration")
final class DisplayResultIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void aCellEndingInDisplayShowShowsTheValueOnceAndHasNoResult() {
        RecordingOutput output = new RecordingOutput();
        Ok ok = assertInstanceOf(Ok.class, kernel.execute(new Cell("Display.show(\"x\")", 1, false, false), output));
        assertNull(ok.result(), "the DisplayHandle must not become an execute_result");
        assertEquals(1, output.calls().stream().filter(c -> c.kind().equals("display")).count(), output.calls().toString());
        assertEquals("x", output.calls().stream().filter(c -> c.kind().equals("display")).findFirst().orElseThrow()
                .bundle().data().get("text/plain"));
    }
}
