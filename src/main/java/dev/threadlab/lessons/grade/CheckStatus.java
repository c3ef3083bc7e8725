package dev.threadlab.lessons.grade;

import java.util.Locale;

/** How a check cell was graded. */
public enum CheckStatus {
    /** Full points. */
    PASSED("✓"),
    /** Some points, not all (the cell's value was a score below its maximum). */
    PARTIAL("½"),
    /** No points: the cell ended in an error (a failed check, a compile error, a lost engine). */
    FAILED("✗"),
    /** No points: the cell did not finish within its timeout and was stopped. */
    TIMED_OUT("⏱"),
    /** No points: the cell was never run (no engine, or the notebook could not be read). */
    NOT_RUN("–");

    private final String symbol;

    CheckStatus(String symbol) {
        this.symbol = symbol;
    }

    /** The name in reports: {@code passed}, {@code partial}, {@code failed}, {@code timed_out}, {@code not_run}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One character for a score table: ✓ ½ ✗ ⏱ –. */
    public String symbol() {
        return symbol;
    }
}
