package dev.threadlab.agent;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The engine's {@code System.out} and {@code System.err}: a UTF-8, auto-flushing {@link PrintStream} whose
 * {@link #close()} only flushes. A cell that closes {@code System.out} (often through try-with-resources on
 * a writer wrapping it) must not silence every later cell; the stream belongs to the kernel, not the cell.
 * Thread-safe as {@link PrintStream}.
 */
final class UnclosablePrintStream extends PrintStream {

    UnclosablePrintStream(OutputStream out) {
        super(out, true, StandardCharsets.UTF_8);
    }

    /** Flushes; the stream stays open. */
    @Override
    public void close() {
        flush();
    }
}
