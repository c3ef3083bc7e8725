package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code %timeit}: times a statement or expression as IPython does, by declaring {@link Timeit}'s harness in
 * the engine (as an expression first, as statements when that does not compile), running it, and dropping it
 * again. A failure of the harness is told in terms of {@code %timeit}, never of the harness's class.
 */
final class TimeitMagic {

    private static final Pattern HARNESS = Pattern.compile(
            Pattern.quote("class " + Timeit.CLASS_NAME) + " cannot be (defined|used)");
    private static final Pattern HARNESS_FRAME = Pattern.compile("\\s*at (.+ \\()?cell line \\d+\\)?");

    private final Interpreter java;
    private final EngineAccess engine;

    TimeitMagic(Interpreter java, EngineAccess engine) {
        this.java = java;
        this.engine = engine;
    }

    ExecuteOutcome run(String statement, Cell cell, Output output) {
        if (statement.isBlank()) {
            return new Failed("UsageError", "%timeit needs a statement or expression, e.g. %timeit Math.sqrt(2)",
                    List.of());
        }
        Cell quiet = new Cell("", cell.executionCount(), true, false, cell.receivedNanos());
        ExecuteOutcome declared = java.execute(quiet.withCode(Timeit.harness(statement, true)), output);
        if (declared instanceof Failed failed && failed.ename().equals("Interrupted")) {
            return failed;
        }
        if (declared instanceof Failed) {
            declared = java.execute(quiet.withCode(Timeit.harness(statement, false)), output);
        }
        try {
            if (declared instanceof Failed failed) {
                return withoutHarness(failed);
            }
            ExecuteOutcome ran = java.execute(quiet.withCode(Timeit.CLASS_NAME + ".run()"), output);
            if (ran instanceof ExecuteOutcome.Ok ok && ok.result() != null) {
                output.stdout(Timeit.report(ok.result().data().get("text/plain")) + "\n");
                return new ExecuteOutcome.Ok(null);
            }
            return ran instanceof Failed failed ? withoutHarness(failed) : ran;
        } finally {
            engine.dropType(Timeit.CLASS_NAME);
        }
    }

    /**
     * A failure of the timing harness, told in terms of %timeit. Its frames at a "cell line" are the harness's:
     * every snippet %timeit runs is harness code, numbered from the harness's first line, and the cell's own
     * code has not run yet (line magics run first). Frames in earlier cells stay.
     */
    static Failed withoutHarness(Failed failed) {
        return new Failed(failed.ename(), HARNESS.matcher(failed.evalue()).replaceAll("%timeit cannot run"),
                failed.traceback().stream()
                        .filter(l -> !HARNESS_FRAME.matcher(l).matches())
                        .map(l -> HARNESS.matcher(l).replaceAll("%timeit cannot run"))
                        .toList());
    }
}
