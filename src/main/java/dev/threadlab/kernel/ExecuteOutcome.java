package dev.threadlab.kernel;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.protocol.Traceback;
import java.util.List;
import java.util.Objects;

/** How a cell ended. */
public sealed interface ExecuteOutcome {

    /** The cell ran; {@code result} is the last expression's value to show, or null when there is none. */
    record Ok(MimeBundle result) implements ExecuteOutcome {}

    /**
     * The cell failed: a compile error, an exception, an interrupt or a lost engine.
     *
     * @param ename     short name shown in bold, e.g. {@code CompileError}, {@code ArithmeticException}
     * @param evalue    one line saying what happened
     * @param traceback lines to show, without kernel or JShell internals (may contain ANSI colours); when
     *                  empty, {@code ename: evalue}, since front ends show an error's traceback only
     */
    record Failed(String ename, String evalue, List<String> traceback) implements ExecuteOutcome {
        public Failed {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = Traceback.orMessage(ename, evalue, traceback);
        }
    }
}
