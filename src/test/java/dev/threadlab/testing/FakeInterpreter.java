package dev.threadlab.testing;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExpressionOutcome;
import dev.threadlab.interpreter.Inspection;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.LanguageInfo;
import dev.threadlab.interpreter.Output;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted language for kernel tests. Cells understand a few commands:
 * {@code print X} (stdout), {@code noncompiling X} (a cell that did not compile), {@code flood N} (N characters of stdout, in 1 MB lines), {@code lines N} (N characters
 * of stdout in lines of 33 characters, 64 KB per call), {@code fail X} (a failed cell),
 * {@code failbare X} (a failed cell whose traceback is empty), {@code block} (waits until interrupted or released),
 * {@code ask X} (asks for input and prints the answer), {@code crash} (the interpreter throws, also when asked
 * to complete it), {@code error} (the interpreter throws an {@code Error}, as the compiler does on a broken jar),
 * {@code report} (a genuine check report: {@link #reported}, as the engine's agent would send it), and
 * anything else evaluates to itself as the result.
 */
public final class FakeInterpreter implements Interpreter {

    public final CountDownLatch blocking = new CountDownLatch(1);
    /** Counting down lets a {@code block} cell finish successfully. */
    public final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    public volatile int executed;
    /** When the kernel says the last cell was received ({@link Cell#receivedNanos()}). */
    public volatile long receivedNanos;
    public volatile boolean closed;
    /** What a cell {@code show} displays. */
    public volatile MimeBundle shown = MimeBundle.text("shown");
    /** What a cell {@code report} sends as a genuine check report: {@code {id, json}}. */
    public volatile String[] reported = {"l00-check", "{}"};

    @Override
    public LanguageInfo languageInfo() {
        return new LanguageInfo("fake", "1.0", "text/x-fake", ".fake", "text", "text");
    }

    @Override
    public String banner() {
        return "fake interpreter";
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        executed++;
        receivedNanos = cell.receivedNanos();
        String code = cell.code();
        if (code.startsWith("print ")) {
            output.stdout(code.substring(6) + "\n");
            return new ExecuteOutcome.Ok(null);
        }
        if (code.startsWith("flood ")) {
            String chunk = "x".repeat(999_999) + "\n";
            for (long left = Long.parseLong(code.substring(6)); left > 0; left -= chunk.length()) {
                output.stdout(left >= chunk.length() ? chunk : chunk.substring(0, (int) left));
            }
            return new ExecuteOutcome.Ok(null);
        }
        if (code.startsWith("lines ")) {
            String chunk = ("y".repeat(32) + "\n").repeat(1_985);
            for (long left = Long.parseLong(code.substring(6)); left > 0; left -= chunk.length()) {
                output.stdout(left >= chunk.length() ? chunk : chunk.substring(0, (int) left));
            }
            return new ExecuteOutcome.Ok(null);
        }
        if (code.equals("report")) {
            output.checkReport(reported[0], reported[1]);
            return new ExecuteOutcome.Ok(null);
        }
        if (code.equals("show")) {
            output.display(shown, null);
            return new ExecuteOutcome.Ok(null);
        }
        if (code.startsWith("failbare ")) {
            return new ExecuteOutcome.Failed("BareError", code.substring(9), List.of());
        }
        if (code.startsWith("noncompiling ")) {
            return new ExecuteOutcome.Failed("CompileError", code.substring(13), List.of("cannot find symbol"));
        }
        if (code.startsWith("fail ")) {
            return new ExecuteOutcome.Failed("FakeError", code.substring(5), List.of("line 1"));
        }
        if (code.equals("crash")) {
            throw new IllegalStateException("the fake interpreter crashed");
        }
        if (code.equals("error")) {
            throw new InternalError("Exception during analyze (the fake compiler broke)");
        }
        if (code.equals("block")) {
            blocking.countDown();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline) {
                    if (interrupted.await(5, TimeUnit.MILLISECONDS)) {
                        return new ExecuteOutcome.Failed("Interrupted", "interrupted", List.of());
                    }
                    if (release.getCount() == 0) {
                        return new ExecuteOutcome.Ok(MimeBundle.text("released"));
                    }
                }
                return new ExecuteOutcome.Failed("Timeout", "neither interrupted nor released", List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ExecuteOutcome.Failed("Interrupted", "thread interrupted", List.of());
            }
        }
        if (code.startsWith("ask ")) {
            try {
                output.stdout("got " + output.input(code.substring(4), false) + "\n");
                return new ExecuteOutcome.Ok(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ExecuteOutcome.Failed("Interrupted", "while asking", List.of());
            } catch (Output.StdinNotAllowedException e) {
                return new ExecuteOutcome.Failed("StdinNotAllowed", e.getMessage(), List.of());
            }
        }
        return new ExecuteOutcome.Ok(code.isBlank() ? null : MimeBundle.text(code));
    }

    @Override
    public ExpressionOutcome evaluate(String expression) {
        return expression.startsWith("fail")
                ? new ExpressionOutcome.Failed("FakeError", expression)
                : new ExpressionOutcome.Value(MimeBundle.text("value of " + expression));
    }

    @Override
    public Completion complete(String code, int cursor) {
        if (code.equals("crash")) {
            throw new IllegalStateException("the fake interpreter crashed while completing");
        }
        return new Completion(List.of("alpha", "beta"), cursor, cursor);
    }

    @Override
    public Inspection inspect(String code, int cursor, int detailLevel) {
        return code.startsWith("Known")
                ? new Inspection(true, MimeBundle.text("docs of " + code.substring(0, cursor)))
                : Inspection.notFound();
    }

    @Override
    public Completeness isComplete(String code) {
        if (code.endsWith("{") || code.endsWith("?")) { // "a ?" waits for the rest of a conditional, as in JShell
            return new Completeness.Incomplete("    ");
        }
        return code.startsWith(")") ? new Completeness.Invalid() : new Completeness.Complete();
    }

    @Override
    public void interrupt() {
        interrupted.countDown();
    }

    @Override
    public void restart() {
    }

    @Override
    public void close() {
        closed = true;
    }
}
