package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Expression cells must not leave JShell temporaries (or the kernel's value holder, see {@link ValueCells})
 * behind: each active one slows every later compile.
 */
@Tag("integration")
final class TemporariesIT {

    private static long activeTemporaries(Session session) {
        return session.jshell().snippets()
                .filter(s -> s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        || s instanceof VarSnippet v && ValueCells.holdsValue(v.name())) // an expression's value
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
}
