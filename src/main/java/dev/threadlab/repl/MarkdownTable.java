package dev.threadlab.repl;

import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A GitHub Markdown table drawn with box characters. When the columns do not fit the width, they are narrowed
 * and their cells wrapped (at spaces while that is enough, see {@link #widths}), so a table never runs off the
 * screen.
 */
final class MarkdownTable {

    private static final int NARROWEST = 4;

    private final Theme theme;
    private final BiFunction<Node, AttributedStyle, AttributedString> inline;

    MarkdownTable(Theme theme, BiFunction<Node, AttributedStyle, AttributedString> inline) {
        this.theme = theme;
        this.inline = inline;
    }

    private record Row(List<AttributedString> cells, List<TableCell.Alignment> alignments, boolean header) {}

    List<AttributedString> render(TableBlock table, int width) {
        List<Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<AttributedString> cells = new ArrayList<>();
                List<TableCell.Alignment> alignments = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(inline.apply(cell, header ? AttributedStyle.BOLD : AttributedStyle.DEFAULT));
                    alignments.add(cell instanceof TableCell c ? c.getAlignment() : null);
                }
                rows.add(new Row(cells, alignments, header));
            }
        }
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns == 0) {
            return List.of();
        }
        int[] widths = widths(rows, columns, width - (3 * columns + 1));
        List<AttributedString> out = new ArrayList<>();
        out.add(rule('┌', '┬', '┐', widths));
        for (int r = 0; r < rows.size(); r++) {
            drawRow(rows.get(r), widths, out);
            if (rows.get(r).header() && r + 1 < rows.size() && !rows.get(r + 1).header()) {
                out.add(rule('├', '┼', '┤', widths));
            }
        }
        out.add(rule('└', '┴', '┘', widths));
        return out;
    }

    /**
     * Natural column widths narrowed until they fit {@code room}: first the widest columns that can wrap at
     * spaces without cutting a word, down to their longest word; then, if that is not enough, words are cut in
     * the columns with the most text first (a thread's long name before "WAITING" or "platform").
     */
    private static int[] widths(List<Row> rows, int columns, int room) {
        int[] widths = new int[columns];
        int[] longestWord = new int[columns];
        for (Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                for (String line : row.cells().get(c).toString().split("\n", -1)) {
                    widths[c] = Math.max(widths[c], new AttributedString(line).columnLength());
                    for (String word : line.split(" ")) {
                        longestWord[c] = Math.max(longestWord[c], new AttributedString(word).columnLength());
                    }
                }
            }
        }
        int[] natural = widths.clone();
        int excess = Arrays.stream(widths).sum() - room;
        for (; excess > 0; excess--) {
            int c = widestWhere(widths, natural, c2 -> widths[c2] > Math.max(longestWord[c2], NARROWEST));
            if (c < 0) {
                c = widestWhere(natural, natural, c2 -> widths[c2] > NARROWEST);
            }
            if (c < 0) {
                break;
            }
            widths[c]--;
        }
        return widths;
    }

    /** The column with the largest {@code by} among those {@code allowed} (ties: the most text), or -1. */
    private static int widestWhere(int[] by, int[] natural, IntPredicate allowed) {
        int best = -1;
        for (int c = 0; c < by.length; c++) {
            if (allowed.test(c) && (best < 0 || by[c] > by[best] || (by[c] == by[best] && natural[c] > natural[best]))) {
                best = c;
            }
        }
        return best;
    }

    private void drawRow(Row row, int[] widths, List<AttributedString> out) {
        List<List<AttributedString>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            AttributedString text = c < row.cells().size() ? row.cells().get(c) : AttributedString.EMPTY;
            List<AttributedString> lines = Wrap.words(text, widths[c], AttributedString.EMPTY, AttributedString.EMPTY);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int i = 0; i < height; i++) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.styled(border(), "│");
            for (int c = 0; c < widths.length; c++) {
                AttributedString text = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : AttributedString.EMPTY;
                TableCell.Alignment alignment = c < row.alignments().size() ? row.alignments().get(c) : null;
                int pad = Math.max(0, widths[c] - text.columnLength());
                int left = alignment == TableCell.Alignment.RIGHT ? pad
                        : alignment == TableCell.Alignment.CENTER ? pad / 2 : 0;
                line.append(" ").append(" ".repeat(left)).append(text).append(" ".repeat(pad - left)).append(" ");
                line.styled(border(), "│");
            }
            out.add(line.toAttributedString());
        }
    }

    private AttributedString rule(char left, char middle, char right, int[] widths) {
        StringBuilder line = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            line.append("─".repeat(widths[c] + 2)).append(c + 1 < widths.length ? middle : right);
        }
        return new AttributedString(line, border());
    }

    private AttributedStyle border() {
        return theme.style(Role.RULE);
    }
}
