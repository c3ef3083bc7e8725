package dev.threadlab.kernel;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;

/**
 * The {@link Output} of one cell: each call becomes an IOPub message whose parent is the cell's
 * {@code execute_request}, so late output from background threads still lands under the right cell.
 */
final class CellOutput implements Output {

    private final Publisher publisher;
    private final Stdin stdin;
    private final Message request;
    private final boolean allowStdin;

    CellOutput(Publisher publisher, Stdin stdin, Message request, boolean allowStdin) {
        this.publisher = publisher;
        this.stdin = stdin;
        this.request = request;
        this.allowStdin = allowStdin;
    }

    @Override
    public void stdout(String text) {
        if (!text.isEmpty()) {
            publisher.publish(request, new IoPub.Stream("stdout", text));
        }
    }

    @Override
    public void stderr(String text) {
        if (!text.isEmpty()) {
            publisher.publish(request, new IoPub.Stream("stderr", text));
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
