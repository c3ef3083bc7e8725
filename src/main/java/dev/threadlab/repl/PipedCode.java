package dev.threadlab.repl;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The REPL without a terminal ({@code threadlab repl < script.jsh}): lines are gathered until the
 * kernel's is_complete logic says they are complete, then run; output is printed as plain text.
 */
final class PipedCode {

    private PipedCode() {}

    /** Runs every snippet of {@code in}; 1 when one failed (its error is printed), else 0. */
    static int run(Interpreter interpreter, InputStream in, PrintStream out) {
        Output output = new Output() {
            @Override public synchronized void stdout(String text) { out.print(text); out.flush(); }
            @Override public synchronized void stderr(String text) { out.print(text); out.flush(); }
            @Override public void display(MimeBundle bundle, String id) { stdout(plain(bundle) + "\n"); }
            @Override public void updateDisplay(MimeBundle bundle, String id) { stdout(plain(bundle) + "\n"); }
            @Override public void clear(boolean wait) { }
            @Override public String input(String prompt, boolean password) { throw new StdinNotAllowedException(); }
        };
        int status = 0;
        int count = 0;
        StringBuilder code = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                code.append(line).append('\n');
                if (interpreter.isComplete(code.toString()) instanceof Completeness.Incomplete) {
                    continue;
                }
                status |= runOne(interpreter, code.toString(), ++count, output, out);
                code.setLength(0);
            }
            if (!code.toString().isBlank()) {
                status |= runOne(interpreter, code.toString(), ++count, output, out);
            }
        } catch (IOException e) {
            out.println("threadlab repl: reading standard input failed: " + e.getMessage());
            return 1;
        }
        return status;
    }

    private static int runOne(Interpreter interpreter, String code, int count, Output output, PrintStream out) {
        if (code.isBlank()) {
            return 0;
        }
        ExecuteOutcome outcome = interpreter.execute(new Cell(code, count, false, false), output);
        switch (outcome) {
            case ExecuteOutcome.Ok ok when ok.result() != null -> out.println(plain(ok.result()));
            case ExecuteOutcome.Ok ok -> { }
            case ExecuteOutcome.Failed f -> {
                out.println(f.ename() + ": " + f.evalue());
                f.traceback().forEach(line -> out.println(org.jline.utils.AttributedString.stripAnsi(line)));
                return 1;
            }
        }
        return 0;
    }

    private static String plain(MimeBundle bundle) {
        return bundle.data().getOrDefault(MimeBundle.TEXT_PLAIN, "[" + String.join(", ", bundle.data().keySet()) + "]");
    }
}
