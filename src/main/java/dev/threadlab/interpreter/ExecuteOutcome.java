package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Objects;

/** How a cell ended. */
public sealed interface ExecuteOutcome {

    /** The cell ran; {@code result} is the last expression's value to show, or null when there is none. */
    record Ok(MimeBundle result) implements ExecuteOutcome {}

    /**
     * The cell failed: a compile error, an exception, an interrupt or a lost engine.
     *
     * @param failure what went wrong; its traceback always has a line, since front ends show an error's
     *                traceback only
     */
    record Failed(Failure failure) implements ExecuteOutcome {
        public Failed { Objects.requireNonNull(failure, "failure"); }

        /** A cell that failed with {@code new Failure(ename, evalue, traceback)}. */
        public Failed(String ename, String evalue, List<String> traceback) {
            this(new Failure(ename, evalue, traceback));
        }

        /** The failure's {@link Failure#ename()}. */
        public String ename() { return failure.ename(); }

        /** The failure's {@link Failure#evalue()}. */
        public String evalue() { return failure.evalue(); }

        /** The failure's {@link Failure#traceback()}: never empty. */
        public List<String> traceback() { return failure.traceback(); }

        /** The failure's {@link Failure#notCompiled()}. */
        public boolean notCompiled() { return failure.notCompiled(); }
    }
}
