package dev.threadlab.engine;

/** Positions in a cell: UTF-16 indexes, code-point offsets, lines and columns. Stateless. */
final class CellText {

    private CellText() {}

    /** The UTF-16 index of code-point offset {@code cursor}, clamped into the text. */
    static int utf16Index(String code, int cursor) {
        int codePoints = code.codePointCount(0, code.length());
        int clamped = Math.max(0, Math.min(cursor, codePoints));
        return code.offsetByCodePoints(0, clamped);
    }

    /** The code-point offset of UTF-16 index {@code index}. */
    static int codePointOffset(String code, int index) {
        return code.codePointCount(0, Math.max(0, Math.min(index, code.length())));
    }

    /** 1-based line of UTF-16 index {@code index}. */
    static int line(String code, int index) {
        int line = 1;
        int end = Math.min(index, code.length());
        for (int i = 0; i < end; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of UTF-16 index {@code index}. */
    static int column(String code, int index) {
        int end = Math.min(index, code.length());
        return end - code.lastIndexOf('\n', end - 1);
    }

    /** The text of the 1-based line {@code line}, without its line break. */
    static String lineText(String code, int line) {
        String[] lines = code.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }

    /** Four spaces per brace left open in {@code code}, ignoring strings, characters and comments. */
    static String indentFor(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = skipTo(code, i, "\n");
            } else if (c == '/' && next == '*') {
                i = skipTo(code, i + 2, "*/") + 1;
            } else if (c == '"' && code.startsWith("\"\"\"", i)) {
                i = skipTo(code, i + 3, "\"\"\"") + 2;
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(code, i, c);
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return "    ".repeat(depth);
    }

    private static int skipTo(String code, int from, String end) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at;
    }

    private static int skipQuoted(String code, int start, char quote) {
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return code.length();
    }
}
