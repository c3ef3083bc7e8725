package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link TimelineLayout} as an SVG Gantt chart: row labels on the left, a bar per span,
 * a time axis in milliseconds, a colour legend when bars are too narrow for their labels, and the
 * summary line. A row whose spans overlap is as many thin bars high as it had spans at once, its name
 * over "N at once"; a row of more than {@link TimelineLayout#MAX_LANES} lanes is a histogram.
 * Self-contained (attributes only, no CSS) and deterministic for the same spans.
 */
final class TimelineSvg {

    static final int WIDTH = 900;
    private static final double CHAR = 7.0;
    private static final double BAR_CHAR = 6.3;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int TOP = 8;
    /** Lanes of a row whose spans overlap are this far apart, for up to {@link #ROOMY_LANES} lanes. */
    private static final double LANE = 14;
    /** Rows of more lanes than this are squeezed into the height of this many. */
    private static final int ROOMY_LANES = 8;
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    private static final int LEGEND_MAX = 12;

    private final TimelineLayout layout;
    private final StringBuilder out = new StringBuilder(8192);
    private final double x0;
    private final double x1;
    private final double mergeGap;
    private final double lanePitch;
    private boolean hiddenLabels;

    private TimelineSvg(TimelineLayout layout, int labelChars, double lanePitch) {
        this.layout = layout;
        this.lanePitch = lanePitch;
        // At least as wide as the axis caption "time (ms)", which sits in the same column.
        this.x0 = 18 + Math.max(9, Math.min(Math.max(labelChars, labelChars(layout)), 28)) * CHAR;
        this.x1 = WIDTH - 28;
        this.mergeGap = TimelineBars.mergeGap(layout, WIDTH, this::x);
    }

    static String render(TimelineLayout layout, TimelineSummary summary) {
        Panel panel = new TimelineSvg(layout, 0, lanePitch(layout)).draw(summary);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + panel.height()
                + "\" viewBox=\"0 0 " + WIDTH + " " + panel.height() + "\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<rect width=\"" + WIDTH + "\" height=\"" + panel.height() + "\" fill=\"#fff\"/>" + panel.content()
                + "</svg>";
    }

    /** A chart's SVG elements without the enclosing {@code svg}, {@link #WIDTH} wide and {@code height} high. */
    record Panel(String content, int height) {
    }

    /**
     * The chart of {@code layout} as a panel to place in a larger picture, its row labels in a column at least
     * {@code labelChars} characters wide and its lanes {@code lanePitch} apart, so that several panels can share
     * one label column and draw a lane as high as each other ({@link #lanePitch} of the most crowded).
     */
    static Panel panel(TimelineLayout layout, TimelineSummary summary, int labelChars, double lanePitch) {
        return new TimelineSvg(layout, labelChars, lanePitch).draw(summary);
    }

    /**
     * How far apart the lanes of {@code layout}'s rows are drawn: {@link #LANE} units, less when a row has
     * more than {@link #ROOMY_LANES} lanes, so that it is no higher than that many (at least 7 units).
     */
    static double lanePitch(TimelineLayout layout) {
        int lanes = layout.rows().stream().filter(r -> !r.crowded()).mapToInt(TimelineLayout.Row::peak).max()
                .orElse(1);
        return lanes <= ROOMY_LANES ? LANE : LANE * ROOMY_LANES / lanes;
    }

    /** How high {@code row} is drawn: one bar's row, its lanes, or a histogram. */
    private double height(TimelineLayout.Row row) {
        if (row.crowded()) {
            return 2 * ROW;
        }
        return row.peak() == 1 ? ROW : row.peak() * lanePitch + (ROW - BAR) / 2.0 + 2;
    }

    /** How many characters the longest row label of {@code layout} needs. */
    static int labelChars(TimelineLayout layout) {
        int chars = layout.rows().stream().mapToInt(r -> TimelineLayout.shownName(r).length()).max().orElse(4);
        return layout.folded() == null ? chars : Math.max(chars, layout.foldedLabel().length());
    }

    private Panel draw(TimelineSummary summary) {
        List<TimelineLayout.Row> rows = layout.rows();
        double[] tops = new double[rows.size() + 1];
        tops[0] = TOP;
        for (int i = 0; i < rows.size(); i++) {
            tops[i + 1] = tops[i] + height(rows.get(i));
        }
        double foldedTop = tops[rows.size()];
        double axisY = foldedTop + (layout.folded() == null ? 0 : 2 * ROW) + 4;
        StringBuilder body = out;
        for (int i = 0; i < rows.size(); i++) {
            drawBackground(rows.get(i).kind(), i, tops[i], tops[i + 1] - tops[i]);
        }
        if (layout.folded() != null) {
            rect(0, foldedTop, WIDTH, 2 * ROW, "#eef0f3", null);
        }
        drawAxis(TOP, axisY);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(rows.get(i), tops[i], tops[i + 1] - tops[i]);
        }
        if (layout.folded() != null) {
            drawFolded(foldedTop);
        }
        double y = axisY + 40;
        body.append(text(8, y, "start", "#222", Text.xml(summary.line())));
        y = drawLegend(y + 20);
        return new Panel(body.toString(), (int) Math.ceil(y + 4));
    }

    private double x(long nanos) {
        double range = Math.max(1, layout.end() - layout.origin());
        return x0 + (nanos - layout.origin()) / range * (x1 - x0);
    }

    private void drawBackground(Span.Kind kind, int index, double y, double height) {
        String background = switch (kind) {
            case VIRTUAL -> "#e8f1fb";
            case PROCESS -> "#fbf3e2";
            case PLATFORM -> index % 2 == 0 ? "#f4f4f4" : "#ffffff";
        };
        rect(0, y, WIDTH, height, background, null);
    }

    private void drawRow(TimelineLayout.Row row, double y, double height) {
        String name = Text.xml(TimelineLayout.shownName(row));
        String styled = row.kind() == Span.Kind.VIRTUAL ? "<tspan font-style=\"italic\">" + name + "</tspan>" : name;
        if (row.crowded()) {
            drawHistogram(styled, Text.xml(TimelineLayout.peakLabel(row)), row.spans(), row.peak(), y,
                    row.name() + ": at most " + Text.count(row.peak()) + " at once");
            return;
        }
        if (row.peak() == 1) {
            out.append(text(x0 - 8, y + ROW / 2.0 + 4, "end", "#222", styled));
        } else {
            out.append(text(x0 - 8, y + height / 2 - 1, "end", "#222", styled));
            out.append(text(x0 - 8, y + height / 2 + 12, "end", "#666",
                    "<tspan font-size=\"10\">" + Text.xml(TimelineLayout.peakLabel(row)) + "</tspan>"));
        }
        for (int lane = 0; lane < row.peak(); lane++) {
            double top = row.peak() == 1 ? y + (ROW - BAR) / 2.0 : y + (ROW - BAR) / 2.0 + lane * lanePitch;
            double barHeight = row.peak() == 1 ? BAR : lanePitch - 2;
            for (List<Span> group : TimelineBars.of(row.lanes().get(lane), mergeGap, this::x)) {
                long from = group.getFirst().startNanos();
                long to = group.stream().mapToLong(Span::endNanos).max().orElse(from);
                drawBar(group, new long[] {from, to}, top, barHeight);
            }
        }
    }

    /** Draws a bar from {@code top}, {@code height} high: a row's one bar ({@link #BAR}) or a lane's thinner one. */
    private void drawBar(List<Span> group, long[] extent, double top, double height) {
        Span first = group.getFirst();
        double bx = x(extent[0]);
        double bw = Math.max(1, x(extent[1]) - bx);
        boolean oneLabel = group.stream().allMatch(s -> s.label().equals(first.label()));
        String fill = oneLabel ? colour(first.label()) : "#8a8a8a";
        long busy = group.stream().mapToLong(s -> s.endNanos() - s.startNanos()).sum();
        long extentNanos = extent[1] - extent[0];
        String title = group.size() == 1
                ? first.label() + " · " + Text.duration(first.duration()) + " · " + first.thread()
                : Text.count(group.size()) + " spans (" + (oneLabel ? first.label() : "mixed") + ") · busy "
                  + Text.duration(java.time.Duration.ofNanos(busy)) + " of "
                  + Text.duration(java.time.Duration.ofNanos(extentNanos));
        // A merged bar is as opaque as its spans cover it, so idle gaps inside it still show.
        double cover = group.size() == 1 || extentNanos == 0 ? 1 : Math.min(1, (double) busy / extentNanos);
        rect(bx, top, bw, height, fill, Text.xml(title));
        if (cover < 0.95) {
            out.insert(out.lastIndexOf(" rx=\"2\"><title>"), " fill-opacity=\"" + Text.coord(Math.max(0.2, cover)) + "\"");
        }
        String label = group.size() == 1 && height >= 10 ? Text.visible(first.label()) : "";
        // A lane's bar is thinner than a row's: its label one point smaller, its baseline as centred.
        boolean thin = height < BAR;
        int fits = (int) ((bw - 6) / (thin ? BAR_CHAR * 10 / 11 : BAR_CHAR));
        if (!label.isEmpty() && fits >= Math.min(4, label.length())) {
            out.append("<text x=\"").append(Text.coord(bx + bw / 2)).append("\" y=\"")
                    .append(Text.coord(top + height / 2 + (thin ? 3.5 : 4))).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(thin ? "10" : "11").append("\" fill=\"")
                    .append(textColour(fill)).append("\">").append(Text.xml(Text.truncate(label, fits)))
                    .append("</text>");
        } else if (group.size() == 1) {
            hiddenLabels = true;
        }
    }

    private void drawFolded(double y) {
        List<Span> spans = layout.folded().spans();
        double max = 0;
        for (double v : TimelineLayout.concurrency(spans, layout.origin(), layout.end(), bins())) {
            max = Math.max(max, v);
        }
        drawHistogram(Text.xml(layout.foldedLabel()), "at once, up to " + Text.count(Math.round(max)), spans, max, y,
                layout.foldedLabel() + ": at most " + Text.number(max) + " running at once");
    }

    private int bins() {
        return (int) ((x1 - x0) / 3);
    }

    /**
     * Draws {@code spans} as a histogram of how many ran at once, {@code max} at full height, two rows high,
     * labelled {@code escapedLabel} over {@code escapedNote}, with the tooltip {@code title}.
     */
    private void drawHistogram(String escapedLabel, String escapedNote, List<Span> spans, double max, double y,
                               String title) {
        int bins = bins();
        double[] level = TimelineLayout.concurrency(spans, layout.origin(), layout.end(), bins);
        out.append(text(x0 - 8, y + ROW - 2, "end", "#222", escapedLabel));
        out.append(text(x0 - 8, y + ROW + 12, "end", "#666", "<tspan font-size=\"10\">" + escapedNote + "</tspan>"));
        double base = y + 2 * ROW - 3;
        double height = 2 * ROW - 8;
        double step = (x1 - x0) / bins;
        StringBuilder d = new StringBuilder("M").append(Text.coord(x0)).append(' ').append(Text.coord(base));
        for (int i = 0; i < bins; i++) {
            double top = base - (max == 0 ? 0 : Math.min(1, level[i] / max) * height);
            d.append(" L").append(Text.coord(x0 + i * step)).append(' ').append(Text.coord(top))
                    .append(" L").append(Text.coord(x0 + (i + 1) * step)).append(' ').append(Text.coord(top));
        }
        d.append(" L").append(Text.coord(x1)).append(' ').append(Text.coord(base)).append('Z');
        out.append("<path d=\"").append(d).append("\" fill=\"#7f8fa6\"><title>").append(Text.xml(title))
                .append("</title></path>");
    }

    private void drawAxis(double top, double axisY) {
        double rangeMs = Math.max(1e-3, (layout.end() - layout.origin()) / 1e6);
        double step = TimeAxis.step(rangeMs);
        StringBuilder grid = new StringBuilder();
        for (double t = 0; t <= rangeMs + step * 1e-9; t += step) {
            double x = x0 + t / rangeMs * (x1 - x0);
            String xs = Text.coord(x);
            grid.append("<line x1=\"").append(xs).append("\" y1=\"").append(Text.coord(top)).append("\" x2=\"")
                    .append(xs).append("\" y2=\"").append(Text.coord(axisY + 4)).append("\" stroke=\"#d8d8d8\"/>");
            grid.append(text(x, axisY + 18, "middle", "#444", TimeAxis.label(t, step)));
        }
        out.append(grid);
        out.append("<line x1=\"").append(Text.coord(x0)).append("\" y1=\"").append(Text.coord(axisY))
                .append("\" x2=\"").append(Text.coord(x1)).append("\" y2=\"").append(Text.coord(axisY))
                .append("\" stroke=\"#444\"/>");
        out.append(text(x0 - 8, axisY + 18, "end", "#444", "time (ms)"));
    }

    private double drawLegend(double y) {
        Map<String, Integer> colours = layout.colourIndex();
        boolean virtual = layout.rows().stream().anyMatch(r -> r.kind() == Span.Kind.VIRTUAL);
        List<String> items = new ArrayList<>();
        if (hiddenLabels && colours.size() <= LEGEND_MAX) {
            colours.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> items.add(e.getKey()));
        }
        if (items.isEmpty() && !virtual) {
            return y - 14;
        }
        double x = 8;
        for (String label : items) {
            String shown = Text.truncate(Text.visible(label), 28);
            double w = 18 + shown.length() * CHAR + 12;
            if (x + w > WIDTH) {
                x = 8;
                y += 18;
            }
            rect(x, y - 10, 12, 12, colour(label), null);
            out.append(text(x + 17, y, "start", "#222", Text.xml(shown)));
            x += w;
        }
        if (virtual) {
            y += items.isEmpty() ? 0 : 18;
            rect(8, y - 10, 12, 12, "#e8f1fb", null);
            out.append(text(25, y, "start", "#222", "<tspan font-style=\"italic\">italic</tspan> rows on blue: virtual threads"));
        }
        return y;
    }

    private String colour(String label) {
        return PALETTE[layout.colourIndex().getOrDefault(label, 0) % PALETTE.length];
    }

    /** Dark text on light colours, white on dark (relative luminance). */
    static String textColour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * lin(rgb >> 16 & 255) + 0.7152 * lin(rgb >> 8 & 255) + 0.0722 * lin(rgb & 255);
        return l > 0.28 ? "#1a1a1a" : "#ffffff";
    }

    private static double lin(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private void rect(double x, double y, double w, double h, String fill, String title) {
        out.append("<rect x=\"").append(Text.coord(x)).append("\" y=\"").append(Text.coord(y))
                .append("\" width=\"").append(Text.coord(w)).append("\" height=\"").append(Text.coord(h))
                .append("\" fill=\"").append(fill).append('"');
        if (title == null) {
            out.append("/>");
        } else {
            out.append(" rx=\"2\"><title>").append(title).append("</title></rect>");
        }
    }

    private static String text(double x, double y, String anchor, String fill, String escapedContent) {
        return "<text x=\"" + Text.coord(x) + "\" y=\"" + Text.coord(y) + "\" text-anchor=\"" + anchor
                + "\" fill=\"" + fill + "\">" + escapedContent + "</text>";
    }
}
