package dev.threadlab.repl;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where cells' output waits for the terminal's owner thread: the interpreter and the threads a cell
 * started write from anywhere (also after the cell ended), and the owner applies the changes to the
 * cell's {@link CellOutputs} and draws them. Thread-safe.
 */
final class Inbox {

    /** A change to one cell's outputs, or a question for the person at the terminal. */
    sealed interface Event {
        CellOutputs target();
    }

    /** Applies a change to the outputs of {@code target}. */
    record Change(CellOutputs target, Consumer<CellOutputs> change) implements Event {}

    /** The cell reads standard input: {@code answer} waits for a line. */
    record Question(CellOutputs target, String prompt, boolean password, CompletableFuture<String> answer)
            implements Event {}

    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile Runnable onArrival = () -> { };

    /** Called (on the writing thread) after each event is queued; for a front end that must be woken. */
    void onArrival(Runnable wake) {
        this.onArrival = wake;
    }

    /** The output that feeds {@code target} through this inbox. */
    Output outputFor(CellOutputs target) {
        return new Output() {
            @Override public void stdout(String text) { post(new Change(target, o -> o.stream("stdout", text))); }
            @Override public void stderr(String text) { post(new Change(target, o -> o.stream("stderr", text))); }
            @Override public void display(MimeBundle bundle, String displayId) {
                post(new Change(target, o -> o.display(bundle, displayId)));
            }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) {
                post(new Change(target, o -> o.update(bundle, displayId)));
            }
            @Override public void clear(boolean wait) { post(new Change(target, o -> o.clear(wait))); }

            @Override
            public String input(String prompt, boolean password) throws InterruptedException {
                CompletableFuture<String> answer = new CompletableFuture<>();
                post(new Question(target, prompt, password, answer));
                try {
                    return answer.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } finally {
                    answer.cancel(false);
                }
            }
        };
    }

    private void post(Event event) {
        events.add(event);
        onArrival.run();
    }

    /** The events queued now, oldest first; waits up to {@code millis} for the first when there is none. */
    List<Event> take(long millis) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        Event first = millis > 0 ? events.poll(millis, TimeUnit.MILLISECONDS) : events.poll();
        if (first != null) {
            taken.add(first);
            events.drainTo(taken);
        }
        return taken;
    }
}
