package dev.threadlab.repl;

import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * How a cell of a lesson looks in the terminal: Markdown rendered; code highlighted in a frame whose top
 * line says what kind of cell it is (an answer you write, a locked check worth N points); a check cell
 * shown as the list of what it checks, its code one key away. Stateless apart from its theme.
 */
final class CellText {

    private static final Pattern CHECK = Pattern.compile("c\\.that\\(\\s*(\\d+(?:\\.\\d+)?)\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Marks the rows that go on with a line of code too long for the terminal. */
    private static final String CONTINUED = "↪ ";

    private final Theme theme;
    private final MarkdownText markdown;
    private final JavaHighlighter java;

    CellText(Theme theme) {
        this.theme = theme;
        this.markdown = new MarkdownText(theme);
        this.java = new JavaHighlighter(theme);
    }

    MarkdownText markdown() {
        return markdown;
    }

    /** The lines of {@code cell}, number {@code number} of {@code total}; {@code full} shows a check's code. */
    List<AttributedString> lines(NotebookCell cell, int number, int total, int width, boolean full) {
        if (cell.kind() != NotebookCell.Kind.CODE) {
            return markdown.render(cell.source(), width);
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedStringBuilder().styled(theme.style(Role.RULE), "╭─ ")
                .styled(theme.style(Role.CELL_LABEL), "cell " + number + "/" + total)
                .styled(theme.style(Role.DIM), " · " + kind(cell)).toAttributedString());
        List<String> checks = full || !cell.isGraded() ? List.of() : checks(cell.source());
        AttributedString bar = new AttributedString("│ ", theme.style(Role.RULE));
        if (checks.isEmpty()) {
            lines.addAll(code(java.highlight(cell.source()), bar, width));
        } else {
            lines.add(new AttributedStringBuilder().append(bar).append("This check cell tests:").toAttributedString());
            for (String check : checks) {
                lines.addAll(Wrap.words(new AttributedString(check), width, new AttributedStringBuilder().append(bar)
                        .append("  • ").toAttributedString(), new AttributedStringBuilder().append(bar).append("    ")
                        .toAttributedString()));
            }
            lines.add(new AttributedStringBuilder().append(bar)
                    .styled(theme.style(Role.DIM), "(v shows its code)").toAttributedString());
        }
        lines.add(new AttributedString("╰─", theme.style(Role.RULE)));
        return lines;
    }

    /**
     * Highlighted code in the frame, a line of code per row; a line too long for the width goes on in rows of
     * its own under its indentation, each marked {@code ↪} so that it cannot be read as a line of its own, and
     * broken at a space where it can.
     */
    private List<AttributedString> code(AttributedString highlighted, AttributedString bar, int width) {
        List<AttributedString> rows = new ArrayList<>();
        int room = Math.max(1, width - bar.columnLength());
        String plain = highlighted.toString();
        int start = 0;
        while (start <= plain.length()) {
            int end = plain.indexOf('\n', start);
            end = end < 0 ? plain.length() : end;
            AttributedString line = highlighted.subSequence(start, end);
            int indent = 0;
            while (indent < end - start && plain.charAt(start + indent) == ' ') {
                indent++;
            }
            if (line.columnLength() <= room || indent + CONTINUED.length() + 8 > room) {
                for (AttributedString part : Wrap.hard(line, room)) {
                    rows.add(new AttributedStringBuilder().append(bar).append(part).toAttributedString());
                }
            } else {
                AttributedString indentation = new AttributedString(" ".repeat(indent));
                AttributedString first = new AttributedStringBuilder().append(bar).append(indentation).toAttributedString();
                AttributedString rest = new AttributedStringBuilder().append(bar).append(indentation)
                        .styled(theme.style(Role.DIM), CONTINUED).toAttributedString();
                rows.addAll(Wrap.words(line.subSequence(indent, line.length()), width, first, rest));
            }
            start = end + 1;
        }
        return rows;
    }

    /** What kind of cell this is, in words. */
    static String kind(NotebookCell cell) {
        if (cell.isGraded()) {
            double points = cell.grading().map(g -> g.points() == null ? 0.0 : g.points()).orElse(0.0);
            return "check " + cell.gradeId().orElse("") + " · " + points(points) + " · locked";
        }
        if (cell.isAnswer()) {
            return "your answer: " + cell.gradeId().orElse("") + " (e edits it)";
        }
        return cell.editable() ? "code" : "code · locked";
    }

    /** What each {@code c.that(points, "description", ...)} of a check cell says, with its points. */
    static List<String> checks(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = CHECK.matcher(source);
        while (m.find()) {
            found.add(m.group(2).replace("\\\"", "\"").replace("\\\\", "\\") + " (" + points(Double.parseDouble(m.group(1))) + ")");
        }
        return found;
    }

    static String points(double points) {
        String number = points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.1f", points);
        return number + (points == 1 ? " point" : " points");
    }
}
