package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.testing.RecordingOutput;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Expressions evaluated in one compilation (see {@link ValueCells}) show what JShell's own path showed: the same
 * values, no value for a call without one, a side effect once, the same tracebacks and compile errors.
 */
@Timeout(180)
@Tag("integration")
final class ValueCellsIT {

    @RegisterExtension
    static final EngineCells cells = new EngineCells();

    @Test
    void anExpressionCellRunsAsTheKernelsOneDeclarationNotAsJShellsTemporary() throws Exception {
        assertEquals("42", EngineCells.plain(cells.run("6 * 7")));
        var jshell = cells.kernel().access().jshell();
        List<String> holders = jshell.variables().map(VarSnippet::name).filter(n -> n.startsWith("$")).toList();
        assertEquals(1, holders.size(), holders::toString);
        assertTrue(ValueCells.holdsValue(holders.getFirst()), "the value is held by the kernel's declaration, not "
                + "a JShell temporary: " + holders);
        assertEquals("43", EngineCells.plain(cells.run("6 * 7 + 1")));
        List<String> next = jshell.variables().map(VarSnippet::name).filter(n -> n.startsWith("$")).toList();
        assertEquals(1, next.size(), next::toString);
        assertTrue(!next.equals(holders), "each cell's value gets a name of its own (declaring one name again costs"
                + " JShell more each time): " + holders + " then " + next);
        assertTrue(jshell.snippets().noneMatch(s -> s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        && jshell.status(s).isActive()),
                "JShell's own expression path was not taken");
    }

    @Test
    void valuesShowAsTheyDidAndACallWithoutOneShowsOnlyWhatItPrinted() {
        assertEquals("2", EngineCells.plain(cells.run("1 + 1")));
        assertEquals("\"ab\"", EngineCells.plain(cells.run("\"a\" + \"b\"")));
        assertEquals("'x'", EngineCells.plain(cells.run("'x'")));
        assertEquals("[1, 2]", EngineCells.plain(cells.run("List.of(1, 2)")));
        assertEquals("null", EngineCells.plain(cells.run("(Object) null")));
        RecordingOutput printed = new RecordingOutput();
        assertNull(EngineCells.plain(cells.run("System.out.println(\"hi\");", printed)));
        assertEquals("hi\n", printed.stdout());
    }

    @Test
    void aSideEffectHappensOnceAndAnAssignmentShowsNoValue() {
        cells.run("int counter = 0;");
        assertEquals("0", EngineCells.plain(cells.run("counter++")));
        assertEquals("1", EngineCells.plain(cells.run("counter")));
        assertNull(EngineCells.plain(cells.run("counter = 10")));
        assertEquals("10", EngineCells.plain(cells.run("counter")));
    }

    @Test
    void anExceptionShowsOneLineForTheCellAndNoneForTheKernelsWrapper() {
        cells.run("static int divide(int a, int b) { return a / b; }");
        Failed failed = assertInstanceOf(Failed.class, cells.run("divide(1, 0)"));
        assertEquals("ArithmeticException", failed.ename(), failed::toString);
        List<String> traceback = failed.traceback();
        assertEquals(2, traceback.stream().filter(l -> l.startsWith("    at ")).count(), traceback::toString);
        assertTrue(traceback.get(1).contains("divide (In ["), traceback::toString);
        assertEquals("    at cell line 1", traceback.get(2), traceback::toString);
        assertTrue(traceback.stream().noneMatch(l -> l.contains("lambda") || l.contains("CellValue")), traceback::toString);
    }

    @Test
    void aLambdaOfTheLearnersInsideTheExpressionStillShowsAsALambda() {
        Failed failed = assertInstanceOf(Failed.class, cells.run("List.of(1, 0).stream().map(x -> 1 / x).toList()"));
        List<String> frames = failed.traceback().stream().filter(l -> l.startsWith("    at ")).toList();
        assertEquals(List.of("    at lambda (cell line 1)", "    at cell line 1"), frames, failed.traceback()::toString);
    }

    @Test
    void whatDoesNotCompileIsReportedAsJShellReportsIt() {
        Failed unknown = assertInstanceOf(Failed.class, cells.run("undefinedThing() + 1"));
        assertTrue(unknown.evalue().contains("cannot find symbol") || unknown.traceback().toString().contains("cannot find symbol"),
                unknown::toString);
        assertTrue(unknown.traceback().stream().noneMatch(l -> l.contains("threadlab") || l.contains("CellValue")),
                unknown::toString);
        ExecuteOutcome statement = cells.run("for (int i = 0; i < 2; i++) System.out.print(i);");
        assertNull(EngineCells.plain(statement));
    }
}
