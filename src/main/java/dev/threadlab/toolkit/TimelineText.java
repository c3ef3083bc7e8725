package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link TimelineLayout} as text: a row per thread with {@code █} where it was busy and
 * {@code ·} where idle, each bar wide enough for it labelled with its span's name (as the SVG's bars
 * are), a line per lane when a row's spans overlap (the name on the first, how many
 * at once on the second), a folded or too crowded row as a {@code ▁▂▃▄▅▆▇█} histogram, the time span
 * and the summary.
 */
final class TimelineText {

    static final int COLUMNS = 60;
    private static final String LEVELS = " ▁▂▃▄▅▆▇█";

    private TimelineText() {
    }

    static String render(TimelineLayout layout, TimelineSummary summary) {
        if (layout.rows().isEmpty()) {
            return "(empty timeline: no spans recorded)";
        }
        List<String[]> lines = new ArrayList<>();
        for (TimelineLayout.Row row : layout.rows()) {
            String name = TimelineLayout.shownName(row) + (row.kind() == Span.Kind.VIRTUAL ? " (v)" : "");
            if (row.crowded()) {
                double[] level = TimelineLayout.concurrency(row.spans(), layout.origin(), layout.end(), COLUMNS);
                lines.add(new String[] {name + ", " + TimelineLayout.peakLabel(row), histogram(level, row.peak())});
                continue;
            }
            for (int lane = 0; lane < row.lanes().size(); lane++) {
                String label = lane == 0 ? name : lane == 1 ? TimelineLayout.peakLabel(row) : "";
                lines.add(new String[] {label, occupancy(layout, row.lanes().get(lane))});
            }
        }
        if (layout.folded() != null) {
            double[] level = TimelineLayout.concurrency(layout.folded().spans(), layout.origin(), layout.end(), COLUMNS);
            lines.add(new String[] {layout.foldedLabel(), histogram(level, max(level))});
        }
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            out.append(line[0]).append(" ".repeat(width - line[0].length())).append(" │").append(line[1]).append("│\n");
        }
        String end = Text.duration(java.time.Duration.ofNanos(layout.end() - layout.origin()));
        String axis = "0" + " ".repeat(Math.max(1, COLUMNS - 1 - end.length())) + end;
        out.append(" ".repeat(width + 2)).append(axis).append('\n');
        return out.append(summary.line()).toString();
    }

    private static String occupancy(TimelineLayout layout, List<Span> spans) {
        char[] cells = "·".repeat(COLUMNS).toCharArray();
        double column = Math.max(1, layout.end() - layout.origin()) / (double) COLUMNS;
        int[] from = new int[spans.size()];
        int[] to = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            from[i] = (int) Math.min(COLUMNS - 1, (s.startNanos() - layout.origin()) / column);
            to[i] = Math.max(from[i] + 1, (int) Math.min(COLUMNS, Math.ceil((s.endNanos() - layout.origin()) / column)));
            for (int c = from[i]; c < to[i]; c++) {
                cells[c] = '█';
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            label(cells, spans.get(i).label(), from[i], i + 1 < spans.size() ? Math.min(to[i], from[i + 1]) : to[i]);
        }
        return new String(cells);
    }

    /**
     * Writes {@code label} into the bar at columns {@code from} to {@code to}, one block in from its start
     * and one before its end, shortened with an ellipsis where it needs to be; a bar too narrow for four of
     * its characters (or for a short label whole) stays unlabelled, as does a label of characters that may
     * take two columns in a terminal.
     */
    private static void label(char[] cells, String label, int from, int to) {
        String text = Text.visible(label);
        int room = to - from - 2;
        if (text.isEmpty() || room < Math.min(4, text.length()) || !oneColumnEach(text)) {
            return;
        }
        String shown = Text.truncate(text, room);
        shown.getChars(0, shown.length(), cells, from + 1);
    }

    /** Whether every character of {@code text} takes one column in a terminal (no CJK, no emoji). */
    private static boolean oneColumnEach(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x1100 && !Character.isSurrogate((char) c));
    }

    /** {@code level} as block characters, a full block for {@code max} at once. */
    private static String histogram(double[] level, double max) {
        StringBuilder out = new StringBuilder(level.length);
        for (double v : level) {
            int index = max == 0 || v == 0 ? 0 : Math.max(1, (int) Math.round(Math.min(1, v / max) * 8));
            out.append(LEVELS.charAt(index));
        }
        return out.toString();
    }

    private static double max(double[] level) {
        double max = 0;
        for (double v : level) {
            max = Math.max(max, v);
        }
        return max;
    }
}
