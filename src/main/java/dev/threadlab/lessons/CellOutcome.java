package dev.threadlab.lessons;

import dev.threadlab.display.MimeBundle;
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
     * @param ename     the error's name, e.g. {@code CheckFailed}
     * @param evalue    one line saying what happened
     * @param traceback lines the notebook would show
     */
    record Errored(String ename, String evalue, List<String> traceback) implements CellOutcome {
        public Errored {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = List.copyOf(traceback);
        }
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
