package dev.threadlab.interpreter;

/**
 * An {@link Interpreter} that passes every call to another one, for decorators: a subclass overrides only
 * the calls it changes (magics in front of a language, a recorder of check results, an interpreter made
 * when first needed). Thread-safety and nullness are the delegate's.
 */
public abstract class ForwardingInterpreter implements Interpreter {

    /** For subclasses. */
    protected ForwardingInterpreter() {}

    /** The interpreter calls are passed to; may be a different one on each call (one made late, say). */
    protected abstract Interpreter delegate();

    @Override public LanguageInfo languageInfo() { return delegate().languageInfo(); }
    @Override public String banner() { return delegate().banner(); }
    @Override public ExecuteOutcome execute(Cell cell, Output output) { return delegate().execute(cell, output); }
    @Override public ExpressionOutcome evaluate(String expression) { return delegate().evaluate(expression); }
    @Override public Completion complete(String code, int cursor) { return delegate().complete(code, cursor); }
    @Override public Inspection inspect(String code, int cursor, int detailLevel) {
        return delegate().inspect(code, cursor, detailLevel);
    }
    @Override public Completeness isComplete(String code) { return delegate().isComplete(code); }
    @Override public void interrupt() { delegate().interrupt(); }
    @Override public void restart() { delegate().restart(); }
    @Override public void close() { delegate().close(); }
}
