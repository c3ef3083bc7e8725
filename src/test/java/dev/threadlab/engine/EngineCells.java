package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Output;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real engine for one test class: register it as a static {@code @RegisterExtension} field; cells are
 * numbered in order and the engine is closed after the class's last test.
 */
final class EngineCells implements AfterAllCallback {

    private final JShellInterpreter kernel = new JShellInterpreter();
    private int count;

    /** The interpreter under test. */
    JShellInterpreter kernel() {
        return kernel;
    }

    /** The execution count of the last cell run (0 before the first). */
    int count() {
        return count;
    }

    /** Runs {@code code} as the next cell, with its output going to {@code output}. */
    ExecuteOutcome run(String code, Output output) {
        return kernel.execute(new Cell(code, ++count, false, false), output);
    }

    /** Runs {@code code} as the next cell of a client that answers {@code input_request}. */
    ExecuteOutcome runWithStdin(String code, Output output) {
        return kernel.execute(new Cell(code, ++count, false, true), output);
    }

    /** Runs {@code code} as the next cell, recording its output nowhere a test looks. */
    ExecuteOutcome run(String code) {
        return run(code, new RecordingOutput());
    }

    /** The text/plain result of a cell that must have succeeded; null when it showed no result. */
    static String plain(ExecuteOutcome outcome) {
        ExecuteOutcome.Ok ok = assertInstanceOf(ExecuteOutcome.Ok.class, outcome, outcome::toString);
        return ok.result() == null ? null : ok.result().data().get("text/plain");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        kernel.close();
    }
}
