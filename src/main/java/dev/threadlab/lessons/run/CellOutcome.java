package dev.threadlab.lessons.run;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Failure;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** How one cell of a headless notebook run ended. */
public sealed interface CellOutcome {

    /** The cell ran to its end; {@code result} is the last expression's value, or null when it has none. */
    record Completed(MimeBundle result) implements CellOutcome {}

    /**
     * The cell ended in an error: a compile error, an exception (a failed check is {@code CheckFailed}), or
     * a lost engine ({@code EngineExited}).
     *
     * @param failure what went wrong, e.g. ename {@code CheckFailed}, with the lines the notebook would show
     */
    record Errored(Failure failure) implements CellOutcome {
        public Errored { Objects.requireNonNull(failure, "failure"); }

        /** A cell that ended in {@code new Failure(ename, evalue, traceback)}. */
        public Errored(String ename, String evalue, List<String> traceback) {
            this(new Failure(ename, evalue, traceback));
        }

        /** The failure's {@link Failure#ename()}. */
        public String ename() { return failure.ename(); }

        /** The failure's {@link Failure#evalue()}. */
        public String evalue() { return failure.evalue(); }

        /** The failure's {@link Failure#traceback()}: never empty. */
        public List<String> traceback() { return failure.traceback(); }
    }

    /**
     * The cell did not finish within {@code limit}: it was interrupted and, when that did not end it,
     * its engine was killed. The run's notes say which.
     *
     * @param limit the time the cell was allowed
     */
    record TimedOut(Duration limit) implements CellOutcome {
        public TimedOut {
            Objects.requireNonNull(limit, "limit");
        }
    }

    /** The cell was never run, for {@code reason} (e.g. the engine could not start). */
    record NotRun(String reason) implements CellOutcome {
        public NotRun {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
