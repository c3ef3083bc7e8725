package dev.threadlab.agent;

import dev.threadlab.wire.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Writes the engine's frames (see {@link Wire}) to the command socket, coalesced.
 *
 * <p>Frames from every channel go into one buffer in the order they were written, so command responses,
 * stdout, stderr and displays keep their relative order. A daemon thread flushes the buffer
 * {@value #FLUSH_MILLIS} ms after the first output byte arrived; a writer flushes at once when the buffer
 * reaches {@value #FLUSH_BYTES} bytes (which also slows a runaway printer down to the speed of the
 * socket); a command response flushes at once. Every flush ends with a {@link Wire#SYNC} frame and is
 * one socket write. Thread-safe.
 */
final class Multiplexer {

    static final int FLUSH_BYTES = 64 * 1024;
    static final long FLUSH_MILLIS = 20;

    private final OutputStream socket;
    private final Object lock = new Object();
    private byte[] buffer = new byte[FLUSH_BYTES + 1024];
    private int size;
    private long pendingSince;
    /** The cell tag of the last output frame written (the kernel's reader keeps the same state). */
    private int lastTag;
    private boolean broken;
    private volatile boolean immediate;

    Multiplexer(OutputStream socket) {
        this.socket = socket;
        Thread flusher = new Thread(this::flushPeriodically, "threadlab-output-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** A stream whose bytes go out as frames of {@code channel}; its {@code flush()} leaves timing to us. */
    OutputStream channel(byte channel) {
        return new OutputStream() {
            @Override public void write(int b) {
                append(channel, new byte[] {(byte) b}, 0, 1, false);
            }

            @Override public void write(byte[] b, int off, int len) {
                append(channel, b, off, len, false);
            }
        };
    }

    /** The stream of command responses: buffered until {@code flush()}, then sent at once as one frame. */
    OutputStream commandStream() {
        return new ByteArrayOutputStream() {
            @Override public synchronized void flush() {
                append(Wire.COMMAND, buf, 0, count, true);
                reset();
            }
        };
    }

    /**
     * Appends {@code data} as one frame of {@code channel}; with {@code now}, flushes at once. Output frames
     * ({@link Wire#OUT}, {@link Wire#ERR}, {@link Wire#DISPLAY}, {@link Wire#REPORT}) are preceded by a {@link Wire#CELL} frame
     * when the calling thread's {@link CellTag} differs from the previous output frame's.
     */
    void append(byte channel, byte[] data, int off, int len, boolean now) {
        boolean output = channel == Wire.OUT || channel == Wire.ERR || channel == Wire.DISPLAY || channel == Wire.REPORT;
        // Output during shutdown (a learner's shutdown hook, a thread created in an earlier cell) belongs to
        // the cell that ended the JVM: 0 sends it to the most recent cell.
        int tag = output && !immediate ? CellTag.current() : 0;
        if (tag != 0 && tag != CellTag.latest() && shuttingDown()) {
            tag = 0; // a shutdown hook made in an earlier cell, running before the final flush set immediate
        }
        synchronized (lock) {
            if (len > 0) {
                boolean retag = output && tag != lastTag;
                int needed = Wire.FRAME_HEADER + len + (retag ? Wire.FRAME_HEADER + 4 : 0);
                if (size + needed > FLUSH_BYTES && size > 0 && !now) {
                    flushLocked();
                }
                ensureCapacity(size + needed + Wire.FRAME_HEADER);
                if (retag) {
                    Wire.frame(buffer, size, Wire.CELL, 4);
                    ByteBuffer.wrap(buffer, size + Wire.FRAME_HEADER, 4).putInt(tag);
                    size += Wire.FRAME_HEADER + 4;
                    lastTag = tag;
                }
                Wire.frame(buffer, size, channel, len);
                System.arraycopy(data, off, buffer, size + Wire.FRAME_HEADER, len);
                size += Wire.FRAME_HEADER + len;
            }
            if (now || immediate || size >= FLUSH_BYTES) {
                flushLocked();
            } else if (pendingSince == 0 && size > 0) {
                pendingSince = System.nanoTime();
                lock.notifyAll();
            }
        }
    }

    /**
     * The JVM is shutting down: sends what is buffered, and from now on every write at once. Shutdown hooks
     * run in parallel, so a learner's hook may print after ours ran; without this its output was lost. What
     * is printed from now on goes to the most recent cell, the one that ended the JVM.
     */
    /**
     * Whether the JVM is shutting down (the hooks run in no set order, so the final flush's hook may not
     * have run yet). Asked only for output of a thread an earlier cell made, which is rare.
     */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    void flushForShutdown() {
        synchronized (lock) {
            immediate = true;
            flushLocked();
        }
    }

    /** Sends everything buffered now. */
    void flush() {
        synchronized (lock) {
            flushLocked();
        }
    }

    private void ensureCapacity(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    private void flushLocked() {
        pendingSince = 0;
        if (size == 0) {
            return;
        }
        ensureCapacity(size + Wire.FRAME_HEADER);
        Wire.frame(buffer, size, Wire.SYNC, 0);
        int length = size + Wire.FRAME_HEADER;
        size = 0;
        if (buffer.length > 4 * FLUSH_BYTES) {
            // after a huge response, do not keep the memory
            byte[] sent = buffer;
            buffer = new byte[FLUSH_BYTES + 1024];
            write(sent, length);
        } else {
            write(buffer, length);
        }
    }

    private void write(byte[] bytes, int length) {
        if (broken) {
            return;
        }
        try {
            socket.write(bytes, 0, length);
            socket.flush();
        } catch (IOException e) {
            // The kernel is gone; the command loop notices and the engine exits.
            broken = true;
        }
    }

    /**
     * The flusher's loop. It ignores interrupts: a cell that interrupts every thread of the JVM (a learner
     * trying things) must not end it, or background output would wait until the next command.
     */
    private void flushPeriodically() {
        while (true) {
            synchronized (lock) {
                try {
                    while (pendingSince == 0) {
                        lock.wait();
                    }
                    long remaining;
                    while (pendingSince != 0
                            && (remaining = pendingSince + TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS)
                                    - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                    }
                } catch (InterruptedException e) {
                    continue; // see above; not ours to act on
                }
                flushLocked();
            }
        }
    }
}
