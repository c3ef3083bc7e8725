package dev.threadlab.kernel;

import static dev.threadlab.kernel.ErrorLines.RED;
import static dev.threadlab.kernel.ErrorLines.RESET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ErrorLinesTest {

    @Test
    void anExceptionLineThatNamesTheErrorHasThatNameColoured() {
        assertEquals(List.of("java.lang." + RED + "ArithmeticException" + RESET + ": / by zero", "    at divide (cell line 2)"),
                ErrorLines.of("ArithmeticException", "/ by zero",
                        List.of("java.lang.ArithmeticException: / by zero", "    at divide (cell line 2)")));
    }

    @Test
    void aTracebackThatStartsWithTheMessageGetsTheNameInFront() {
        assertEquals(List.of(RED + "CheckFailed" + RESET + ": 1 of 3 checks failed", "more"),
                ErrorLines.of("CheckFailed", "1 of 3 checks failed\nmore", List.of("1 of 3 checks failed", "more")));
    }

    @Test
    void aTracebackThatSaysOnlyWhereGetsTheWholeMessageFirst() {
        assertEquals(List.of(RED + "CompileError" + RESET + ": ';' expected", "line 3, column 9:", "    int x = 1", "^"),
                ErrorLines.of("CompileError", "';' expected", List.of("line 3, column 9:", "    int x = 1", "^")));
        assertEquals(List.of(RED + "Interrupted" + RESET + ": the engine was restarted", "and more",
                        "The cell's threads were:"),
                ErrorLines.of("Interrupted", "the engine was restarted\nand more", List.of("The cell's threads were:")));
    }

    @Test
    void aNameInsideAnotherWordIsNotTakenForTheErrorsName() {
        assertEquals(List.of(RED + "Error" + RESET + ": boom", "an OutOfMemoryError happened"),
                ErrorLines.of("Error", "boom", List.of("an OutOfMemoryError happened")));
        assertEquals(List.of(RED + "Interrupted" + RESET), ErrorLines.of("Interrupted", "", List.of()));
    }
}
