package dev.threadlab.engine;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExpressionOutcome;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Jupyter's {@code user_expressions}: one expression evaluated in the session, its value as plain text or
 * its failure, leaving no temporary variable behind. Thread contract of the interpreter.
 */
final class UserExpressions {

    private final EngineSupervisor engines;
    private final Failures failures;

    UserExpressions(EngineSupervisor engines, Failures failures) {
        this.engines = engines;
        this.failures = failures;
    }

    ExpressionOutcome evaluate(String expression) {
        try {
            Session current = engines.await();
            SnippetEvent event = CellRun.mainEvent(current.jshell().eval(expression));
            if (event == null) {
                return new ExpressionOutcome.Failed("CompileError", "There is no expression to evaluate.");
            }
            Snippet snippet = event.snippet();
            try {
                if (event.status() == Snippet.Status.REJECTED) {
                    Failed failed = Failures.compileError(expression, 0,
                            current.jshell().diagnostics(snippet).toList());
                    return new ExpressionOutcome.Failed(failed.ename(), failed.evalue());
                }
                if (event.exception() != null) {
                    Failed failed = failures.exception(current.jshell(), event.exception(), -1);
                    return new ExpressionOutcome.Failed(failed.ename(), failed.evalue());
                }
                String value = event.value();
                return new ExpressionOutcome.Value(MimeBundle.text(value == null ? "" : value));
            } finally {
                if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    current.jshell().drop(snippet);
                }
            }
        } catch (EngineUnavailableException e) {
            return new ExpressionOutcome.Failed(e.ename(), e.getMessage());
        } catch (IllegalStateException e) {
            // JShell's sign that the engine went away under it.
            return new ExpressionOutcome.Failed("EngineExited", "The Java engine stopped.");
        }
    }
}
