package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %timeit}: times a statement or expression as IPython does, by declaring {@link Timeit}'s harness in
 * the engine (as an expression first, as statements when that does not compile), running it, and dropping it
 * again. A failure of the harness is told in terms of {@code %timeit}, never of the harness's method or class.
 */
final class TimeitMagic {

    private static final Pattern HARNESS = Pattern.compile(
            Pattern.quote("method " + Timeit.NAME + "()") + " (was created, but )?cannot be (defined|used)");
    private static final Pattern HARNESS_FRAME = Pattern.compile("\\s*at (.+ \\()?cell line \\d+\\)?");
    /** The first line of a compile error's place, then the line of code and the caret (see Failures). */
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+):");

    private final Interpreter java;
    private final EngineAccess engine;

    TimeitMagic(Interpreter java, EngineAccess engine) {
        this.java = java;
        this.engine = engine;
    }

    /** Runs {@code magic}, a {@code %timeit} line of {@code cell}. */
    ExecuteOutcome run(MagicCell.Line magic, Cell cell, Output output) {
        String statement = magic.argument();
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
                return withoutHarness(failed, CellText.lineText(cell.code(), magic.line()), magic);
            }
            ExecuteOutcome ran = java.execute(quiet.withCode(Timeit.NAME + "()"), output);
            if (ran instanceof ExecuteOutcome.Ok ok && ok.result() != null) {
                output.stdout(Timeit.report(ok.result().data().get("text/plain")) + "\n");
                return new ExecuteOutcome.Ok(null);
            }
            return ran instanceof Failed failed ? withoutHarness(failed, "", magic) : ran;
        } finally {
            engine.dropMethod(Timeit.NAME);
        }
    }

    /**
     * A failure of the timing harness, told in terms of %timeit. Its frames at a "cell line" are the harness's:
     * every snippet %timeit runs is harness code, numbered from the harness's first line, and the cell's own
     * code has not run yet (line magics run first). Frames in earlier cells stay. A compile error in the code
     * to time points into {@code magicText}, the text of the cell's line {@code magic}; one elsewhere in the
     * harness (code that closes its braces) is told without a place, never with the harness's lines.
     */
    static Failed withoutHarness(Failed failed, String magicText, MagicCell.Line magic) {
        List<String> lines = new ArrayList<>();
        List<String> traceback = failed.traceback();
        Matcher position = traceback.size() >= 3 ? POSITION.matcher(traceback.getFirst()) : null;
        int from = 0;
        if (position != null && position.matches()) {
            from = 3; // the harness's line and the caret under it
            int column = Integer.parseInt(position.group(2)) - Timeit.STEP_COLUMN;
            int start = magicText.indexOf(magic.argument(), Math.max(0, magicText.indexOf(magic.name())));
            if (Integer.parseInt(position.group(1)) == Timeit.STEP_LINE && column >= 0 && start >= 0) {
                lines.add("line " + magic.line() + ", column " + (start + column + 1) + ":");
                lines.add("    " + magicText);
                lines.add("    " + " ".repeat(start + column) + "^");
            }
        }
        traceback.subList(from, traceback.size()).stream()
                .filter(l -> !HARNESS_FRAME.matcher(l).matches())
                .map(l -> HARNESS.matcher(l).replaceAll("%timeit cannot run"))
                .forEach(lines::add);
        return new Failed(failed.ename(), HARNESS.matcher(failed.evalue()).replaceAll("%timeit cannot run"), lines);
    }
}
