package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what the engine JVM writes to its own standard output or error, below {@code System.out}: a
 * {@code PrintStream} on {@code FileDescriptor.out}, a child process started with {@code inheritIO()}, and
 * the JVM's own messages ("Terminating due to java.lang.OutOfMemoryError"). Until {@link #attach} the bytes
 * are logged (the engine is starting); then they go to the output of the most recent cell.
 *
 * <p>At the end of every cell the engine writes {@link Wire#RAW_SYNC} to both descriptors; this reader
 * drops the mark and counts it, so {@link #awaitSyncs} can tell when everything written before the cell
 * ended has been handed over, and the cell's reply does not overtake its output. Thread-safe.
 */
final class RawOutput extends Thread {

    private static final System.Logger LOG = System.getLogger(RawOutput.class.getName());
    private static final int MAX_LINE = 1_000;

    private final InputStream in;
    private final long pid;
    private volatile OutputStream sink;
    private volatile String lastLine;
    private volatile boolean unsynced;
    private long syncs;

    RawOutput(InputStream in, long pid, boolean err) {
        super("threadlab-engine-" + (err ? "stderr-" : "stdout-") + pid);
        this.in = in;
        this.pid = pid;
        setDaemon(true);
    }

    /** From now on, bytes go to {@code target} (flushed after each read), not to the log. */
    void attach(OutputStream target) {
        sink = target;
    }

    /** The last line written, e.g. why the JVM terminated; null if none. */
    String lastLine() {
        return lastLine;
    }

    /**
     * Waits up to {@code millis} until {@code count} end-of-cell marks have been read; false on timeout, after
     * which this stream is not waited for again (user code closed the descriptor, say).
     */
    synchronized boolean awaitSyncs(long count, long millis) {
        if (unsynced) {
            return false;
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (syncs < count && isAlive()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                unsynced = true;
                LOG.log(System.Logger.Level.DEBUG, "{0}: no end-of-cell mark; not waiting for it again", getName());
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return syncs >= count;
    }

    private synchronized void synced() {
        syncs++;
        notifyAll();
    }

    @Override
    public void run() {
        byte[] mark = Wire.RAW_SYNC;
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StringBuilder line = new StringBuilder();
        int matched = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                text.reset();
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == mark[matched]) {
                        if (++matched == mark.length) {
                            matched = 0;
                            deliver(text, line);
                            text.reset();
                            synced();
                        }
                        continue;
                    }
                    text.write(mark, 0, matched); // a false start of a mark is output after all
                    matched = 0;
                    if (b == mark[0]) {
                        matched = 1;
                    } else {
                        text.write(b);
                    }
                }
                deliver(text, line);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, getName() + " closed", e);
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private void deliver(ByteArrayOutputStream text, StringBuilder line) throws IOException {
        if (text.size() == 0) {
            return;
        }
        byte[] bytes = text.toByteArray();
        rememberLastLine(bytes, line);
        OutputStream target = sink;
        if (target == null) {
            LOG.log(System.Logger.Level.WARNING, "engine " + pid + ": "
                    + new String(bytes, StandardCharsets.UTF_8).stripTrailing());
            return;
        }
        try {
            target.write(bytes);
            target.flush();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "output of engine " + pid + " below System.out was dropped", e);
        }
    }

    private void rememberLastLine(byte[] bytes, StringBuilder line) {
        for (byte b : bytes) {
            if (b == '\n') {
                if (!line.isEmpty()) {
                    lastLine = line.toString().stripTrailing();
                }
                line.setLength(0);
            } else if (line.length() < MAX_LINE) {
                line.append((char) (b & 0xFF));
            }
        }
        if (!line.isEmpty()) {
            lastLine = line.toString().stripTrailing();
        }
    }
}
