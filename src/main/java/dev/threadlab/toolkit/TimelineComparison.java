package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several timelines in one picture, one under the other on the same time scale, so that the ways of doing
 * the same job can be compared at a glance: a way that took twice as long draws bars reaching twice as far.
 * Each panel has its title (the map's key), its rows, its time axis and its summary line; the row labels of
 * all panels share one column, and a row whose spans overlap has its lanes as far apart in every panel. Text fallback: the text chart of each panel under its title, every one 60
 * columns for the longest timeline's wall time.
 *
 * <pre>{@code
 * Map<String, Timeline> ways = new LinkedHashMap<>();
 * ways.put("one after another", sequential);
 * ways.put("a virtual thread each", virtual);
 * TimelineComparison.of(ways)      // the cell's value: both charts, on one scale
 * }</pre>
 *
 * <p>The timelines are read when the picture is drawn ({@link #mimeBundle()}, {@link #toSvg()},
 * {@link #toText()}), not when it is made; an empty timeline is a panel that says so. Immutable and
 * thread-safe as far as the timelines are (they are).
 */
public final class TimelineComparison implements Displayable {

    private static final int TITLE = 26;

    private final Map<String, Timeline> timelines;

    private TimelineComparison(Map<String, Timeline> timelines) {
        this.timelines = timelines;
    }

    /**
     * The timelines of {@code byTitle} side by side, in the map's order (use a {@code LinkedHashMap}).
     *
     * @throws NullPointerException     when the map, a title or a timeline is null
     * @throws IllegalArgumentException when the map is empty
     */
    public static TimelineComparison of(Map<String, ? extends Timeline> byTitle) {
        Objects.requireNonNull(byTitle, "byTitle");
        if (byTitle.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one timeline, was given none");
        }
        Map<String, Timeline> copy = new LinkedHashMap<>();
        byTitle.forEach((title, timeline) -> copy.put(Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(timeline, "the timeline of " + title)));
        return new TimelineComparison(copy);
    }

    /** The titles, in the order the panels are drawn. */
    public List<String> titles() {
        return List.copyOf(timelines.keySet());
    }

    /** The picture as one SVG document, {@value TimelineSvg#WIDTH} units wide. */
    public String toSvg() {
        List<Panel> panels = panels();
        int labels = panels.stream().mapToInt(p -> TimelineSvg.labelChars(p.layout())).max().orElse(0);
        // One lane height in every panel, the most crowded panel's, so that equal heights mean equal counts.
        double pitch = panels.stream().mapToDouble(p -> TimelineSvg.lanePitch(p.layout())).min().orElseThrow();
        StringBuilder body = new StringBuilder(16384);
        int y = 0;
        for (Panel panel : panels) {
            body.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(TimelineSvg.WIDTH)
                    .append("\" height=\"").append(TITLE).append("\" fill=\"#e4e8ee\"/>")
                    .append("<text x=\"8\" y=\"").append(y + 17).append("\" text-anchor=\"start\" fill=\"#222\"")
                    .append(" font-weight=\"bold\">").append(Text.xml(Text.visible(panel.title()))).append("</text>");
            TimelineSvg.Panel drawn = TimelineSvg.panel(panel.layout(), panel.summary(), labels, pitch);
            body.append("<g transform=\"translate(0,").append(y + TITLE).append(")\">").append(drawn.content())
                    .append("</g>");
            y += TITLE + drawn.height() + 6;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + TimelineSvg.WIDTH + "\" height=\"" + y
                + "\" viewBox=\"0 0 " + TimelineSvg.WIDTH + " " + y + "\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<rect width=\"" + TimelineSvg.WIDTH + "\" height=\"" + y + "\" fill=\"#fff\"/>" + body + "</svg>";
    }

    /** The text charts, each under its title, all on the same time scale. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Panel panel : panels()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append("── ").append(Text.visible(panel.title())).append(" ──\n")
                    .append(TimelineText.render(panel.layout(), panel.summary()));
        }
        return out.toString();
    }

    @Override
    public MimeBundle mimeBundle() {
        return Picture.of(toText(), toSvg());
    }

    @Override
    public String toString() {
        return toText();
    }

    /** One timeline's layout, stretched to the longest wall time of all, and its own summary. */
    private record Panel(String title, TimelineLayout layout, TimelineSummary summary) {
    }

    private List<Panel> panels() {
        List<Panel> panels = new ArrayList<>(timelines.size());
        long longest = 0;
        for (var entry : timelines.entrySet()) {
            List<Span> spans = entry.getValue().spans();
            TimelineLayout layout = TimelineLayout.of(spans);
            longest = Math.max(longest, layout.end() - layout.origin());
            panels.add(new Panel(entry.getKey(), layout, TimelineSummary.of(spans)));
        }
        List<Panel> scaled = new ArrayList<>(panels.size());
        for (Panel p : panels) {
            TimelineLayout l = p.layout();
            TimelineLayout stretched = new TimelineLayout(l.rows(), l.folded(), l.origin(), l.origin() + longest,
                    l.colourIndex());
            scaled.add(new Panel(p.title(), stretched, p.summary()));
        }
        return scaled;
    }
}
