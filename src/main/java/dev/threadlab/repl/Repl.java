package dev.threadlab.repl;

import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.ExitRequest;
import dev.threadlab.interpreter.HelpQuery;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.repl.Theme.Role;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * {@code threadlab repl}: Java typed line by line into the same isolated engine the kernel uses. Enter
 * runs the code once the kernel's is_complete logic says it is complete (an open brace asks for more
 * lines, indented); Tab completes; Shift-Tab or {@code ?name} shows documentation; the magics work;
 * Ctrl-C interrupts running code (a deadlock is explained, as in Jupyter) or clears the line; Ctrl-D
 * leaves. History is kept between sessions. Without a terminal, the code on standard input is run.
 */
public final class Repl {

    private static final System.Logger LOG = System.getLogger(Repl.class.getName());

    /**
     * What the REPL works with.
     *
     * @param interpreter runs the code; closed when the REPL ends
     * @param history     the file that keeps the input history between sessions
     * @param env         the environment ({@code NO_COLOR})
     */
    public record Options(Interpreter interpreter, Path history, Map<String, String> env) {
        public Options {
            Objects.requireNonNull(interpreter, "interpreter");
            Objects.requireNonNull(history, "history");
            env = Map.copyOf(env);
        }
    }

    private final Options options;
    private volatile boolean reading;

    private Repl(Options options) {
        this.options = options;
    }

    /** Runs the REPL; returns the exit status (0, or 1 when code read from a pipe failed). */
    public static int run(Options options, PrintStream out) {
        Terminals.configureJLine();
        try {
            if (!Terminals.stdinIsTerminal()) {
                return PipedCode.run(options.interpreter(), System.in, out);
            }
            try (Terminal terminal = Terminals.system()) {
                return new Repl(options).runOn(terminal);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "threadlab repl failed", e);
                out.println("threadlab repl stopped: " + e + ". This is a bug in Threadlab; THREADLAB_LOG=FINE logs the details.");
                return 1;
            }
        } finally {
            options.interpreter().close();
        }
    }

    private int runOn(Terminal terminal) {
        Theme theme = Terminals.theme(terminal, options.env());
        Interpreter interpreter = options.interpreter();
        Inbox inbox = new Inbox();
        try (Console console = new Console(terminal, theme, false);
             CellRunner runner = new CellRunner(interpreter, console, inbox)) {
            terminal.handle(Terminal.Signal.WINCH, s -> console.resized());
            terminal.handle(Terminal.Signal.INT, s -> runner.signalInterrupt());
            LineReader reader = reader(terminal, interpreter, theme);
            runner.printLateOutputWith(lines -> lines.forEach(reader::printAbove));
            inbox.onArrival(() -> {
                if (reading) {
                    runner.apply(0);
                }
            });
            console.print(new AttributedString(interpreter.banner(), theme.style(Role.DIM)));
            console.print(new AttributedString("Enter runs complete code · Tab completes · Shift-Tab (or ?name) shows "
                    + "documentation · Ctrl-C interrupts · Ctrl-D leaves", theme.style(Role.DIM)));
            int count = 0;
            while (true) {
                String code;
                try {
                    runner.apply(0);
                    String typed = runner.takeTypedAhead();
                    if (!typed.isEmpty()) {
                        reader.runMacro(typed); // what was typed while the last cell ran is not lost
                    }
                    reading = true;
                    code = reader.readLine("In [" + (count + 1) + "]: ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt clears the line, as in a shell
                } catch (EndOfFileException e) {
                    return 0;
                } finally {
                    reading = false;
                    console.resized(); // while it reads, the line reader takes the resize signal, not the console
                }
                if (code.isBlank()) {
                    continue;
                }
                if (code.strip().equals("/exit") || ExitRequest.matches(code)) {
                    return 0;
                }
                var help = HelpQuery.nameIn(code);
                if (help.isPresent()) {
                    console.print(JavaLines.documentation(interpreter.inspect(help.get(),
                            help.get().codePointCount(0, help.get().length()), 1), theme));
                    continue;
                }
                CellOutputs outputs = new CellOutputs();
                runner.run(code, ++count, outputs);
            }
        }
    }

    private LineReader reader(Terminal terminal, Interpreter interpreter, Theme theme) {
        try {
            Files.createDirectories(options.history().getParent());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no history: " + e.getMessage());
        }
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .parser((line, cursor, context) -> {
                    if (context == ParseContext.COMPLETE) {
                        return JavaLines.completing(interpreter, line, cursor);
                    }
                    if (context == ParseContext.ACCEPT_LINE
                            && interpreter.isComplete(line) instanceof Completeness.Incomplete incomplete) {
                        throw new EOFError(-1, -1, "incomplete", null, incomplete.indent().length(), null);
                    }
                    return JavaLines.whole(line, cursor);
                })
                .completer(JavaLines.completer())
                .highlighter(JavaLines.highlighter(theme))
                .variable(LineReader.HISTORY_FILE, options.history())
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.INDENTATION, 1)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P ...: ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        JavaLines.install(reader, interpreter, theme);
        Keys.interruptOnCtrlC(reader);
        return reader;
    }
}
