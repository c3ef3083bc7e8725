package dev.threadlab.display;

/**
 * A value that knows how to show itself richly: tables, timelines, charts.
 *
 * <p>When a cell's last expression is {@code Displayable}, the kernel shows {@link #mimeBundle()} as the
 * cell's result; {@code Display.show(x)} shows it at any point. The bundle must contain
 * {@code text/plain} so terminals and plain-text exports can show it too.
 */
public interface Displayable {

    /** The representations of this value; must include {@code text/plain}. */
    MimeBundle mimeBundle();
}
