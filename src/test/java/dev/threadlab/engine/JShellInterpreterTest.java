package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.kernel.Cell;
import dev.threadlab.kernel.ExecuteOutcome;
import dev.threadlab.kernel.ExecuteOutcome.Failed;
import dev.threadlab.kernel.ExecuteOutcome.Ok;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class JShellInterpreterTest {

    private static JShellInterpreter kernel;
    private static int count;

    @BeforeAll
    static void start() {
        kernel = new JShellInterpreter();
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    static ExecuteOutcome run(String code, RecordingOutput output) {
        return kernel.execute(new Cell(code, ++count, false, false), output);
    }

    static ExecuteOutcome run(String code) {
        return run(code, new RecordingOutput());
    }

    static String plain(ExecuteOutcome outcome) {
        Ok ok = assertInstanceOf(Ok.class, outcome, () -> outcome.toString());
        return ok.result() == null ? null : ok.result().data().get("text/plain");
    }

    @Test
    void anExpressionShowsItsValueAsPlainText() {
        assertEquals("2", plain(run("1 + 1")));
    }

    @Test
    void aDeclarationShowsNothing() {
        assertNull(plain(run("int declared = 3;")));
    }

    @Test
    void aCellOfSeveralSnippetsRunsThemAllAndShowsTheLastValue() {
        RecordingOutput output = new RecordingOutput();
        assertEquals("\"hello world\"", plain(run("""
                import java.util.stream.*;
                String greet(String who) { return "hello " + who; }
                var who = "world";
                System.out.println("printed");
                greet(who)
                """, output)));
        assertEquals("printed\n", output.stdout());
    }

    @Test
    void aClassCanBeRedefinedInALaterCell() {
        run("record Point(int x, int y) {}");
        assertEquals("Point[x=1, y=2]", plain(run("new Point(1, 2)")));
        run("record Point(int x, int y, int z) { Point(int x, int y) { this(x, y, 0); } }");
        assertEquals("Point[x=1, y=2, z=0]", plain(run("new Point(1, 2)")));
    }

    @Test
    void aCompileErrorNamesTheCellLineAndColumn() {
        Failed failed = assertInstanceOf(Failed.class, run("int a = 1;\nint b = 2;\nint c = a + nope;"));
        assertEquals("CompileError", failed.ename());
        assertTrue(failed.evalue().contains("cannot find symbol"), failed.evalue());
        assertEquals("line 3, column 13:", failed.traceback().get(0));
        assertEquals("    int c = a + nope;", failed.traceback().get(1));
        assertEquals("                ^", failed.traceback().get(2));
        assertFalse(failed.traceback().stream().anyMatch(l -> l.strip().equals("location: class")),
                "JShell's nameless wrapper class must not show: " + failed.traceback());
    }

    @Test
    void aRuntimeExceptionShowsUserFramesWithCellLines() {
        Failed failed = assertInstanceOf(Failed.class, run("""
                int divide(int a, int b) {
                    return a / b;
                }
                int unused = 0;
                divide(1, 0)
                """));
        assertEquals("ArithmeticException", failed.ename());
        assertEquals("/ by zero", failed.evalue());
        assertEquals(java.util.List.of("java.lang.ArithmeticException: / by zero",
                "    at divide (cell line 2)", "    at cell line 5"), failed.traceback());
    }
}
