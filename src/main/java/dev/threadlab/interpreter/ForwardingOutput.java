package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;
import java.util.Objects;

/**
 * An {@link Output} that passes everything to another one, for decorators: a subclass overrides only what it
 * takes note of or changes. Thread-safe when the output it passes to is.
 */
public abstract class ForwardingOutput implements Output {

    private final Output out;

    /** Passes everything to {@code out}. */
    protected ForwardingOutput(Output out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override public void stdout(String text) { out.stdout(text); }
    @Override public void stderr(String text) { out.stderr(text); }
    @Override public void display(MimeBundle bundle, String displayId) { out.display(bundle, displayId); }
    @Override public void updateDisplay(MimeBundle bundle, String displayId) { out.updateDisplay(bundle, displayId); }
    @Override public void clear(boolean wait) { out.clear(wait); }
    @Override public void checkReport(String id, String json) { out.checkReport(id, json); }

    @Override
    public String input(String prompt, boolean password) throws InterruptedException {
        return out.input(prompt, password);
    }
}
