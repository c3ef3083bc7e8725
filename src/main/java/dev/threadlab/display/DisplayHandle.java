package dev.threadlab.display;

import java.util.Objects;

/**
 * One output shown by {@link Display#show}, which can be replaced in place later.
 *
 * <pre>{@code
 * DisplayHandle status = Display.show("starting…");
 * status.update("3 of 10 done");   // same place in the notebook, not a new line
 * status.clear();                  // leaves the place empty
 * }</pre>
 *
 * <p>A handle remembers the sink it was shown on, so it keeps working if another sink is installed
 * later. Thread-safe: updates from several threads are sent in the order they reach the sink. As a
 * {@link Displayable} it has nothing to show (an empty bundle), so it is never a cell's result.
 *
 * @see Display
 */
public final class DisplayHandle implements Displayable {

    private final DisplaySink sink;
    private final String displayId;

    DisplayHandle(DisplaySink sink, String displayId) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.displayId = Objects.requireNonNull(displayId, "displayId");
    }

    /** The display id (a random UUID) that ties updates to the first display. */
    public String displayId() {
        return displayId;
    }

    /** Replaces the output with {@code value}, converted as by {@link Display#bundleOf}. */
    public void update(Object value) {
        sink.update(Display.bundleOf(value), displayId);
    }

    /** Replaces the output with an empty text, which a notebook shows as nothing. */
    public void clear() {
        sink.update(MimeBundle.text(""), displayId);
    }

    /**
     * Nothing: the handle stands for an output that is already shown, so a cell ending in
     * {@code Display.show(x)} does not show the handle as its result as well.
     */
    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.empty();
    }

    @Override
    public String toString() {
        return "DisplayHandle[" + displayId + "]";
    }
}
