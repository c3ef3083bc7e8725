package dev.threadlab.repl;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Runs cells through the interpreter the kernel uses and shows them as they run: output is drawn as it
 * streams in (displays updated in place), a status line counts the seconds, and Ctrl-C interrupts the
 * cell, as Jupyter's interrupt does (the interpreter escalates to restarting the engine when it must).
 * The app never ends while a cell runs. Output that arrives after its cell ended is shown with the
 * cell's number and kept in that cell. Used by the terminal's owner thread only.
 */
final class CellRunner implements AutoCloseable {

    private static final int CTRL_C = 3;
    private static final long TICK_MILLIS = 40;

    private final Interpreter interpreter;
    private final Console console;
    private final Inbox inbox;
    private final OutputText text;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "threadlab-cell");
        thread.setDaemon(true); // a cell the engine never returns from must not keep the app alive
        return thread;
    });
    private final Map<CellOutputs, Integer> labels = new WeakHashMap<>();
    private Consumer<CellOutputs> lateOutput = outputs -> { };
    private Consumer<List<AttributedString>> latePrinter;
    private CellOutputs live;
    private Console.Live region;
    private int committed;
    private volatile boolean running;
    private volatile boolean signalled;
    private final StringBuilder typedAhead = new StringBuilder();

    CellRunner(Interpreter interpreter, Console console, Inbox inbox) {
        this.interpreter = interpreter;
        this.console = console;
        this.inbox = inbox;
        this.text = new OutputText(console.theme());
        this.latePrinter = console::print;
    }

    /** Where output of cells that ended is printed (the REPL prints it above its prompt while reading). */
    void printLateOutputWith(Consumer<List<AttributedString>> printer) {
        this.latePrinter = printer;
    }

    /** Called after output arrived for a cell that had already ended (so its notebook can be saved). */
    void onLateOutput(Consumer<CellOutputs> listener) {
        this.lateOutput = listener;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** The lines {@code outputs} shows now, for drawing a cell that is not running. */
    List<AttributedString> lines(CellOutputs outputs) {
        return new OutputText(console.theme()).lines(outputs, console.width());
    }

    /**
     * Runs {@code code} as cell number {@code count}, its outputs going into {@code outputs} (cleared
     * first), and returns how it ended. Blocks until the interpreter returns.
     */
    ExecuteOutcome run(String code, int count, CellOutputs outputs) {
        outputs.clear(false);
        labels.put(outputs, count);
        live = outputs;
        region = console.live();
        committed = 0;
        long start = System.nanoTime();
        Future<ExecuteOutcome> running = worker.submit(() ->
                interpreter.execute(new Cell(code, count, false, true), inbox.outputFor(outputs)));
        this.running = true;
        boolean interrupting = false;
        boolean inputGone = false;
        try {
            while (!running.isDone()) {
                int key = console.keyMode() && !inputGone ? console.pollKey(TICK_MILLIS) : Console.NO_KEY;
                if (key >= 0 && key != CTRL_C) {
                    typedAhead.appendCodePoint(key);
                }
                if (key == CTRL_C || key == -1 || signalled) {
                    interpreter.interrupt();
                    interrupting = true;
                    signalled = false;
                    inputGone |= key == -1;
                }
                apply(key == Console.NO_KEY && (inputGone || !console.keyMode()) ? TICK_MILLIS : 0);
                region.show(withStatus(outputs, status(start, interrupting)));
            }
            ExecuteOutcome outcome = outcome(running);
            apply(0);
            outputs.ended(outcome, count);
            List<AttributedString> done = new ArrayList<>(uncommitted(outputs));
            done.add(finished(outcome, count, start));
            region.show(done);
            return outcome;
        } finally {
            this.running = false;
            live = null;
        }
    }

    /** The keys typed while the last cell ran (other than Ctrl-C), now forgotten here. */
    String takeTypedAhead() {
        String typed = typedAhead.toString();
        typedAhead.setLength(0);
        return typed;
    }

    /** Asks the running cell to stop (a SIGINT from outside, or Ctrl-C on a terminal that sends signals). */
    void signalInterrupt() {
        if (running) {
            signalled = true;
            interpreter.interrupt();
        }
    }

    /** The live cell's lines not yet printed for good (a question to the person fixes what is above it). */
    private List<AttributedString> uncommitted(CellOutputs outputs) {
        List<AttributedString> lines = text.lines(outputs, console.width());
        return lines.subList(Math.min(committed, lines.size()), lines.size());
    }

    private static ExecuteOutcome outcome(Future<ExecuteOutcome> running) {
        try {
            return running.get();
        } catch (ExecutionException e) {
            return new ExecuteOutcome.Failed("InternalError", "Threadlab failed while running this cell ("
                    + e.getCause() + "); this is a bug in Threadlab. The next cell may still work.", List.of());
        } catch (InterruptedException | CancellationException e) {
            Thread.currentThread().interrupt();
            return new ExecuteOutcome.Failed("Interrupted", "The app was stopped while the cell ran.", List.of());
        }
    }

    private List<AttributedString> withStatus(CellOutputs outputs, AttributedString status) {
        List<AttributedString> lines = new ArrayList<>(uncommitted(outputs));
        if (console.canRedraw()) {
            lines.add(status);
        } else if (!lines.isEmpty()) {
            lines.removeLast(); // may still grow (a line being written): printed once it is complete
        }
        return lines;
    }

    private AttributedString status(long start, boolean interrupting) {
        String what = interrupting ? "interrupting… (a cell that ignores it has its engine restarted within seconds)"
                : "Ctrl-C interrupts";
        return new AttributedStringBuilder()
                .styled(console.theme().style(Role.NOTE), "▶ running " + seconds(start) + " · " + what)
                .toAttributedString();
    }

    private AttributedString finished(ExecuteOutcome outcome, int count, long start) {
        String how = outcome instanceof ExecuteOutcome.Failed f ? " · " + f.ename() : "";
        return new AttributedString("[" + count + "] ran in " + seconds(start) + how, console.theme().style(Role.DIM));
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Applies the output that came in (waiting up to {@code millis} for some), answers input questions,
     * and shows output of cells that already ended. Call it while waiting for the person, too.
     */
    synchronized void apply(long millis) {
        List<Inbox.Event> events;
        try {
            events = inbox.take(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (Inbox.Event event : events) {
            switch (event) {
                case Inbox.Change change when change.target() == live -> change.change().accept(live);
                case Inbox.Change change -> late(change);
                case Inbox.Question question -> answer(question);
            }
        }
    }

    /** Output of a cell that ended: what it adds is printed under the cell's number, then the cell is saved. */
    private void late(Inbox.Change change) {
        CellOutputs target = change.target();
        int before = text.lines(target, console.width()).size();
        change.change().accept(target);
        List<AttributedString> after = text.lines(target, console.width());
        List<AttributedString> added = after.subList(Math.min(before, after.size()), after.size());
        if (!added.isEmpty()) {
            Integer count = labels.get(target);
            AttributedString label = new AttributedString("[" + (count == null ? "?" : count) + "] ",
                    console.theme().style(Role.DIM));
            List<AttributedString> shown = new ArrayList<>();
            for (AttributedString line : added) {
                shown.add(new AttributedStringBuilder().append(label).append(line).toAttributedString());
            }
            latePrinter.accept(shown);
        }
        lateOutput.accept(target);
    }

    private void answer(Inbox.Question question) {
        if (question.answer().isDone()) {
            return; // the cell stopped waiting (interrupted)
        }
        if (question.target() == live) {
            // What the cell showed so far stays above the prompt; the region goes on below the answer.
            region.show(uncommitted(live));
            committed = text.lines(live, console.width()).size();
            region = console.live();
        }
        try {
            question.answer().complete(console.readLine(question.prompt(), question.password()));
        } catch (UserInterruptException e) {
            interpreter.interrupt();
            question.answer().completeExceptionally(new IllegalStateException("input interrupted with Ctrl-C"));
        } catch (RuntimeException e) {
            question.answer().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
