package dev.threadlab.lessons.exercise;

/**
 * A source notebook that breaks the exercise format of {@code docs/exercises.md}, such as an unbalanced
 * or nested {@code // BEGIN SOLUTION} marker. The message names the notebook, the cell (its 1-based
 * number and grade id), the line and the rule, so an author can fix it without a debugger.
 */
public final class ExerciseFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A format error, in a sentence that names where it is. */
    public ExerciseFormatException(String message) {
        super(message);
    }
}
