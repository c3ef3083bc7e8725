package dev.threadlab.engine;

import dev.threadlab.display.cell.CellValue;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which cell pieces the kernel evaluates as {@code Object $threadlab7 = CellValue.of(() -> piece);}, one
 * compilation, instead of handing JShell the expression, which it analyses twice for its type before compiling
 * it (measured with JFR method tracing: the two analyses were half the compiler time of {@code a0 + 1}). Only
 * pieces that can be expressions are offered, decided from their text: not a declaration, statement, lone name
 * (JShell reads a variable without compiling), assignment (which shows no value) or check cell (the agent takes a
 * report only from {@code Check.cell} called by the cell's own code, not from a lambda). Whatever the rewrite cannot
 * compile is evaluated as written, so JShell's own messages and rules still apply (see {@link CellRun}).
 * Stateless.
 */
final class ValueCells {

    /**
     * The start of the variables that hold a rewritten piece's value until the next cell drops them, followed by
     * a serial number: JShell's cost of declaring a name again grows with every earlier declaration of it
     * (in-process, 200 cells each declaring an {@code int} then one such variable: 24 ms at first, 512 ms by cell
     * 175 with one name; 7-16 ms throughout with a new name each time).
     */
    static final String PREFIX = "$threadlab";

    private static final String CALL = CellValue.class.getName() + ".of(() -> ";

    /** First words of declarations and statements: such a piece is never an expression. */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "continue", "default", "do", "double", "else", "enum", "final", "finally",
            "float", "for", "if", "import", "int", "interface", "long", "module", "native", "package",
            "private", "protected", "public", "record", "return", "sealed", "short", "static", "strictfp",
            "synchronized", "throw", "transient", "try", "var", "void", "volatile", "while", "yield", "switch");

    /** {@code Type name}, {@code a.b.Type<T>[] name}: the start of a declaration. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^[\\p{L}_$][\\w$]*(\\s*\\.\\s*[\\p{L}_$][\\w$]*)*\\s*(<[^;={}()]*>)?\\s*(\\[\\s*]\\s*)*\\s[\\p{L}_$][\\w$]*");
    private static final Pattern NAME_ONLY = Pattern.compile("^[\\p{L}_$][\\w$]*$");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}_$][\\w$]*");

    private ValueCells() {}

    /** Whether {@code name} is a variable {@link #wrap} declares. */
    static boolean holdsValue(String name) {
        return name.startsWith(PREFIX) && name.length() > PREFIX.length()
                && name.substring(PREFIX.length()).chars().allMatch(Character::isDigit);
    }

    /**
     * The declaration that evaluates {@code source} (one piece of a cell) as a value, in variable number
     * {@code serial}, or empty.
     */
    static Optional<String> wrap(String source, long serial) {
        String text = source.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty() || text.startsWith("{") || text.startsWith("@") || text.startsWith(";")
                || NAME_ONLY.matcher(text).matches()) {
            return Optional.empty();
        }
        var first = FIRST_WORD.matcher(text);
        String word = first.find() ? first.group() : "";
        if (NOT_EXPRESSIONS.contains(word) || text.startsWith("non-sealed")
                || !word.equals("new") && DECLARATION.matcher(text).find()) {
            return Optional.empty();
        }
        if (text.contains("Check")) {
            return Optional.empty(); // the agent takes a check report only from Check.cell called by the cell itself
        }
        Shape shape = Shape.of(text);
        if (!shape.closed() || shape.assigns()) {
            return Optional.empty();
        }
        return Optional.of("Object " + PREFIX + serial + " = " + CALL + text + "\n);");
    }

    /**
     * What a scan past literals and comments finds in a piece: whether every string, character, text block,
     * comment and bracket is closed (a piece cut short is left to JShell, which says what is missing), and whether
     * an {@code =} outside any bracket assigns.
     */
    private record Shape(boolean closed, boolean assigns) {

        static Shape of(String text) {
            int depth = 0;
            boolean assigns = false;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int end = i;
                if (text.startsWith("\"\"\"", i)) {
                    end = text.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? -1 : end + 2;
                } else if (c == '"' || c == '\'') {
                    end = i + 1;
                    while (end < n && text.charAt(end) != c) {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    end = end >= n ? -1 : end;
                } else if (text.startsWith("//", i)) {
                    end = text.indexOf('\n', i);
                    end = end < 0 ? n : end;
                } else if (text.startsWith("/*", i)) {
                    end = text.indexOf("*/", i + 2);
                    end = end < 0 ? -1 : end + 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth < 0) {
                        return new Shape(false, assigns);
                    }
                } else if (c == '=' && depth == 0) {
                    char before = i > 0 ? text.charAt(i - 1) : ' ';
                    boolean doubled = i + 1 < n && text.charAt(i + 1) == '=';
                    assigns |= !doubled && "=!<>+-*/%&|^".indexOf(before) < 0;
                    end = doubled ? i + 1 : i;
                }
                if (end < 0) {
                    return new Shape(false, assigns);
                }
                i = end;
            }
            return new Shape(depth == 0, assigns);
        }
    }
}
