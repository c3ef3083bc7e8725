package dev.threadlab.repl;

import dev.threadlab.kernel.Cell;
import dev.threadlab.kernel.Completeness;
import dev.threadlab.kernel.Completion;
import dev.threadlab.kernel.ExecuteOutcome;
import dev.threadlab.kernel.ExpressionOutcome;
import dev.threadlab.kernel.Inspection;
import dev.threadlab.kernel.Interpreter;
import dev.threadlab.kernel.Output;
import dev.threadlab.protocol.Reply.LanguageInfo;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An interpreter made when first needed or when {@link #start()} is called, whichever comes first: the
 * start screen is drawn before the engine JVM competes for the processor, and the engine is started
 * right after it. Thread-safe; the wrapped interpreter's thread contract applies.
 */
final class LaterInterpreter implements Interpreter {

    private final Supplier<? extends Interpreter> make;
    private Interpreter made;
    private boolean closed;

    LaterInterpreter(Supplier<? extends Interpreter> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    /** Makes the interpreter now (its engine starts in the background), if not made yet. */
    synchronized Interpreter start() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    @Override public LanguageInfo languageInfo() { return start().languageInfo(); }
    @Override public String banner() { return start().banner(); }
    @Override public ExecuteOutcome execute(Cell cell, Output output) { return start().execute(cell, output); }
    @Override public ExpressionOutcome evaluate(String expression) { return start().evaluate(expression); }
    @Override public Completion complete(String code, int cursor) { return start().complete(code, cursor); }
    @Override public Inspection inspect(String code, int cursor, int detailLevel) {
        return start().inspect(code, cursor, detailLevel);
    }
    @Override public Completeness isComplete(String code) { return start().isComplete(code); }
    @Override public void restart() { start().restart(); }

    @Override
    public void interrupt() {
        Interpreter running;
        synchronized (this) {
            running = made;
        }
        if (running != null) {
            running.interrupt(); // nothing runs in an interpreter not made yet
        }
    }

    /** Closes the interpreter if it was made; a later call makes none. */
    @Override
    public synchronized void close() {
        if (!closed && made != null) {
            made.close();
        }
        closed = true;
    }
}
