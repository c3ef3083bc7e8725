package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import java.util.List;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Expression cells must not leave JShell temporaries behind, nor cells run again their old class files: each
 * slows every later compile.
 */
@Tag("integration")
final class TemporariesIT {

    private static long activeTemporaries(Session session) {
        return session.jshell().snippets()
                .filter(s -> s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .filter(s -> session.jshell().status(s).isActive())
                .count();
    }

    @Test
    void expressionCellsLeaveAtMostTheLastCellsTemporaryActive() {
        try (Session session = Session.start(EngineOptions.defaults(), new OutputRouter(), List.of())) {
            Failures failures = new Failures();
            for (int i = 1; i <= 20; i++) {
                ExecuteOutcome outcome = new CellRun(session, failures, new Cell(i + " * 2", i, false, false))
                        .run(() -> false);
                ExecuteOutcome.Ok ok = assertInstanceOf(ExecuteOutcome.Ok.class, outcome);
                assertEquals(String.valueOf(i * 2), ok.result().data().get("text/plain"));
            }
            assertEquals(1, activeTemporaries(session), "temporaries of earlier cells must be dropped");
            ExecuteOutcome named = new CellRun(session, failures, new Cell("int kept = 5;\nkept + 1", 21, false, false))
                    .run(() -> false);
            assertEquals("6", assertInstanceOf(ExecuteOutcome.Ok.class, named).result().data().get("text/plain"));
            ExecuteOutcome later = new CellRun(session, failures, new Cell("kept", 22, false, false)).run(() -> false);
            assertEquals("5", assertInstanceOf(ExecuteOutcome.Ok.class, later).result().data().get("text/plain"),
                    "named variables must survive");
        }
    }

    /** The cell's result as plain text, or null when it has none (it only declares); fails when the cell failed. */
    private static String result(Session session, Failures failures, String code, int count) {
        ExecuteOutcome outcome = new CellRun(session, failures, new Cell(code, count, false, false)).run(() -> false);
        ExecuteOutcome.Ok ok = assertInstanceOf(ExecuteOutcome.Ok.class, outcome, code);
        return ok.result() == null ? null : ok.result().data().get("text/plain");
    }

    @Test
    void classFilesOfReplacedDeclarationsAndTemporariesAreForgotten() {
        try (Session session = Session.start(EngineOptions.defaults(), new OutputRouter(), List.of())) {
            Failures failures = new Failures();
            assertEquals("1", result(session, failures, "int x = 0;\nx + 1", 1));
            assertEquals("2", result(session, failures, "int x = 1;\nx + 1", 2));
            int kept = session.compiledClasses().size();
            for (int i = 2; i < 12; i++) {
                assertEquals(String.valueOf(i + 1), result(session, failures, "int x = " + i + ";\nx + 1", i + 1));
            }
            assertEquals(kept, session.compiledClasses().size(), "a cell run again leaves no class file behind");
        }
    }

    @Test
    void aMethodReplacedBesideItsOverloadKeepsTheOverloadWorking() {
        try (Session session = Session.start(EngineOptions.defaults(), new OutputRouter(), List.of())) {
            Failures failures = new Failures();
            result(session, failures, "int f(int a) { return a; }\nint f(String s) { return s.length(); }", 1);
            assertEquals("4", result(session, failures, "f(3) + f(\"a\")", 2));
            result(session, failures, "int f(int a) { return 2 * a; }", 3);
            assertEquals("7", result(session, failures, "f(3) + f(\"a\")", 4));
            assertEquals("8", result(session, failures, "int g() { return f(3) + f(\"ab\"); }\ng()", 5));
        }
    }
}
