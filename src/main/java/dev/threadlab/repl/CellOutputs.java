package dev.threadlab.repl;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.lessons.notebook.NotebookOutput;
import dev.threadlab.wire.CheckReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one cell has shown, in order: streams (consecutive writes to the same stream merged, as Jupyter
 * does), displays (replaced in place by an update with their display id), the result or the error.
 * This is what is drawn while the cell runs and what is saved into the notebook. Not thread-safe: the
 * terminal's owner thread changes it, applying events other threads queued.
 */
final class CellOutputs {

    /** One output; {@code revision} grows whenever it changes, so a renderer can keep what did not. */
    static final class Item {
        private final String stream;           // stdout or stderr, or null for a fixed output
        private final StringBuilder text;
        private NotebookOutput fixed;
        private final String displayId;
        private int revision;

        private Item(String stream, NotebookOutput fixed, String displayId) {
            this.stream = stream;
            this.text = stream == null ? null : new StringBuilder();
            this.fixed = fixed;
            this.displayId = displayId;
        }

        /** {@code stdout}/{@code stderr} for a stream, else null. */
        String stream() {
            return stream;
        }

        /** The stream's text so far (a live view: do not keep it). */
        CharSequence text() {
            return text;
        }

        /** The output, for items that are not streams. */
        NotebookOutput fixed() {
            return fixed;
        }

        int revision() {
            return revision;
        }

        NotebookOutput toNotebook() {
            return stream != null ? new NotebookOutput.Stream(stream, text.toString()) : fixed;
        }
    }

    private final List<Item> items = new ArrayList<>();
    private boolean clearOnNext;
    private int generation;

    /** The last check report among the outputs, if a check cell sent one in a format this view knows. */
    Optional<CheckReport> checkReport() {
        Optional<CheckReport> report = Optional.empty();
        for (Item item : items) {
            if (item.fixed() instanceof NotebookOutput.Display display) {
                Optional<CheckReport> found = reportIn(display.bundle());
                report = found.isPresent() ? found : report;
            }
        }
        return report;
    }

    /** The check report {@code bundle} carries; empty when it has none or one in a format this view does not know. */
    static Optional<CheckReport> reportIn(MimeBundle bundle) {
        try {
            return CheckReport.from(bundle);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Outputs saved earlier (displays lose their ids: nothing updates them any more). */
    static CellOutputs of(List<NotebookOutput> saved) {
        CellOutputs outputs = new CellOutputs();
        for (NotebookOutput output : saved) {
            if (output instanceof NotebookOutput.Stream s) {
                outputs.stream(s.name(), s.text());
            } else {
                outputs.items.add(new Item(null, output, null));
            }
        }
        return outputs;
    }

    void stream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        clearIfAsked();
        Item last = items.isEmpty() ? null : items.getLast();
        if (last == null || !name.equals(last.stream)) {
            last = new Item(name, null, null);
            items.add(last);
        }
        last.text.append(text);
        last.revision++;
    }

    void display(MimeBundle bundle, String displayId) {
        clearIfAsked();
        items.add(new Item(null, new NotebookOutput.Display(bundle), displayId));
    }

    /** Replaces every display shown with {@code displayId}; an unknown id changes nothing, as in Jupyter. */
    void update(MimeBundle bundle, String displayId) {
        for (Item item : items) {
            if (displayId != null && displayId.equals(item.displayId)) {
                item.fixed = new NotebookOutput.Display(bundle);
                item.revision++;
            }
        }
    }

    /** Clears everything now, or ({@code wait}) just before the next output arrives. */
    void clear(boolean wait) {
        if (wait) {
            clearOnNext = true;
        } else {
            items.clear();
            generation++;
        }
    }

    /** Adds how the cell ended: its result (if any) or its error. */
    void ended(ExecuteOutcome outcome, int executionCount) {
        clearIfAsked();
        switch (outcome) {
            case ExecuteOutcome.Ok ok when ok.result() != null -> items.add(new Item(null,
                    new NotebookOutput.Result(ok.result(), Math.max(1, executionCount)), null));
            case ExecuteOutcome.Ok ok -> { }
            case ExecuteOutcome.Failed f -> items.add(new Item(null,
                    NotebookOutput.Error.of(f.failure()), null));
        }
    }

    private void clearIfAsked() {
        if (clearOnNext) {
            clearOnNext = false;
            items.clear();
            generation++;
        }
    }

    /** The outputs in order (a live view for the owner thread). */
    List<Item> items() {
        return items;
    }

    /** Grows each time everything was cleared, so a renderer knows to start over. */
    int generation() {
        return generation;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** The outputs as the notebook stores them. */
    List<NotebookOutput> toNotebook() {
        return items.stream().map(Item::toNotebook).toList();
    }

    /** Whether the cell ended in an error with this name. */
    boolean endedWith(String ename) {
        return !items.isEmpty() && items.getLast().fixed instanceof NotebookOutput.Error e
                && Objects.equals(e.ename(), ename);
    }
}
