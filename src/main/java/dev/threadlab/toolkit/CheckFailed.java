package dev.threadlab.toolkit;

/**
 * Thrown by {@link Check#cell} after it showed its table when the cell earned no point: the message is one
 * short line, the score and a pointer to the ✗ rows of the table above it, where each failed requirement
 * says what the check saw. The kernel shows it as an error named {@code CheckFailed} whose traceback is
 * that line, no stack trace, since the learner did not write the check's code.
 */
public final class CheckFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with this message; never null. */
    public CheckFailed(String message) {
        super(java.util.Objects.requireNonNull(message, "message"), null, false, false);
    }
}
