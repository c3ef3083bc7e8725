package dev.threadlab.lessons.run;

import java.time.Duration;
import java.util.Objects;

/**
 * One code cell for {@link NotebookRunner}.
 *
 * @param label   how notes name the cell, e.g. {@code cell 7 (l01-run-all-check)}
 * @param code    the source, magics included
 * @param timeout how long the cell may run before it is stopped; positive
 * @param graded  whether it is a check cell: a graded cell is not run again after an engine restart
 */
public record CellToRun(String label, String code, Duration timeout, boolean graded) {

    /** The time a cell gets when its metadata does not say ({@code metadata.threadlab.timeout}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public CellToRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
