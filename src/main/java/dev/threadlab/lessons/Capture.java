package dev.threadlab.lessons;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.kernel.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Output} that keeps a cell's output in memory; a headless run has nobody to type input, so
 * {@link #input} refuses. Thread-safe: background threads of the cell may still write after it ended.
 */
final class Capture implements Output {

    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<MimeBundle> displays = new ArrayList<>();
    private final List<String> displayIds = new ArrayList<>();

    @Override
    public synchronized void stdout(String text) {
        stdout.append(text);
    }

    @Override
    public synchronized void stderr(String text) {
        stderr.append(text);
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        displays.add(bundle);
        displayIds.add(displayId);
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        for (int i = 0; i < displays.size(); i++) {
            if (displayId != null && displayId.equals(displayIds.get(i))) {
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
    }

    @Override
    public String input(String prompt, boolean password) {
        throw new StdinNotAllowedException();
    }

    /** What was captured so far. */
    synchronized CapturedOutput snapshot() {
        return new CapturedOutput(stdout.toString(), stderr.toString(), displays);
    }
}
