package dev.threadlab.repl;

import dev.threadlab.interpreter.ForwardingInterpreter;
import dev.threadlab.interpreter.Interpreter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An interpreter made when first needed or when {@link #start()} is called, whichever comes first: the
 * start screen is drawn before the engine JVM competes for the processor, and the engine is started
 * right after it. Thread-safe; the wrapped interpreter's thread contract applies.
 */
final class LaterInterpreter extends ForwardingInterpreter {

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

    /** Every call but {@link #interrupt()} and {@link #close()} makes the interpreter if it is not made yet. */
    @Override
    protected Interpreter delegate() {
        return start();
    }

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
