package dev.threadlab.display;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The sink used until the engine installs one: prints {@code text/plain} and nothing else, so toolkit
 * code still works in a plain Java program. An update prints again (a terminal cannot redraw);
 * clearing does nothing. Thread-safe: each bundle is printed in one synchronized call.
 */
final class PlainTextSink implements DisplaySink {

    private final PrintStream out;

    PlainTextSink(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        print(bundle);
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        print(bundle);
    }

    @Override
    public void clear(boolean wait) {
        // A terminal cannot take back what was printed.
    }

    private void print(MimeBundle bundle) {
        String text = bundle.data().get(MimeBundle.TEXT_PLAIN);
        if (text != null && !text.isEmpty()) {
            synchronized (out) {
                out.println(text);
                out.flush();
            }
        }
    }
}
