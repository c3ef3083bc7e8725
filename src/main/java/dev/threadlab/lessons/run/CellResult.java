package dev.threadlab.lessons.run;

import java.util.Objects;

/**
 * One cell of a headless run: the cell, what it wrote and how it ended.
 *
 * @param cell    the cell as given to the runner
 * @param output  what it printed and displayed ({@link CapturedOutput#NONE} when it did not run)
 * @param outcome how it ended
 */
public record CellResult(CellToRun cell, CapturedOutput output, CellOutcome outcome) {
    public CellResult {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outcome, "outcome");
    }
}
