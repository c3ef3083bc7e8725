package dev.threadlab.agent;

import dev.threadlab.toolkit.Input;
import dev.threadlab.wire.Wire;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The engine's {@code System.in}: when user code needs a byte and none is buffered, flushes pending
 * output (so a prompt shows first), asks the kernel for a line over the control connection and waits
 * for the answer, which the control listener {@link #deliver delivers}. Reading threads that are
 * interrupted (the cell was stopped) get an {@link InterruptedIOException}. Thread-safe.
 */
final class RemoteStdin extends InputStream implements Input.Source {

    /** An answer from the kernel to request {@code id}: bytes of a line, or end of input with a reason. */
    private record Answer(int id, byte[] bytes, String endReason) {}

    private final DataOutputStream control;
    private final Multiplexer multiplexer;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private byte[] line = new byte[0];
    private int next;
    private int requests;

    RemoteStdin(DataOutputStream control, Multiplexer multiplexer) {
        this.control = control;
        this.multiplexer = multiplexer;
    }

    /**
     * Called by the control listener with the kernel's answer to request {@code id}; {@code endReason}
     * non-null means no input. Answers to requests nobody waits for any more (the reader was interrupted)
     * are dropped when read.
     */
    void deliver(int id, byte[] bytes, String endReason) {
        answers.add(new Answer(id, bytes, endReason));
    }

    @Override
    public synchronized int read() throws IOException {
        if (next >= line.length) {
            line = ask(null, false);
            next = 0;
            if (line.length == 0) {
                return -1;
            }
        }
        return line[next++] & 0xFF;
    }

    /**
     * A fresh line after {@code prompt}, without its line break, shown hidden when {@code password}; null at
     * end of input. What earlier reads left buffered is dropped: the prompt asks for a new answer.
     */
    @Override
    public synchronized String readLine(String prompt, boolean password) throws IOException {
        line = new byte[0];
        next = 0;
        byte[] answer = ask(prompt, password);
        if (answer.length == 0) {
            return null;
        }
        String text = new String(answer, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Asks the kernel for a line (with its newline); empty at end of input. */
    private byte[] ask(String prompt, boolean password) throws IOException {
        multiplexer.flush();
        int id = ++requests;
        synchronized (control) {
            if (prompt == null) {
                control.writeByte(Wire.INPUT_REQUEST);
                control.writeInt(id);
            } else {
                byte[] text = prompt.getBytes(StandardCharsets.UTF_8);
                control.writeByte(Wire.INPUT_PROMPT);
                control.writeInt(id);
                control.writeByte(password ? 1 : 0);
                control.writeInt(text.length);
                control.write(text);
            }
            control.flush();
        }
        Answer answer;
        try {
            do {
                answer = answers.take();
            } while (answer.id() != id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for keyboard input");
        }
        if (answer.endReason() != null) {
            if (answer.endReason().isEmpty()) {
                return new byte[0];
            }
            // Scanner and friends hide this IOException; the kernel puts the reason into the cell's error.
            throw new IOException(answer.endReason());
        }
        return answer.bytes();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        b[off] = (byte) first;
        int n = Math.min(len - 1, line.length - next);
        System.arraycopy(line, next, b, off + 1, n);
        next += n;
        return n + 1;
    }

    @Override
    public synchronized int available() {
        return line.length - next;
    }
}
