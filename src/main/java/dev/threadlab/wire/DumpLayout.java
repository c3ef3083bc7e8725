package dev.threadlab.wire;

import dev.threadlab.wire.ThreadDumpView.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a {@link ThreadDumpView} as box-drawn text for a width (see {@link ThreadDumpView#text}). The whole table is
 * drawn as the toolkit's {@code Table} draws it, so the text does not change where it fits. Columns empty in every
 * row are left out of the narrow table and the caption says so; the kind is left out when every thread is of one
 * kind (the caption counts the virtual ones). Stateless.
 */
final class DumpLayout {

    /** At most this many locks held are listed, the rest counted. */
    private static final int LOCKS_LISTED = 3;

    private DumpLayout() {}

    /** How a column's cells are made to fit its width. */
    private enum Fit {
        /** Never narrower than its longest cell. */
        WHOLE,
        /** One line, shortened in the middle. */
        NAME,
        /** Wrapped at spaces. */
        WORDS,
        /** One item of a comma-separated list a line. */
        LIST
    }

    /** A column; {@code narrowest}: how far a shortenable one may be narrowed; {@code right}: right-aligned (a number). */
    private record Column(String header, Function<Row, String> value, Fit fit, int narrowest, boolean right) {

        Column(String header, Function<Row, String> value, Fit fit, int narrowest) {
            this(header, value, fit, narrowest, false);
        }
    }

    private static final Column ID = new Column("id", t -> Long.toString(t.id()), Fit.WHOLE, 0, true);

    static String text(ThreadDumpView view, int width) {
        List<Column> whole = List.of(new Column("thread", Row::name, Fit.WHOLE, 0), ID,
                new Column("kind", Row::kind, Fit.WHOLE, 0), new Column("state", Row::state, Fit.WHOLE, 0),
                new Column("holds", Row::holds, Fit.WHOLE, 0), new Column("waits for", Row::waitsFor, Fit.WHOLE, 0),
                new Column("top frames", t -> String.join(" ← ", t.frames()), Fit.WHOLE, 0));
        int[] natural = widths(whole, view.threads(), Integer.MAX_VALUE);
        if (fits(natural, width)) {
            return draw(view.caption(), whole, natural, view.threads(), Below.NOTHING, width);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("thread", Row::name, Fit.NAME, 15)); // pool-1-thread-1 stays whole
        columns.add(ID);
        if (view.threads().stream().map(Row::kind).distinct().count() > 1) {
            columns.add(new Column("kind", Row::kind, Fit.WHOLE, 0));
        }
        columns.add(new Column("state", Row::state, Fit.WHOLE, 0));
        boolean holds = view.threads().stream().anyMatch(t -> !t.holds().isEmpty());
        boolean waits = view.threads().stream().anyMatch(t -> !t.waitsFor().isEmpty());
        if (holds) {
            columns.add(new Column("holds", Row::holds, Fit.LIST, 12));
        }
        if (waits) {
            columns.add(new Column("waits for", Row::waitsFor, Fit.WORDS, 12));
        }
        String caption = view.caption() + leftOut(holds, waits);
        int[] widths = widths(columns, view.threads(), width);
        if (fits(widths, width)) {
            return draw(caption, columns, widths, view.threads(), Below.FRAMES, width);
        }
        // narrower still: no id, a shorter name, and each thread's locks on lines under its row, like its frames
        List<Column> compact = new ArrayList<>(columns.stream().filter(c -> c == columns.getFirst()
                || c.header().equals("kind") || c.header().equals("state")).toList());
        compact.set(0, new Column("thread", Row::name, Fit.NAME, 8));
        int[] compactWidths = widths(compact, view.threads(), width);
        // the lines under the rows are cut at the table's edge: the last column takes the room they need
        int inside = Arrays.stream(compactWidths).sum() + 3 * compactWidths.length - 3;
        int longest = view.threads().stream().mapToInt(t -> Math.max(("↳ " + String.join(" ← ", t.frames())).length(),
                Math.max(t.holds().length() + 6, t.waitsFor().length() + 10))).max().orElse(0);
        compactWidths[compactWidths.length - 1] += Math.max(0, Math.min(longest - inside, width - inside - 4));
        return draw(caption, compact, compactWidths, view.threads(), Below.LOCKS_AND_FRAMES, width);
    }

    private static boolean fits(int[] widths, int width) {
        return Arrays.stream(widths).sum() + 3 * widths.length + 1 <= width;
    }

    /** What the caption adds for the lock columns left out, empty in every row. */
    private static String leftOut(boolean holds, boolean waits) {
        if (holds && waits) {
            return "";
        }
        return holds ? "; none waits for a lock" : waits ? "; none holds a lock" : "; none holds or waits for a lock";
    }

    /** Each column's width: as wide as its cells, the shortenable ones narrowed (widest first) until all fit. */
    private static int[] widths(List<Column> columns, List<Row> threads, int width) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            Column column = columns.get(c);
            widths[c] = column.header().length();
            for (Row t : threads) {
                String value = column.value().apply(t);
                for (String item : column.fit() == Fit.LIST ? value.split(", ") : new String[] {value}) {
                    widths[c] = Math.max(widths[c], item.length());
                }
            }
        }
        int room = width - (3 * widths.length + 1);
        int total = Arrays.stream(widths).sum();
        while (total > room) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                Column column = columns.get(c);
                boolean shortenable = column.fit() != Fit.WHOLE
                        && widths[c] > Math.max(column.narrowest(), column.header().length());
                if (shortenable && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break; // as narrow as it gets: the terminal wraps what is left
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    /** What is drawn on lines under each thread's row, across the table. */
    private enum Below {
        NOTHING,
        /** Its top frames. */
        FRAMES,
        /** The locks it holds and waits for, then its top frames. */
        LOCKS_AND_FRAMES
    }

    /** The caption (wrapped at spaces to {@code width}) and the table, with {@code below} under each row. */
    private static String draw(String caption, List<Column> columns, int[] widths, List<Row> threads, Below below,
            int width) {
        StringBuilder out = new StringBuilder();
        words(caption, width).forEach(line -> out.append(line).append('\n'));
        rule(out, widths, '┌', '┬', '┐');
        row(out, columns, widths, columns.stream().map(c -> List.of(c.header())).toList());
        rule(out, widths, '├', '┼', '┤');
        int inside = Arrays.stream(widths).sum() + 3 * widths.length - 3; // between "│ " and " │"
        for (Row t : threads) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(lines(columns.get(c), columns.get(c).value().apply(t), widths[c]));
            }
            row(out, columns, widths, cells);
            if (below == Below.LOCKS_AND_FRAMES && !t.holds().isEmpty()) {
                across(out, "holds " + t.holds(), inside);
            }
            if (below == Below.LOCKS_AND_FRAMES && !t.waitsFor().isEmpty()) {
                across(out, "waits for " + t.waitsFor(), inside);
            }
            if (below != Below.NOTHING && !t.frames().isEmpty()) {
                across(out, "↳ " + String.join(" ← ", t.frames()), inside);
            }
        }
        rule(out, widths, '└', '┴', '┘');
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** One line across the table, {@code inside} columns between its borders, cut with {@code …} if longer. */
    private static void across(StringBuilder out, String text, int inside) {
        String line = text.length() <= inside ? text : text.substring(0, Math.max(0, inside - 1)) + "…";
        out.append("│ ").append(line).append(" ".repeat(Math.max(0, inside - line.length()))).append(" │\n");
    }

    /** The lines of one cell, {@code text}, in a column {@code width} wide. */
    private static List<String> lines(Column column, String text, int width) {
        return switch (column.fit()) {
            case WHOLE -> List.of(text);
            case NAME -> List.of(shorten(text, width));
            case WORDS -> words(text, width);
            case LIST -> {
                List<String> items = text.isEmpty() ? List.of() : List.of(text.split(", "));
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < items.size() && i < LOCKS_LISTED; i++) {
                    boolean counted = items.size() > LOCKS_LISTED && i == LOCKS_LISTED - 1;
                    lines.add(shorten(counted ? "+" + (items.size() - i) + " more" : items.get(i), width));
                }
                yield lines;
            }
        };
    }

    /** {@code text} wrapped at spaces into lines of at most {@code width}; a longer word is shortened. */
    private static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String w = shorten(word, width);
            if (!line.isEmpty() && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(w);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} in at most {@code width} characters: a lock ({@code Account@1b6d3586}) keeps its identity hash,
     * which is how it is matched across threads, and loses the end of its class name; anything else keeps its
     * start and end ({@code ForkJoinPool.commonPool-worker-1}: {@code ForkJoi…worker-1}), which tell threads apart.
     */
    static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int at = text.lastIndexOf('@');
        if (at > 0 && text.length() - at + 2 <= width) {
            return text.substring(0, width - (text.length() - at) - 1) + "…" + text.substring(at);
        }
        if (width < 3) {
            return text.substring(0, width);
        }
        int tail = width / 2;
        return text.substring(0, width - 1 - tail) + "…" + text.substring(text.length() - tail);
    }

    /** One table row: each cell's lines side by side, as many text lines as its tallest cell. */
    private static void row(StringBuilder out, List<Column> columns, int[] widths, List<List<String>> cells) {
        int height = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        for (int i = 0; i < height; i++) {
            out.append('│');
            for (int c = 0; c < widths.length; c++) {
                String s = i < cells.get(c).size() ? cells.get(c).get(i) : "";
                String pad = " ".repeat(Math.max(0, widths[c] - s.length()));
                out.append(' ').append(columns.get(c).right() ? pad + s : s + pad).append(" │");
            }
            out.append('\n');
        }
    }

    private static void rule(StringBuilder out, int[] widths, char left, char middle, char right) {
        out.append(left);
        for (int c = 0; c < widths.length; c++) {
            out.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        out.append('\n');
    }
}
