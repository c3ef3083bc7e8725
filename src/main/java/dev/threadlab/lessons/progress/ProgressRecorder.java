package dev.threadlab.lessons.progress;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ForwardingInterpreter;
import dev.threadlab.interpreter.ForwardingOutput;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.util.Objects;

/**
 * An interpreter that remembers the learner's check results: every genuine check report of a cell
 * ({@link Output#checkReport}, which only the toolkit's {@code Check.cell} can send) is added to a
 * {@link ProgressStore}. What a cell merely displays or prints, even when it looks like a report, is not.
 * Everything else is the wrapped interpreter's, unchanged; a store that cannot be written is logged, never
 * a failed cell.
 */
public final class ProgressRecorder extends ForwardingInterpreter {

    private static final System.Logger LOG = System.getLogger(ProgressRecorder.class.getName());

    private final Interpreter inner;
    private final ProgressStore store;

    /** Records into {@code store} what cells run by {@code inner} (owned: closed with this) report. */
    public ProgressRecorder(Interpreter inner, ProgressStore store) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    protected Interpreter delegate() {
        return inner;
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        return inner.execute(cell, new Recording(output));
    }

    /** Passes everything through, taking note of genuine check reports. */
    private final class Recording extends ForwardingOutput {

        Recording(Output out) {
            super(out);
        }

        @Override
        public void checkReport(String id, String json) {
            super.checkReport(id, json);
            try {
                keep(CheckReport.parse(json));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "ignored a check report that cannot be read: " + e.getMessage());
            }
        }
    }

    private void keep(CheckReport report) {
        try {
            store.record(report);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save progress to " + store.file() + ": " + e);
        }
    }
}
