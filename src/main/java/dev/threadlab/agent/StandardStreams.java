package dev.threadlab.agent;

import dev.threadlab.wire.Wire;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's {@code System.out}, {@code System.err} and {@code System.in}, which belong to the kernel: a
 * cell that sets one of them to null ({@code System.setOut(null)}) breaks it for that cell only, as it would
 * a plain program; the next cell finds it put back, with a note saying so. A stream the learner replaced with
 * another (to capture output, say) is left alone. Thread-safe.
 */
final class StandardStreams {

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final FileOutputStream rawOut = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream rawErr = new FileOutputStream(FileDescriptor.err);

    StandardStreams(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** Makes these the JVM's standard streams. */
    void install() {
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
    }

    /** Puts back each standard stream an earlier cell set to null, and says so on standard error. */
    void restoreIfLost() {
        List<String> lost = new ArrayList<>();
        if (System.out == null) {
            System.setOut(out);
            lost.add("System.out");
        }
        if (System.err == null) {
            System.setErr(err);
            lost.add("System.err");
        }
        if (System.in == null) {
            System.setIn(in);
            lost.add("System.in");
        }
        if (!lost.isEmpty()) {
            err.println("[" + String.join(" and ", lost) + (lost.size() == 1 ? " was" : " were")
                    + " null (set to null by an earlier cell) and " + (lost.size() == 1 ? "is" : "are")
                    + " back to the notebook's stream.]");
        }
    }

    /**
     * Marks the end of a cell on the process's own standard output and error ({@link Wire#RAW_SYNC}), where
     * streams on {@code FileDescriptor.out} and children with inherited output write. Command thread.
     */
    void markEndOfCell() {
        for (FileOutputStream raw : new FileOutputStream[] {rawOut, rawErr}) {
            try {
                raw.write(Wire.RAW_SYNC);
            } catch (IOException e) {
                // the cell closed the descriptor: the kernel stops waiting for marks after one timeout
            }
        }
    }

    /** The notebook's standard error, whatever {@code System.err} is now. */
    PrintStream err() {
        return err;
    }
}
