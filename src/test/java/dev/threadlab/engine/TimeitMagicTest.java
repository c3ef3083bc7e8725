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
                "    at $ThreadlabTimeit.time (cell line 6)")), "", new MagicCell.Line("%timeit", "fail()", 1));
        assertEquals(List.of(
                "java.lang.RuntimeException: t",
                "    at fail (In [2], line 3)",
                "Caused by: java.lang.IllegalStateException: inner"), failed.traceback());
    }

    @Test
    void aCompileErrorInTheTimedCodePointsAtTheMagicLineNotAtTheHarness() {
        String cell = "int a = 1;\n%timeit  int z = \"a\";";
        String harness = Timeit.harness("int z = \"a\";", false);
        int column = harness.lines().toList().get(Timeit.STEP_LINE - 1).indexOf("\"a\"") + 1;
        Failed failed = TimeitMagic.withoutHarness(new Failed("CompileError", "incompatible types", List.of(
                "line " + Timeit.STEP_LINE + ", column " + column + ":",
                "    " + harness.lines().toList().get(Timeit.STEP_LINE - 1),
                "    " + " ".repeat(column - 1) + "^")),
                CellText.lineText(cell, 2), new MagicCell.Line("%timeit", "int z = \"a\";", 2));

        assertEquals(List.of(
                "line 2, column 18:",
                "    %timeit  int z = \"a\";",
                "                     ^"), failed.traceback());
    }

    @Test
    void aCompileErrorElsewhereInTheHarnessIsToldWithoutItsLines() {
        Failed failed = TimeitMagic.withoutHarness(new Failed("CompileError", "class, interface, enum, or record expected",
                List.of("line 9, column 5:", "    }", "    ^", "class, interface, enum, or record expected")),
                "%timeit }", new MagicCell.Line("%timeit", "}", 1));

        assertEquals(List.of("class, interface, enum, or record expected"), failed.traceback());
    }
}
