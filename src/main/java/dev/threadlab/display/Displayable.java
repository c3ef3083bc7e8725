package dev.threadlab.display;

/**
 * A value that knows how to show itself richly: tables, timelines, charts.
 *
 * <p>When a cell's last expression is {@code Displayable}, the kernel shows {@link #mimeBundle()} as the
 * cell's result; {@code Display.show(x)} shows it at any point. The bundle must contain
 * {@code text/plain} so terminals and plain-text exports can show it too.
 *
 * <p>A bundle with <em>no</em> representations ({@link MimeBundle#empty()}) means "nothing to show":
 * the kernel then gives the cell no result and {@code Display.show} shows nothing. A
 * {@link DisplayHandle} does this, so a cell ending in {@code Display.show(x)} shows {@code x} once,
 * as IPython's {@code display(x)} (which returns {@code None}) does.
 *
 * <pre>{@code
 * record Celsius(double degrees) implements Displayable {
 *     public MimeBundle mimeBundle() {
 *         return MimeBundle.text(degrees + " °C").with("text/html", "<b>" + degrees + " °C</b>");
 *     }
 * }
 * }</pre>
 */
public interface Displayable {

    /** The representations of this value; must include {@code text/plain}, unless empty (nothing to show). */
    MimeBundle mimeBundle();
}
