package dev.threadlab.engine;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.List;
import java.util.Locale;

/**
 * Explains a declaration that JShell could not define although nothing it uses is missing: the compiler
 * failed while writing its class file. The usual reason in a notebook is a pasted block of data: a string
 * constant is stored in the class file with a length of at most 65,535 bytes (modified UTF-8), so
 * {@code String csv = "…70 KB…";} cannot compile, and JShell says only "cannot be defined until  is
 * declared". Stateless.
 */
final class ConstantLimit {

    /** The most bytes a string constant can have in a class file. */
    static final int MAX_BYTES = 65_535;

    private ConstantLimit() {}

    /** The longest string literal of {@code source}: where it starts and its size in class-file bytes. */
    record Literal(int start, long bytes) {}

    /**
     * The failure for declaration {@code name} (e.g. "variable csv"), compiled from the piece of {@code code}
     * that starts at {@code pieceOffset}.
     */
    static Failed failure(String code, int pieceOffset, String pieceSource, String name) {
        Literal longest = longestLiteral(pieceSource);
        String evalue;
        if (longest != null && longest.bytes() > MAX_BYTES) {
            int line = CellText.line(code, pieceOffset + longest.start());
            evalue = String.format(Locale.ROOT, "String constant too long: a string literal can hold at most %,d bytes,"
                    + " and the one on line %d of this cell has %,d. Keep large data in a file and read it"
                    + " (Files.readString(Path.of(\"data.csv\"))), or split it into strings of less than %,d bytes,"
                    + " each in its own variable, and join them when the cell runs (csv = part1 + part2). %s was"
                    + " not defined.", MAX_BYTES, line, longest.bytes(), MAX_BYTES, capitalized(name));
        } else {
            evalue = String.format(Locale.ROOT, "%s could not be compiled into a class file, and JShell gave no"
                    + " reason. The usual cause is a string constant over %,d bytes (literals joined with + count as"
                    + " one) or a method with more than 64 KB of code: split it up. %s was not defined.",
                    capitalized(name), MAX_BYTES, capitalized(name));
        }
        return new Failed("CompileError", evalue, List.of(evalue));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The longest string literal or text block of {@code source}, or null when it has none. */
    static Literal longestLiteral(String source) {
        Literal longest = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i + 1, "'");
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = i;
                int bodyStart = i + (block ? 3 : 1);
                int end = skipQuoted(source, bodyStart, block ? "\"\"\"" : "\"");
                long bytes = classFileBytes(source, bodyStart, Math.max(bodyStart, end - (block ? 3 : 1)));
                if (longest == null || bytes > longest.bytes()) {
                    longest = new Literal(start, bytes);
                }
                i = end;
            } else {
                i++;
            }
        }
        return longest;
    }

    /** The index just after the closing {@code quote}, skipping escapes; the end of the text if unclosed. */
    private static int skipQuoted(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else if (quote.length() == 1 && source.charAt(i) == '\n') {
                return i; // an unclosed literal ends at the line end; the compiler reports it
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** Size in modified UTF-8 (as a class file stores it) of the literal's text, an escape counted as one char. */
    private static long classFileBytes(String source, int from, int to) {
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < to) {
                i++;
                c = source.charAt(i) == 'u' ? 'u' : 'x';
            }
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
