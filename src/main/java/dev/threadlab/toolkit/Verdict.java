package dev.threadlab.toolkit;

import dev.threadlab.wire.CheckReport.Status;
import java.util.Objects;

/**
 * How one check ended: passed, failed (an assertion or an exception of the code under test, or the
 * cell's own code outside any check), or timed out. Immutable.
 */
sealed interface Verdict {

    /** The status the check report gives this verdict. */
    Status status();

    /** What the learner should read; empty when passed. */
    String message();

    /** Lower is shown first in the feedback: the author's own words before an exception before a hang. */
    int rank();

    /** Every assertion held. */
    record Passed() implements Verdict {
        @Override public Status status() {
            return Status.PASSED;
        }

        @Override public String message() {
            return "";
        }

        @Override public int rank() {
            return 9;
        }
    }

    /**
     * An assertion failed or something threw; {@code rank} as in {@link Verdict#rank()}; {@code unwritten}
     * when what threw is the answer's stub ("Not written yet").
     */
    record Failed(String message, int rank, boolean unwritten) implements Verdict {
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        Failed(String message, int rank) {
            this(message, rank, false);
        }

        @Override public Status status() {
            return Status.FAILED;
        }
    }

    /**
     * The requirement's code did not run (or was stopped), through no fault of the answer: the kernel saw that
     * the check would test an older version of the answer, or the cell was interrupted. Earns nothing; the
     * message says why and what to do.
     */
    record NotRun(String message) implements Verdict {
        public NotRun {
            Objects.requireNonNull(message, "message");
        }

        @Override public Status status() {
            return Status.FAILED;
        }

        @Override public int rank() {
            return 0;
        }
    }

    /**
     * The cell was interrupted (the learner pressed Interrupt) while this requirement ran: not the answer's
     * fault, and not finished, so it earns nothing; the message names what was running.
     */
    record Interrupted(String message) implements Verdict {
        public Interrupted {
            Objects.requireNonNull(message, "message");
        }

        @Override public Status status() {
            return Status.FAILED;
        }

        @Override public int rank() {
            return 0;
        }
    }

    /** The check did not finish within its time; the message names the stuck threads. */
    record TimedOut(String message) implements Verdict {
        public TimedOut {
            Objects.requireNonNull(message, "message");
        }

        @Override public Status status() {
            return Status.TIMED_OUT;
        }

        @Override public int rank() {
            return 3;
        }
    }

    /** Whether the check passed. */
    default boolean passed() {
        return this instanceof Passed;
    }
}
