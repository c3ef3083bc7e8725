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
     * @param ename     short name shown in bold, e.g. {@code CompileError}, {@code ArithmeticException}
     * @param evalue    one line saying what happened
     * @param traceback lines to show, without kernel or JShell internals (may contain ANSI colours); when
     *                  empty, {@code ename: evalue}, since front ends show an error's traceback only
     */
    record Failed(String ename, String evalue, List<String> traceback) implements ExecuteOutcome {
        public Failed {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            // the rule the wire applies to every error (protocol's Traceback), kept here too so that what
            // shows a failure without the wire (the terminal app, a graded notebook) has a line to show
            traceback = traceback.isEmpty()
                    ? (evalue.isBlank() ? ename : ename + ": " + evalue).lines().toList()
                    : List.copyOf(traceback);
        }
    }
}
