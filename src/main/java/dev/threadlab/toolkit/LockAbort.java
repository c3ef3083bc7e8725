package dev.threadlab.toolkit;

/**
 * Thrown by a {@link LockProbe}'s lock into the learner's code when a wait for it could never end (a
 * deadlock among the probe's locks, a lock another thread keeps, a lock whose owner ended without
 * unlocking): the thread stops waiting, so the check ends instead of hanging. An {@code AssertionError}, so
 * that its message is the check's verdict wherever it surfaces, and code that catches {@code Exception}
 * does not swallow it. Immutable.
 */
final class LockAbort extends AssertionError {

    private static final long serialVersionUID = 1L;

    LockAbort(String verdict) {
        super(verdict);
    }
}
