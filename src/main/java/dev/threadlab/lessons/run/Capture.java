package dev.threadlab.lessons.run;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link Output} that keeps a cell's output in memory, capped as the kernel caps what it sends a
 * notebook: at most {@value #LIMIT_CHARS} characters of printed text and displays per cell (a cell that
 * prints 400 MB must not take the grader's memory with it), with a notice on stderr saying how much was cut,
 * and at most {@value #MAX_REPORTS} check reports. A headless run has nobody to type input, so
 * {@link #input} refuses. Thread-safe: background threads of the cell may still write after it ended.
 */
final class Capture implements Output {

    /** The most characters of printed text and display data kept per cell, as the kernel's per-cell cap. */
    static final long LIMIT_CHARS = 10_000_000;
    /** The most check reports kept per cell (a check cell sends one). */
    static final int MAX_REPORTS = 100;

    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<MimeBundle> displays = new ArrayList<>();
    private final List<String> displayIds = new ArrayList<>();
    private final List<CapturedOutput.Report> reports = new ArrayList<>();
    private final long limit;
    private long kept;
    private long dropped;

    Capture() {
        this(LIMIT_CHARS);
    }

    Capture(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void stdout(String text) {
        stdout.append(room(text));
    }

    @Override
    public synchronized void stderr(String text) {
        stderr.append(room(text));
    }

    /** The part of {@code text} that still fits under the cap; counts what does not. */
    private String room(String text) {
        long left = Math.max(0, limit - kept);
        String fits = text.length() <= left ? text : text.substring(0, (int) left);
        kept += fits.length();
        dropped += text.length() - fits.length();
        return fits;
    }

    private boolean fits(MimeBundle bundle) {
        long size = bundle.data().values().stream().mapToLong(v -> v == null ? 0 : v.length()).sum();
        if (kept + size > limit) {
            dropped += size;
            return false;
        }
        kept += size;
        return true;
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        if (fits(bundle)) {
            displays.add(bundle);
            displayIds.add(displayId);
        }
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        for (int i = 0; i < displays.size(); i++) {
            if (displayId != null && displayId.equals(displayIds.get(i)) && fits(bundle)) {
                displays.set(i, bundle);
            }
        }
    }

    @Override
    public synchronized void clear(boolean wait) {
        // Jupyter clears lazily with wait; the end state a notebook file keeps is the same either way.
        stdout.setLength(0);
        stderr.setLength(0);
        displays.clear();
        displayIds.clear();
        kept = 0;
    }

    @Override
    public synchronized void checkReport(String id, String json) {
        if (reports.size() < MAX_REPORTS) {
            reports.add(new CapturedOutput.Report(id, json));
        }
    }

    @Override
    public String input(String prompt, boolean password) {
        throw new StdinNotAllowedException();
    }

    /** What was captured so far; stderr ends with a notice when output was cut. */
    synchronized CapturedOutput snapshot() {
        String notice = dropped == 0 ? "" : String.format(Locale.ROOT,
                "%n[output truncated: %.1f MB more not kept. A cell keeps at most %d MB of output while grading.]%n",
                dropped / 1e6, limit / 1_000_000);
        return new CapturedOutput(stdout.toString(), stderr + notice, displays, reports);
    }
}
