package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Objects;

/** The value of a user expression, or why it has none. */
public sealed interface ExpressionOutcome {

    /** The expression's value as a bundle (at least {@code text/plain}). */
    record Value(MimeBundle bundle) implements ExpressionOutcome {
        public Value { Objects.requireNonNull(bundle, "bundle"); }
    }

    /**
     * The expression failed to compile or threw.
     *
     * @param failure what went wrong
     */
    record Failed(Failure failure) implements ExpressionOutcome {
        public Failed { Objects.requireNonNull(failure, "failure"); }

        /** An expression that failed with {@code ename: evalue}, which is also its traceback. */
        public Failed(String ename, String evalue) {
            this(new Failure(ename, evalue, List.of()));
        }

        /** The failure's {@link Failure#ename()}. */
        public String ename() { return failure.ename(); }

        /** The failure's {@link Failure#evalue()}. */
        public String evalue() { return failure.evalue(); }
    }
}
