package dev.threadlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cell read once for magics: the cell magic it starts with ({@code %%name}) and its body, or the line
 * magics at its top ({@code %name argument}) and the Java code after them. The body and the Java code keep
 * their line numbers (the lines taken by magics become empty), so errors point at the lines the user sees.
 * Immutable.
 *
 * @param cellMagic  the cell magic, if the cell starts with one (then {@code lineMagics} is empty)
 * @param lineMagics the line magics at the top of the cell, in order
 * @param code       the code that follows the magics: the cell magic's body, or the Java code (the whole
 *                   cell when it has no magic)
 */
record MagicCell(Optional<MagicCell.Line> cellMagic, List<MagicCell.Line> lineMagics, String code) {

    /**
     * One magic line: its name with its {@code %} or {@code %%}, what follows it (stripped), and its 1-based
     * line in the cell.
     */
    record Line(String name, String argument, int line) {

        static Line parse(String text, int line) {
            String[] words = text.strip().split("\\s+", 2);
            return new Line(words[0], words.length > 1 ? words[1].strip() : "", line);
        }
    }

    MagicCell {
        lineMagics = List.copyOf(lineMagics);
    }

    static MagicCell parse(String code) {
        String stripped = code.stripLeading();
        if (stripped.startsWith("%%")) {
            int lineEnd = stripped.indexOf('\n');
            String line = lineEnd < 0 ? stripped : stripped.substring(0, lineEnd);
            int before = lines(code.substring(0, code.length() - stripped.length()));
            String body = lineEnd < 0 ? "" : "\n".repeat(before + 1) + stripped.substring(lineEnd + 1);
            return new MagicCell(Optional.of(Line.parse(line, before + 1)), List.of(), body);
        }
        List<Line> magics = new ArrayList<>();
        String rest = code;
        while (rest.stripLeading().startsWith("%")) {
            String trimmed = rest.stripLeading();
            int lineEnd = trimmed.indexOf('\n');
            int line = lines(code.substring(0, code.length() - trimmed.length())) + 1;
            magics.add(Line.parse(lineEnd < 0 ? trimmed : trimmed.substring(0, lineEnd), line));
            rest = lineEnd < 0 ? "" : trimmed.substring(lineEnd + 1);
        }
        if (!magics.isEmpty()) {
            rest = "\n".repeat(lines(code.substring(0, code.length() - rest.length()))) + rest;
        }
        return new MagicCell(Optional.empty(), magics, rest);
    }

    /**
     * The first magic that {@link #code()} holds where Java code is (not in a comment or text block), which no
     * longer runs as a magic there: a cell magic ({@code %%name}: never Java) or, outside parentheses, one of
     * {@code lineMagics} with its arguments (not ending in {@code ;}, as {@code %threads;} may end a Java
     * remainder). Empty when there is none.
     */
    Optional<Line> misplaced(Set<String> lineMagics) {
        int lineStart = 0;
        int number = 1;
        for (String text : code.split("\n", -1)) {
            String stripped = text.strip();
            boolean cell = stripped.startsWith("%%") && stripped.length() > 2 && Character.isLetter(stripped.charAt(2));
            Line line = Line.parse(stripped, number);
            boolean lineMagic = !cell && lineMagics.contains(line.name()) && !stripped.endsWith(";");
            if (cell || lineMagic) {
                String open = CellText.openBrackets(code.substring(0, lineStart));
                boolean inCode = open == null || !open.endsWith("/");
                if (inCode && (cell || open == null || open.indexOf('(') < 0 && open.indexOf('[') < 0)) {
                    return Optional.of(line);
                }
            }
            lineStart += text.length() + 1;
            number++;
        }
        return Optional.empty();
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
