package dev.threadlab.lessons;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.kernel.Cell;
import dev.threadlab.kernel.Completeness;
import dev.threadlab.kernel.Completion;
import dev.threadlab.kernel.ExecuteOutcome;
import dev.threadlab.kernel.ExpressionOutcome;
import dev.threadlab.kernel.Inspection;
import dev.threadlab.kernel.Interpreter;
import dev.threadlab.kernel.Output;
import dev.threadlab.protocol.Reply.LanguageInfo;
import java.io.IOException;
import java.util.Objects;

/**
 * An interpreter that remembers the learner's check results: every genuine check report of a cell
 * ({@link Output#checkReport}, which only the toolkit's {@code Check.cell} can send) is added to a
 * {@link ProgressStore}. What a cell merely displays or prints, even when it looks like a report, is not.
 * Everything else is the wrapped interpreter's, unchanged; a store that cannot be written is logged, never
 * a failed cell.
 */
public final class ProgressRecorder implements Interpreter {

    private static final System.Logger LOG = System.getLogger(ProgressRecorder.class.getName());

    private final Interpreter inner;
    private final ProgressStore store;

    /** Records into {@code store} what cells run by {@code inner} (owned: closed with this) report. */
    public ProgressRecorder(Interpreter inner, ProgressStore store) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        return inner.execute(cell, new Recording(output));
    }

    /** Passes everything through, taking note of genuine check reports. */
    private final class Recording implements Output {
        private final Output out;

        Recording(Output out) {
            this.out = out;
        }

        @Override public void stdout(String text) { out.stdout(text); }
        @Override public void stderr(String text) { out.stderr(text); }
        @Override public void display(MimeBundle bundle, String displayId) { out.display(bundle, displayId); }
        @Override public void updateDisplay(MimeBundle bundle, String displayId) { out.updateDisplay(bundle, displayId); }
        @Override public void clear(boolean wait) { out.clear(wait); }

        @Override
        public String input(String prompt, boolean password) throws InterruptedException {
            return out.input(prompt, password);
        }

        @Override
        public void checkReport(String id, String json) {
            out.checkReport(id, json);
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

    @Override public LanguageInfo languageInfo() { return inner.languageInfo(); }
    @Override public String banner() { return inner.banner(); }
    @Override public ExpressionOutcome evaluate(String expression) { return inner.evaluate(expression); }
    @Override public Completion complete(String code, int cursor) { return inner.complete(code, cursor); }
    @Override public Inspection inspect(String code, int cursor, int detailLevel) {
        return inner.inspect(code, cursor, detailLevel);
    }
    @Override public Completeness isComplete(String code) { return inner.isComplete(code); }
    @Override public void interrupt() { inner.interrupt(); }
    @Override public void restart() { inner.restart(); }
    @Override public void close() { inner.close(); }
}
