package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;
import java.util.Objects;

/** The value of a user expression, or why it has none. */
public sealed interface ExpressionOutcome {

    /** The expression's value as a bundle (at least {@code text/plain}). */
    record Value(MimeBundle bundle) implements ExpressionOutcome {
        public Value { Objects.requireNonNull(bundle, "bundle"); }
    }

    /** The expression failed to compile or threw. */
    record Failed(String ename, String evalue) implements ExpressionOutcome {
        public Failed {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
        }
    }
}
