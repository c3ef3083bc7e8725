package dev.threadlab.repl;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.Inspection;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.repl.Theme.Role;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Reference;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * What editing Java in JLine's line reader shares between the REPL and the cell editor: completion from
 * the interpreter (JShell's, as in Jupyter), highlighting, Tab that indents at the start of a line and
 * completes elsewhere, a closing bracket that dedents only a line still blank, and Shift-Tab (or F1) printing
 * the documentation of the name under the cursor.
 */
final class JavaLines {

    /** The ANSI sequence of Shift-Tab and of F1 (two common encodings). */
    private static final List<String> DOC_KEYS = List.of("\033[Z", "\033OP", "\033[11~");
    private static final String INDENT = "    ";
    /** The keys JLine binds to its insert-close-curly, -paren and -square widgets. */
    private static final List<String> CLOSING_BRACKETS = List.of("}", ")", "]");

    private JavaLines() {}

    /**
     * The line as a completion sees it: the word is what JShell would replace, from the start of its
     * completion to the cursor, so that JLine swaps exactly that for the chosen candidate.
     */
    record CodeLine(String line, int cursor, int wordStart, List<String> matches) implements CompletingParsedLine {
        @Override public String word() { return line.substring(wordStart, cursor); }
        @Override public int wordCursor() { return cursor - wordStart; }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word()); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return wordCursor(); }
        @Override public int rawWordLength() { return word().length(); }
    }

    /** Asks {@code interpreter} for completions at {@code cursor} (a UTF-16 index into {@code line}). */
    static CodeLine completing(Interpreter interpreter, String line, int cursor) {
        int codePoint = line.codePointCount(0, cursor);
        Completion completion = interpreter.complete(line, codePoint);
        int start = Math.min(cursor, line.offsetByCodePoints(0, Math.min(completion.start(), codePoint)));
        return new CodeLine(line, cursor, start, completion.matches());
    }

    /** A completer that offers the matches the parser found ({@link #completing}). */
    static Completer completer() {
        return (reader, parsed, candidates) -> {
            if (parsed instanceof CodeLine code) {
                for (String match : code.matches()) {
                    candidates.add(new Candidate(match, match, null, null, null, null, false));
                }
            }
        };
    }

    /** Java highlighting of the buffer. */
    static Highlighter highlighter(Theme theme) {
        JavaHighlighter java = new JavaHighlighter(theme);
        return (reader, buffer) -> java.highlight(buffer);
    }

    /**
     * Tab indents at the start of a line and completes elsewhere; a closing bracket is {@link #close}d; Shift-Tab
     * and F1 show documentation.
     */
    static void install(LineReader reader, Interpreter interpreter, Theme theme) {
        reader.getWidgets().put("threadlab-tab", () -> {
            String before = reader.getBuffer().upToCursor();
            String line = before.substring(before.lastIndexOf('\n') + 1);
            if (line.isBlank()) {
                reader.getBuffer().write(INDENT);
                return true;
            }
            reader.callWidget(LineReader.COMPLETE_WORD);
            return true;
        });
        reader.getWidgets().put("threadlab-doc", () -> {
            String buffer = reader.getBuffer().toString();
            int cursor = reader.getBuffer().cursor();
            Inspection doc = interpreter.inspect(buffer, buffer.codePointCount(0, cursor), 1);
            int name = cursor;
            while (!doc.found() && name > 0 && "()[] ;".indexOf(buffer.charAt(name - 1)) >= 0) {
                name--; // just after a completed call "length()": the name before the brackets
                doc = interpreter.inspect(buffer, buffer.codePointCount(0, name), 1);
            }
            reader.printAbove(documentation(doc, theme));
            return true;
        });
        reader.getWidgets().put("threadlab-close", () -> {
            close(reader.getBuffer(), reader.getLastBinding());
            return true;
        });
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference("threadlab-tab"), "\t");
        for (String bracket : CLOSING_BRACKETS) {
            main.bind(new Reference("threadlab-close"), bracket);
        }
        for (String key : DOC_KEYS) {
            main.bind(new Reference("threadlab-doc"), key);
        }
    }

    /**
     * Types the closing {@code bracket} at the cursor. JLine's own widgets for these keys delete up to
     * {@link LineReader#INDENTATION} spaces before the bracket wherever it is typed, so with the indentation of 1
     * that both readers need (an incomplete line's next line is indented by that many columns per
     * {@code EOFError} open bracket) they turned {@code "{ }"} into {@code "{}"} and {@code { n++; }} into
     * {@code { n++;}}. Here only a line that is nothing but spaces up to the cursor (as auto-indented inside a
     * block) is dedented, to the tab stop of four before, and nothing else changes; not inside a text block (an
     * odd number of {@code """} before the cursor), whose spaces are the string's content.
     */
    static void close(Buffer buffer, String bracket) {
        String before = buffer.upToCursor();
        String line = before.substring(before.lastIndexOf('\n') + 1);
        if (!line.isEmpty() && line.chars().allMatch(c -> c == ' ') && before.split("\"\"\"", -1).length % 2 == 1) {
            int stop = (line.length() - 1) / INDENT.length() * INDENT.length();
            buffer.backspace(line.length() - stop);
        }
        buffer.write(bracket);
    }

    static AttributedString documentation(Inspection doc, Theme theme) {
        String text = doc.found() ? doc.data().data().getOrDefault(MimeBundle.TEXT_PLAIN, "") : "";
        if (text.isBlank()) {
            return new AttributedString("No documentation found for the name at the cursor.", theme.style(Role.DIM));
        }
        return new AttributedStringBuilder().append(Wrap.terminalText(text.strip())).toAttributedString();
    }

    /** A parsed line for any context other than completion (the words do not matter then). */
    static ParsedLine whole(String line, int cursor) {
        return new CodeLine(line, cursor, cursor, List.of());
    }
}
