package dev.threadlab.toolkit;

/**
 * Thrown by {@link Check#cell} after it showed its table when a check failed (and by {@link Check#partial}
 * when none passed): the message is the feedback, one line per failed check, the most useful first. The
 * kernel shows it as an error named {@code CheckFailed} with the message only, no stack trace, since the
 * learner did not write the check's code.
 */
public final class CheckFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with this feedback; never null. */
    public CheckFailed(String feedback) {
        super(java.util.Objects.requireNonNull(feedback, "feedback"), null, false, false);
    }
}
