package dev.threadlab.repl;

import dev.threadlab.repl.Theme.Role;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Colours Java source for the terminal: keywords, literals, strings, comments, numbers, annotations, and
 * magic lines ({@code %threads}). A lexer, not a parser: it never fails, also on half-written code
 * (an unclosed string or comment runs to the end). Keywords are the JDK's own list
 * ({@link SourceVersion#isKeyword}) plus the contextual ones. Stateless and thread-safe.
 */
final class JavaHighlighter {

    private static final Set<String> CONTEXTUAL = Set.of("var", "record", "yield", "sealed", "permits", "when");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private final Theme theme;

    JavaHighlighter(Theme theme) {
        this.theme = theme;
    }

    /** {@code code} with styles; line breaks are kept. */
    AttributedString highlight(String code) {
        AttributedStringBuilder out = new AttributedStringBuilder(code.length() + 16);
        int i = 0;
        boolean lineStart = true;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            Role role = null;
            if (lineStart && c == '%') {
                end = lineEnd(code, i);
                role = Role.MAGIC;
            } else if (c == '/' && next(code, i) == '/') {
                end = lineEnd(code, i);
                role = Role.COMMENT;
            } else if (c == '/' && next(code, i) == '*') {
                int close = code.indexOf("*/", i + 2);
                end = close < 0 ? code.length() : close + 2;
                role = Role.COMMENT;
            } else if (code.startsWith("\"\"\"", i)) {
                int close = code.indexOf("\"\"\"", i + 3);
                end = close < 0 ? code.length() : close + 3;
                role = Role.STRING;
            } else if (c == '"' || c == '\'') {
                end = quoted(code, i, c);
                role = Role.STRING;
            } else if (Character.isDigit(c)) {
                end = i + 1;
                while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_'
                        || code.charAt(end) == '.')) {
                    end++;
                }
                role = Role.NUMBER;
            } else if (c == '@' && i + 1 < code.length() && Character.isJavaIdentifierStart(code.charAt(i + 1))) {
                end = identifierEnd(code, i + 1);
                role = Role.ANNOTATION;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(code, i);
                String word = code.substring(i, end);
                if (LITERALS.contains(word)) {
                    role = Role.LITERAL;
                } else if (SourceVersion.isKeyword(word) || CONTEXTUAL.contains(word)) {
                    role = Role.KEYWORD;
                }
            } else {
                end = i + 1;
            }
            String piece = code.substring(i, end);
            if (role == null) {
                out.append(piece);
            } else {
                out.styled(theme.style(role), piece);
            }
            for (int k = i; k < end; k++) {
                char ch = code.charAt(k);
                if (ch == '\n') {
                    lineStart = true;
                } else if (!Character.isWhitespace(ch)) {
                    lineStart = false;
                }
            }
            i = end;
        }
        return out.toAttributedString();
    }

    private static char next(String code, int i) {
        return i + 1 < code.length() ? code.charAt(i + 1) : 0;
    }

    private static int lineEnd(String code, int i) {
        int end = code.indexOf('\n', i);
        return end < 0 ? code.length() : end;
    }

    /** The end of a string or char literal starting at {@code i}; an unclosed one ends at its line's end. */
    private static int quoted(String code, int i, char quote) {
        int k = i + 1;
        while (k < code.length()) {
            char ch = code.charAt(k);
            if (ch == '\\') {
                k += 2;
            } else if (ch == quote) {
                return k + 1;
            } else if (ch == '\n') {
                return k;
            } else {
                k++;
            }
        }
        return code.length();
    }

    private static int identifierEnd(String code, int i) {
        int end = i + 1;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return end;
    }
}
