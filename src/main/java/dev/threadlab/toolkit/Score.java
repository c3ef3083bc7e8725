package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;

/**
 * The points a check cell earned, as the cell's value: its {@code text/plain} is the number alone (nbgrader
 * reads {@code float(text/plain)} as the cell's partial credit, so anything else there would give full
 * marks), its {@code text/html} a short coloured line, "✓ 4 of 4 points" in green or "3 of 4 points" in
 * amber. Immutable.
 */
public final class Score implements Displayable {

    private final double points;
    private final double max;

    Score(double points, double max) {
        if (!(points >= 0) || points > max) {
            throw new IllegalArgumentException("points must be within 0.." + max + ", was " + points);
        }
        this.points = points;
        this.max = max;
    }

    /** The points earned. */
    public double points() {
        return points;
    }

    /** The points the cell can earn: the sum of its requirements' points. */
    public double max() {
        return max;
    }

    /** Whether every point was earned. */
    public boolean full() {
        return points == max;
    }

    @Override
    public MimeBundle mimeBundle() {
        String line = (full() ? "✓ " : "") + CheckResults.number(points) + " of " + CheckResults.number(max) + " points";
        String html = "<div style=\"font-family:sans-serif;font-size:14px;font-weight:bold;color:"
                + (full() ? "#1a7f37" : "#9a6700") + "\">" + Text.xml(line) + "</div>";
        return MimeBundle.text(toString()).with("text/html", html);
    }

    /** The points alone, {@code 3} or {@code 2.5}: what nbgrader reads. */
    @Override
    public String toString() {
        return CheckResults.number(points);
    }
}
