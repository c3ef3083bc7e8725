package dev.threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a long command on stderr: a bar redrawn in place ({@code \r}) when stderr is a terminal,
 * else one line per step, so that logs and CI output stay readable. Thread-safe.
 */
final class ProgressLine {

    private static final int BAR_WIDTH = 20;

    private final PrintWriter err;
    private final boolean inPlace;
    private int lastWidth;

    ProgressLine(PrintWriter err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
    }

    /** A progress line on {@code err}, in place when the process's stderr is a terminal. */
    static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(err, stderrIsTerminal());
    }

    /** Step {@code step} (1-based) of {@code total} begins, doing {@code what}. */
    synchronized void show(int step, int total, String what) {
        if (!inPlace) {
            err.println("[" + step + "/" + total + "] " + what);
            err.flush();
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (step - 1) * BAR_WIDTH / total;
        String line = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + step + "/" + total + " " + what;
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        lastWidth = line.length();
        err.flush();
    }

    /** Removes the bar (in place) so that what follows starts on a clean line. */
    synchronized void finish() {
        if (inPlace && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux, where {@code /proc/self/fd/2} points; elsewhere,
     * whether the JVM has a console at all (which says less: it looks at stdin and stdout).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
