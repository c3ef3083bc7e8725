package dev.threadlab.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Coalesces the engine's output streams into JShell's multiplexed frame format on the command socket.
 *
 * <p>Frames from every channel go into one buffer in the order they were written, so stdout, stderr and
 * displays keep their relative order. A daemon thread flushes the buffer {@value #FLUSH_MILLIS} ms after
 * the first byte arrived; a writer flushes at once when the buffer reaches {@value #FLUSH_BYTES} bytes
 * (which also slows down a runaway printer to the speed of the socket). Every flush ends with a
 * {@link Wire#SYNC} frame. Thread-safe.
 *
 * <p>JShell's own command frames are written to the same socket stream while holding its monitor; so do we.
 */
final class Multiplexer {

    static final int FLUSH_BYTES = 64 * 1024;
    static final long FLUSH_MILLIS = 20;
    private static final int MAX_FRAME_DATA = 255;

    private final OutputStream socket;
    private final Object lock = new Object();
    private final byte[] buffer = new byte[FLUSH_BYTES + 64];
    private final byte[] syncName = Wire.SYNC.getBytes(StandardCharsets.UTF_8);
    private int size;
    private long pendingSince;
    private boolean broken;

    Multiplexer(OutputStream socket) {
        this.socket = socket;
        Thread flusher = new Thread(this::flushPeriodically, "threadlab-output-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** A stream whose bytes go out as frames of {@code name}; its {@code flush()} leaves timing to us. */
    OutputStream channel(String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        return new OutputStream() {
            @Override public void write(int b) {
                append(nameBytes, new byte[] {(byte) b}, 0, 1);
            }

            @Override public void write(byte[] b, int off, int len) {
                append(nameBytes, b, off, len);
            }
        };
    }

    /** Appends {@code data} as frames of channel {@code name}, atomically with respect to other channels. */
    void append(byte[] name, byte[] data, int off, int len) {
        synchronized (lock) {
            while (len > 0) {
                int chunk = Math.min(MAX_FRAME_DATA, len);
                if (size + name.length + chunk + 2 > FLUSH_BYTES) {
                    flushLocked();
                }
                buffer[size++] = (byte) name.length;
                System.arraycopy(name, 0, buffer, size, name.length);
                size += name.length;
                buffer[size++] = (byte) chunk;
                System.arraycopy(data, off, buffer, size, chunk);
                size += chunk;
                off += chunk;
                len -= chunk;
            }
            if (pendingSince == 0 && size > 0) {
                pendingSince = System.nanoTime();
                lock.notifyAll();
            }
        }
    }

    /** Sends everything buffered now. */
    void flush() {
        synchronized (lock) {
            flushLocked();
        }
    }

    private void flushLocked() {
        pendingSince = 0;
        if (size == 0) {
            return;
        }
        buffer[size++] = (byte) syncName.length;
        System.arraycopy(syncName, 0, buffer, size, syncName.length);
        size += syncName.length;
        buffer[size++] = 1;
        buffer[size++] = 0;
        int length = size;
        size = 0;
        if (broken) {
            return;
        }
        synchronized (socket) {
            try {
                socket.write(buffer, 0, length);
                socket.flush();
            } catch (IOException e) {
                // The kernel is gone; the command loop notices and the engine exits.
                broken = true;
            }
        }
    }

    private void flushPeriodically() {
        try {
            while (true) {
                synchronized (lock) {
                    while (pendingSince == 0) {
                        lock.wait();
                    }
                    long remaining;
                    while (pendingSince != 0
                            && (remaining = pendingSince + TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS)
                                    - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                    }
                    flushLocked();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
