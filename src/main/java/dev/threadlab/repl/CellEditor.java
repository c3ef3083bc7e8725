package dev.threadlab.repl;

import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.repl.Theme.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.utils.AttributedString;

/**
 * Edits a code cell. With {@code $VISUAL} or {@code $EDITOR} set, in that editor (the terminal is handed
 * over and taken back); otherwise in JLine's line editor, many lines at once: Enter starts a new line
 * (indented like the last one, deeper after an opening brace), Ctrl-S or Esc then Enter saves, Ctrl-C
 * cancels, Tab completes, Shift-Tab shows documentation. Used by the terminal's owner thread only.
 */
final class CellEditor {

    /** How an edit ended. */
    sealed interface Edited {
        /** The learner saved this text. */
        record Saved(String source) implements Edited {}

        /** Nothing changed; {@code why} says so in a sentence. */
        record Unchanged(String why) implements Edited {}
    }

    private final Console console;
    private final Interpreter interpreter;
    private final Map<String, String> env;
    private LineReader reader;
    private boolean saving;

    CellEditor(Console console, Interpreter interpreter, Map<String, String> env) {
        this.console = console;
        this.interpreter = interpreter;
        this.env = env;
    }

    /** The editor named by {@code $VISUAL}, else {@code $EDITOR}; empty when neither is set. */
    Optional<String> externalEditor() {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String editor = env.get(name);
            if (editor != null && !editor.isBlank()) {
                return Optional.of(editor.strip());
            }
        }
        return Optional.empty();
    }

    /** Keys shown before the built-in editor opens. */
    String help() {
        return externalEditor().map(e -> "Opening " + e + " ($VISUAL/$EDITOR). Save and quit the editor to come back.")
                .orElse("Editing: Enter new line · Ctrl-S (or Esc Enter) save · Ctrl-C cancel · Tab complete · Shift-Tab docs");
    }

    Edited edit(String source) {
        Optional<String> external = externalEditor();
        return external.isPresent() ? external(external.get(), source) : builtIn(source);
    }

    private Edited builtIn(String source) {
        if (reader == null) {
            reader = newReader();
        }
        saving = false;
        try {
            String edited = reader.readLine("│ ", null, (org.jline.reader.MaskingCallback) null, source);
            return edited.equals(source) ? new Edited.Unchanged("No changes.") : new Edited.Saved(edited);
        } catch (UserInterruptException | EndOfFileException e) {
            return new Edited.Unchanged("Cancelled: the cell is as it was.");
        } finally {
            console.resized(); // while it reads, the line reader takes the resize signal, not the console
        }
    }

    private LineReader newReader() {
        LineReader lines = LineReaderBuilder.builder().terminal(console.terminal())
                .parser((line, cursor, context) -> {
                    if (context == ParseContext.COMPLETE) {
                        return JavaLines.completing(interpreter, line, cursor);
                    }
                    if (context == ParseContext.ACCEPT_LINE && !saving) {
                        throw new EOFError(-1, -1, "more lines", null, indentAfter(line, cursor), null);
                    }
                    return JavaLines.whole(line, cursor);
                })
                .completer(JavaLines.completer())
                .highlighter(JavaLines.highlighter(console.theme()))
                .variable(LineReader.INDENTATION, 1)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "│ ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_LIST, true)
                .build();
        lines.getWidgets().put("threadlab-save", () -> {
            saving = true;
            lines.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        lines.getKeyMaps().get(LineReader.MAIN).bind(new Reference("threadlab-save"), "\023", "\033\r", "\033\n");
        JavaLines.install(lines, interpreter, console.theme());
        Keys.interruptOnCtrlC(lines);
        return lines;
    }

    /** Columns to indent a new line by: as the line before the cursor, four more after an opening bracket. */
    static int indentAfter(String text, int cursor) {
        String before = text.substring(0, cursor);
        String line = before.substring(before.lastIndexOf('\n') + 1);
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String trimmed = line.stripTrailing();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("->");
        return indent + (opens ? 4 : 0);
    }

    /** Hands the terminal to {@code editor} on a temporary {@code .java} file and reads the file back. */
    private Edited external(String editor, String source) {
        Path file = null;
        Attributes ours = console.terminal().getAttributes();
        try {
            file = Files.createTempFile("threadlab-cell-", ".java");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            Attributes handedOver = new Attributes(ours);
            handedOver.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ECHO,
                    Attributes.LocalFlag.IEXTEN), true);
            handedOver.setInputFlags(java.util.EnumSet.of(Attributes.InputFlag.ICRNL), true);
            console.terminal().setAttributes(handedOver); // cooked, but Ctrl-C still never a signal
            console.terminal().flush();
            Process process = new ProcessBuilder("/bin/sh", "-c", editor + " \"$1\"", "threadlab-editor", file.toString())
                    .inheritIO().start();
            int status = process.waitFor();
            if (status != 0) {
                return new Edited.Unchanged(editor + " exited with status " + status + ", so the cell was not changed."
                        + " Check $VISUAL/$EDITOR, or unset both to use the built-in editor.");
            }
            String edited = Files.readString(file, StandardCharsets.UTF_8);
            if (edited.endsWith("\n") && !source.endsWith("\n")) {
                edited = edited.substring(0, edited.length() - 1); // editors add a final line break
            }
            return edited.equals(source) ? new Edited.Unchanged("No changes.") : new Edited.Saved(edited);
        } catch (IOException e) {
            return new Edited.Unchanged("Could not run the editor '" + editor + "' (" + e.getMessage()
                    + "). Check $VISUAL/$EDITOR, or unset both to use the built-in editor.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Edited.Unchanged("Editing was interrupted; the cell is as it was.");
        } finally {
            console.terminal().setAttributes(ours);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** A line saying how editing ended, for the screen. */
    AttributedString say(Edited edited) {
        return switch (edited) {
            case Edited.Saved s -> new AttributedString("Saved your edit. Press Enter to run the cell.",
                    console.theme().style(Role.NOTE));
            case Edited.Unchanged u -> new AttributedString(u.why(), console.theme().style(Role.NOTE));
        };
    }
}
