package dev.threadlab.lessons.notebook;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Failure;
import java.util.List;
import java.util.Objects;

/**
 * One output of a code cell, as nbformat 4 stores it in the {@code outputs} of the cell. Front ends that
 * run cells themselves (the terminal app) save what a cell showed with {@link NotebookCell#withOutputs},
 * so the notebook opens in Jupyter with the same outputs. Immutable.
 */
public sealed interface NotebookOutput {

    /** Text the cell wrote; {@code name} is {@code stdout} or {@code stderr}. */
    record Stream(String name, String text) implements NotebookOutput {
        public Stream {
            if (!"stdout".equals(name) && !"stderr".equals(name)) {
                throw new IllegalArgumentException("a stream is named stdout or stderr, was " + name);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A rich display ({@code display_data}); JSON MIME types hold JSON text, as in {@link MimeBundle}. */
    record Display(MimeBundle bundle) implements NotebookOutput {
        public Display { Objects.requireNonNull(bundle, "bundle"); }
    }

    /** The value of the cell's last expression ({@code execute_result}). */
    record Result(MimeBundle bundle, int executionCount) implements NotebookOutput {
        public Result {
            Objects.requireNonNull(bundle, "bundle");
            if (executionCount < 1) {
                throw new IllegalArgumentException("executionCount must be >= 1, was " + executionCount);
            }
        }
    }

    /**
     * How the cell failed ({@code error}), as the file stores it: a notebook read from disk may hold an error
     * without traceback lines, kept as it is so the file is written back unchanged.
     */
    record Error(String ename, String evalue, List<String> traceback) implements NotebookOutput {
        public Error {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = List.copyOf(traceback);
        }

        /** The output a cell that ended in {@code failure} stores. */
        public static Error of(Failure failure) {
            return new Error(failure.ename(), failure.evalue(), failure.traceback());
        }
    }
}
