package dev.threadlab.repl;

import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The keys a lesson shows: the bar under the current cell (only the keys that do something there) and the full list. */
final class LessonBar {

    private LessonBar() {}

    /**
     * The key bar under cell {@code position} ({@code cell} null past the end); {@code exercise}: it has a check;
     * {@code notRunAbove}: the lesson reopened here and code cells above have not run in this session, so the keys
     * that run them ({@code a}) or go to the top ({@code t}) are offered.
     */
    static List<AttributedString> keys(Console console, NotebookCell cell, int position, int total, boolean exercise,
            boolean notRunAbove) {
        Theme theme = console.theme();
        List<String[]> keysShown = new ArrayList<>();
        if (cell == null) {
            keysShown.add(new String[] {"p", "back"});
        } else {
            boolean code = cell.kind() == NotebookCell.Kind.CODE;
            keysShown.add(new String[] {console.keyMode() ? "Enter" : "⏎", code ? (cell.isGraded() ? "run the check" : "run") : "next"});
            if (code && cell.editable()) {
                keysShown.add(new String[] {"e", "edit"});
            }
            if (exercise) {
                if (cell.isAnswer()) {
                    keysShown.add(new String[] {"c", "run with its check"});
                }
                keysShown.add(new String[] {"h", "hint"});
            }
            if (cell.isGraded()) {
                keysShown.add(new String[] {"v", "code"});
            }
            keysShown.add(new String[] {"n", "skip"});
            keysShown.add(new String[] {"p", "back"});
            if (notRunAbove) {
                keysShown.add(new String[] {"a", "run the cells above"});
                keysShown.add(new String[] {"t", "top"});
            }
        }
        keysShown.add(new String[] {"?", "keys"});
        keysShown.add(new String[] {"q", "save and quit"});
        AttributedStringBuilder line = new AttributedStringBuilder();
        line.styled(theme.style(Role.CELL_LABEL), "[" + Math.min(position + 1, total) + "/" + total + "] ");
        for (String[] key : keysShown) {
            if (key != keysShown.getFirst()) {
                line.styled(theme.style(Role.DIM), " · ");
            }
            line.styled(theme.style(Role.KEY), key[0]).styled(theme.style(Role.DIM), " " + key[1]);
        }
        if (!console.keyMode()) {
            line.styled(theme.style(Role.DIM), "  (type the letter, then Enter)");
        }
        return Wrap.words(line.toAttributedString(), console.width(), AttributedString.EMPTY, AttributedString.EMPTY);
    }

    /** The list of keys ({@code ?}). */
    static List<AttributedString> help(Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString("Keys", theme.style(Role.SUBHEADING)));
        String[][] rows = {
                {"Enter, Space", "run the cell shown (text: go on) and show the next"},
                {"n, ↓, j", "next cell without running this one"},
                {"p, ↑, k", "previous cell"},
                {"t, Home", "the first cell (to start the lesson over from the top)"},
                {"e", "edit the cell (answer cells and plain code; checks are locked)"},
                {"c", "run an answer and then its check"},
                {"h", "the next hint of this exercise"},
                {"v", "the code of a check cell"},
                {"a", "run the code cells above that have not run in this session"},
                {"Ctrl-C", "stop the running cell (the lesson stays open)"},
                {"q", "save and go back to the lessons"}};
        for (String[] row : rows) {
            lines.add(new AttributedStringBuilder().styled(theme.style(Role.KEY), String.format("  %-13s", row[0]))
                    .append(row[1]).toAttributedString());
        }
        return lines;
    }
}
