package dev.threadlab.interpreter;

import java.util.Objects;

/** Whether code is ready to run. */
public sealed interface Completeness {

    /** Ready to run. */
    record Complete() implements Completeness {}

    /** More input is expected; {@code indent} is what to put at the start of the next line. */
    record Incomplete(String indent) implements Completeness {
        public Incomplete { Objects.requireNonNull(indent, "indent"); }
    }

    /** Can never become valid by adding lines (e.g. an unbalanced closing brace). */
    record Invalid() implements Completeness {}
}
