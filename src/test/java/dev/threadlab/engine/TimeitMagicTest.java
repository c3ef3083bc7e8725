package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TimeitMagicTest {

    @Test
    void theHarnessFramesAreLeftOutAndFramesOfEarlierCellsStay() {
        Failed failed = TimeitMagic.withoutHarness(new Failed("RuntimeException", "t", List.of(
                "java.lang.RuntimeException: t",
                "    at fail (In [2], line 3)",
                "    at $ThreadlabTimeit.lambda (cell line 6)",
                "    at $ThreadlabTimeit.time (cell line 6)",
                "    at $ThreadlabTimeit.run (cell line 16)",
                "    at cell line 1",
                "Caused by: java.lang.IllegalStateException: inner",
                "    at $ThreadlabTimeit.time (cell line 6)")));
        assertEquals(List.of(
                "java.lang.RuntimeException: t",
                "    at fail (In [2], line 3)",
                "Caused by: java.lang.IllegalStateException: inner"), failed.traceback());
    }
}
