package dev.threadlab.lessons.run;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted engine for runner tests, one line per cell: {@code set K V} stores a variable, {@code get K}
 * results in its value (fails when unset, as a lost variable would), {@code value X} results in
 * {@code X}, {@code print X} writes X to stdout, {@code fail X} fails with CheckFailed, {@code slow}
 * runs until interrupted, {@code hang} ignores interrupts until the interpreter is closed,
 * {@code exit} loses the engine, {@code once} succeeds in the first engine of a run and fails in
 * every later one (a cell that fails when replayed). A blank cell (the warm-up) succeeds.
 */
final class ScriptedInterpreter implements Interpreter {

    final List<String> executed = new CopyOnWriteArrayList<>();
    private final boolean first;
    private final Map<String, String> variables = new HashMap<>();
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    /** An engine; {@code first} when it is the first engine of a run. */
    ScriptedInterpreter(boolean first) {
        this.first = first;
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        String code = cell.code().strip();
        if (code.isEmpty()) {
            return new ExecuteOutcome.Ok(null);
        }
        executed.add(code);
        String[] words = code.split(" ", 3);
        try {
            return switch (words[0]) {
                case "set" -> {
                    variables.put(words[1], words[2]);
                    yield new ExecuteOutcome.Ok(null);
                }
                case "get" -> variables.containsKey(words[1])
                        ? new ExecuteOutcome.Ok(MimeBundle.text(variables.get(words[1])))
                        : new ExecuteOutcome.Failed("CompileError", "cannot find symbol " + words[1], List.of());
                case "value" -> new ExecuteOutcome.Ok(MimeBundle.text(code.substring(6)));
                case "print" -> {
                    output.stdout(code.substring(6) + "\n");
                    yield new ExecuteOutcome.Ok(null);
                }
                case "fail" -> new ExecuteOutcome.Failed("CheckFailed", code.substring(5), List.of());
                case "slow" -> interrupted.await(30, TimeUnit.SECONDS)
                        ? new ExecuteOutcome.Failed("Interrupted", "The cell was interrupted.", List.of())
                        : new ExecuteOutcome.Ok(null);
                case "hang" -> closed.await(30, TimeUnit.SECONDS)
                        ? new ExecuteOutcome.Failed("EngineExited", "killed", List.of())
                        : new ExecuteOutcome.Ok(null);
                case "once" -> first ? new ExecuteOutcome.Ok(null)
                        : new ExecuteOutcome.Failed("IllegalStateException", "ran twice", List.of());
                case "exit" -> new ExecuteOutcome.Failed("EngineExited", "The Java engine exited with code 3", List.of());
                default -> throw new IllegalArgumentException("unknown script command: " + code);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExecuteOutcome.Failed("Interrupted", "thread interrupted", List.of());
        }
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    @Override public void interrupt() { interrupted.countDown(); }
    @Override public void close() { closed.countDown(); }
    @Override public void restart() { variables.clear(); }
    @Override public LanguageInfo languageInfo() { return new LanguageInfo("script", "1", "text/plain", ".txt", "text", "text"); }
    @Override public String banner() { return "scripted"; }
    @Override public ExpressionOutcome evaluate(String expression) { return new ExpressionOutcome.Failed("No", "no"); }
    @Override public Completion complete(String code, int cursor) { return Completion.none(cursor); }
    @Override public Inspection inspect(String code, int cursor, int detailLevel) { return Inspection.notFound(); }
    @Override public Completeness isComplete(String code) { return new Completeness.Complete(); }
}
