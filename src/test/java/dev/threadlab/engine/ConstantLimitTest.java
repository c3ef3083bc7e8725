package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import org.junit.jupiter.api.Test;

final class ConstantLimitTest {

    @Test
    void theLongestLiteralIsFoundAndMeasuredInClassFileBytes() {
        String source = "var a = \"short\"; // \"" + "x".repeat(100) + "\"\nvar b = \"" + "é".repeat(40_000) + "\";";
        ConstantLimit.Literal longest = ConstantLimit.longestLiteral(source);
        assertEquals(80_000, longest.bytes(), "é is two bytes in a class file; a comment is no literal");
        assertEquals(source.indexOf("\"é"), longest.start());
    }

    @Test
    void escapesCountAsOneCharacterAndTextBlocksCount() {
        assertEquals(3, ConstantLimit.longestLiteral("\"a\\\"b\"").bytes());
        assertEquals(70_001, ConstantLimit.longestLiteral("String s = \"\"\"\n" + "y".repeat(70_000) + "\"\"\";").bytes());
        assertNull(ConstantLimit.longestLiteral("int x = 'a' + 1;"));
    }

    @Test
    void theFailureNamesTheLimitTheLineAndWhatToDo() {
        String code = "int n = 1;\nString csv = \"" + "1,2,3\\n".repeat(20_000) + "\";";
        Failed failed = ConstantLimit.failure(code, code.indexOf("String"), code.substring(code.indexOf("String")),
                "variable csv");
        assertEquals("CompileError", failed.ename());
        // "\\n" in the cell is an escape: one character of the constant
        assertTrue(failed.evalue().contains("at most 65,535 bytes, and the one on line 2 of this cell has 120,000"),
                failed.evalue());
        assertTrue(failed.evalue().contains("Files.readString") && failed.evalue().contains("Variable csv was not defined"),
                failed.evalue());
        assertEquals(1, failed.traceback().size());
    }
}
