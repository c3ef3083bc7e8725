package dev.threadlab.kernel;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Output;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import java.util.Locale;

/**
 * The {@link Output} of one cell: each call becomes an IOPub message whose parent is the cell's
 * {@code execute_request}, so late output from background threads still lands under the right cell.
 *
 * <p>Printed text is capped at {@value #STREAM_LIMIT_CHARS} characters per cell (counted again after a
 * {@code clear_output}): 100 MB of text reaches a client in ~4 s, but JupyterLab then freezes rendering it
 * and the notebook file grows by as much. The text is cut at a line end, a notice follows at once (a
 * background thread's flood may never end), and {@link #finish()} says how much was cut.
 * Thread-safe.
 */
final class CellOutput implements Output {

    static final long STREAM_LIMIT_CHARS = 10_000_000;

    private final Publisher publisher;
    private final Stdin stdin;
    private final Message request;
    private final boolean allowStdin;
    private long streamed;
    private long dropped;
    /** The cap was reached: printed text is counted, not shown (until a clear_output). */
    private boolean capped;

    CellOutput(Publisher publisher, Stdin stdin, Message request, boolean allowStdin) {
        this.publisher = publisher;
        this.stdin = stdin;
        this.request = request;
        this.allowStdin = allowStdin;
    }

    @Override
    public void stdout(String text) {
        stream("stdout", text);
    }

    @Override
    public void stderr(String text) {
        stream("stderr", text);
    }

    private void stream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (capped) {
                dropped += text.length();
                return;
            }
            long room = STREAM_LIMIT_CHARS - streamed;
            String shown = text;
            if (text.length() > room) {
                // Cut at the last line end that fits, so no half line is shown; a single line longer than
                // the cap is cut where the cap falls.
                int end = text.lastIndexOf('\n', (int) room - 1) + 1;
                shown = text.substring(0, end > 0 || streamed > 0 ? end : (int) room);
                dropped += text.length() - shown.length();
                capped = true;
            }
            streamed += shown.length();
            if (!shown.isEmpty()) {
                publisher.publish(request, new IoPub.Stream(name, shown));
            }
            if (capped) {
                // Now, not only when the cell ends: a background thread's flood may never end.
                publisher.publish(request, new IoPub.Stream("stderr", String.format(Locale.ROOT,
                        "%n[output truncated here: a cell shows at most %d MB of printed text, and what is printed"
                                + " after this is not shown. Write large output to a file, or print less.]%n",
                        STREAM_LIMIT_CHARS / 1_000_000)));
            }
        }
    }

    /** The cell ended: says how much printed text the cap cut, if any. */
    void finish() {
        long cut;
        synchronized (this) {
            cut = dropped;
            dropped = 0;
        }
        if (cut > 0) {
            publisher.publish(request, new IoPub.Stream("stderr", String.format(Locale.ROOT,
                    "%n[output truncated: %.1f MB more not shown. A cell shows at most %d MB of printed text;"
                            + " write large output to a file, or print less.]%n",
                    cut / 1e6, STREAM_LIMIT_CHARS / 1_000_000)));
        }
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        publisher.publish(request, new IoPub.DisplayData(bundle, displayId));
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        publisher.publish(request, new IoPub.UpdateDisplayData(bundle, displayId));
    }

    @Override
    public void clear(boolean wait) {
        synchronized (this) {
            streamed = 0;
            capped = false;
        }
        publisher.publish(request, new IoPub.ClearOutput(wait));
    }

    @Override
    public String input(String prompt, boolean password) throws InterruptedException {
        if (!allowStdin) {
            throw new StdinNotAllowedException();
        }
        return stdin.ask(request, prompt, password);
    }

    /** The output of a silent cell: nothing is broadcast, and input is refused. */
    static Output silent() {
        return new Output() {
            @Override public void stdout(String text) {}
            @Override public void stderr(String text) {}
            @Override public void display(MimeBundle bundle, String displayId) {}
            @Override public void updateDisplay(MimeBundle bundle, String displayId) {}
            @Override public void clear(boolean wait) {}
            @Override public String input(String prompt, boolean password) {
                throw new StdinNotAllowedException();
            }
        };
    }
}
