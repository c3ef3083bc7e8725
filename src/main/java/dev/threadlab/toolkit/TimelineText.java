package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link TimelineLayout} as text: a row per thread with {@code █} where it was busy and
 * {@code ·} where idle, a folded row as a {@code ▁▂▃▄▅▆▇█} histogram, the time span and the summary.
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
            lines.add(new String[] {name, occupancy(layout, row)});
        }
        if (layout.folded() != null) {
            lines.add(new String[] {layout.foldedLabel(), histogram(layout)});
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

    private static String occupancy(TimelineLayout layout, TimelineLayout.Row row) {
        char[] cells = "·".repeat(COLUMNS).toCharArray();
        double column = Math.max(1, layout.end() - layout.origin()) / (double) COLUMNS;
        for (Span s : row.spans()) {
            int from = (int) Math.min(COLUMNS - 1, (s.startNanos() - layout.origin()) / column);
            int to = (int) Math.min(COLUMNS, Math.ceil((s.endNanos() - layout.origin()) / column));
            for (int c = from; c < Math.max(from + 1, to); c++) {
                cells[c] = '█';
            }
        }
        return new String(cells);
    }

    private static String histogram(TimelineLayout layout) {
        double[] level = layout.folded().concurrency(layout.origin(), layout.end(), COLUMNS);
        double max = 0;
        for (double v : level) {
            max = Math.max(max, v);
        }
        StringBuilder out = new StringBuilder(COLUMNS);
        for (double v : level) {
            int index = max == 0 || v == 0 ? 0 : Math.max(1, (int) Math.round(v / max * 8));
            out.append(LEVELS.charAt(index));
        }
        return out.toString();
    }
}
