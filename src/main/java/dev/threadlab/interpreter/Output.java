package dev.threadlab.interpreter;

import dev.threadlab.display.MimeBundle;

/**
 * Where a running cell's output goes: the kernel turns each call into an IOPub message whose parent is
 * the cell's request. Thread-safe; usable after the cell ended (late output from background threads).
 */
public interface Output {

    /** Text written to standard output. */
    void stdout(String text);

    /** Text written to standard error. */
    void stderr(String text);

    /** A rich display; {@code displayId} null for a display that is never updated. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces the display with {@code displayId} shown earlier. */
    void updateDisplay(MimeBundle bundle, String displayId);

    /** Clears the cell's output; with {@code wait}, only when new output arrives. */
    void clear(boolean wait);

    /**
     * The genuine report of check {@code id}, sent by the toolkit's {@code Check.cell} over the engine's own
     * connection, which user code cannot write to: called only while the cell runs, and only when the cell's
     * own code called {@code Check.cell} on the cell's thread. {@code json} is the report as
     * {@code application/vnd.threadlab.check+json} (see docs/exercises.md). What the cell displayed, even
     * when it looks like a report, never arrives here. Progress and grades are taken from this alone. The
     * default ignores it.
     */
    default void checkReport(String id, String json) {
    }

    /**
     * Asks the user for a line of input. Blocks until the client answers.
     *
     * @throws StdinNotAllowedException when the client does not accept input requests
     * @throws InterruptedException     when the cell is interrupted while waiting
     */
    String input(String prompt, boolean password) throws InterruptedException;

    /** Thrown by {@link #input} when the client did not allow stdin for this cell. */
    final class StdinNotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StdinNotAllowedException() {
            super("This front end does not accept keyboard input for this cell (allow_stdin is false). "
                    + "Pass the value in code instead, or run the cell in Jupyter or the terminal app.");
        }
    }
}
