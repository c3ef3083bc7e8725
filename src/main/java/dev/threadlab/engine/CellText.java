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
        String open = openBrackets(code);
        return "    ".repeat(open == null ? 0 : (int) open.chars().filter(c -> c == '{').count());
    }

    /**
     * The brackets {@code (}, {@code [} and {@code {} that {@code code} leaves open, in order, ignoring strings,
     * characters and comments; a comment or text block left open counts as a {@code /}. Null when a closing
     * bracket does not match the one open (the code can never become valid by adding lines).
     */
    static String openBrackets(String code) {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = skipTo(code, i, "\n");
            } else if (c == '/' && next == '*') {
                i = skipTo(code, i + 2, "*/") + 1;
                if (i >= code.length()) {
                    open.append('/');
                }
            } else if (c == '"' && code.startsWith("\"\"\"", i)) {
                i = skipTo(code, i + 3, "\"\"\"") + 2;
                if (i >= code.length()) {
                    open.append('/');
                }
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(code, i, c);
            } else if (c == '{' || c == '(' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ')' || c == ']') {
                char expected = c == '}' ? '{' : c == ')' ? '(' : '[';
                if (open.isEmpty() || open.charAt(open.length() - 1) != expected) {
                    return null;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.toString();
    }

    /**
     * {@code code} with its comments, strings, characters and text blocks blanked out (spaces, line breaks
     * kept), so that what is left is code: names in it are names the code uses.
     */
    static String codeOnly(String code) {
        StringBuilder text = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            int end;
            if (c == '/' && next == '/') {
                end = skipTo(code, i, "\n") - 1;
            } else if (c == '/' && next == '*') {
                end = Math.min(code.length() - 1, skipTo(code, i + 2, "*/") + 1);
            } else if (c == '"' && code.startsWith("\"\"\"", i)) {
                end = Math.min(code.length() - 1, skipTo(code, i + 3, "\"\"\"") + 2);
            } else if (c == '"' || c == '\'') {
                end = Math.min(code.length() - 1, skipQuoted(code, i, c));
            } else {
                continue;
            }
            for (int j = i; j <= end; j++) {
                if (text.charAt(j) != '\n') {
                    text.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return text.toString();
    }

    /** {@code code} without a {@code //} comment on its last line (one inside a string stays). */
    static String withoutTrailingComment(String code) {
        int lineStart = code.lastIndexOf('\n') + 1;
        for (int i = lineStart; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(code, i, c);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                return code.substring(0, i);
            }
        }
        return code;
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
