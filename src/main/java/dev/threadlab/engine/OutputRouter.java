package dev.threadlab.engine;

import dev.threadlab.interpreter.Output;
import dev.threadlab.wire.DisplayMessage;
import dev.threadlab.wire.ReportFrame;
import dev.threadlab.wire.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's multiplexed streams into calls on the {@link Output} of the cell that produced them.
 *
 * <p>Routing rule: every cell run through {@link #open(Output)} gets a tag; the engine marks output with
 * the tag of the cell whose thread (or an ancestor of it) produced it ({@link Wire#CELL} frames), and it
 * goes to that cell's output, even after the cell ended. Output of threads with no known cell (the common
 * ForkJoinPool, JDK threads) or of a cell older than the last {@value #RECENT_CELLS} goes to the most
 * recent cell, as ipykernel does.
 *
 * <p>Frames arrive on the engine's reader thread. Text and displays are queued in arrival order
 * (adjacent text of the same stream and cell merged) and handed over by {@link #flush()}, which the
 * reader calls at each {@link Wire#SYNC} frame (the end of every coalesced batch the engine sends). So
 * 100,000 {@code println} calls become a few dozen {@code stdout} calls, and stdout, stderr and displays
 * keep their order. Without any cell yet, output is dropped. Thread-safe.
 */
final class OutputRouter {

    private static final System.Logger LOG = System.getLogger(OutputRouter.class.getName());
    private static final int MAX_PENDING_CHARS = 64 * 1024;
    /** How many cells' outputs are kept for late output. */
    static final int RECENT_CELLS = 100;

    private sealed interface Pending {}
    private record Text(Output output, boolean err, StringBuilder text) implements Pending {}
    private record Display(Output output, DisplayMessage message) implements Pending {}
    private record Report(Output output, ReportFrame report) implements Pending {}

    private final Object lock = new Object();
    private final Object deliveryLock = new Object();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<Integer, Output> recent = new LinkedHashMap<>() {
        @Override protected boolean removeEldestEntry(Map.Entry<Integer, Output> eldest) {
            return size() > RECENT_CELLS;
        }
    };
    private int pendingChars;
    private int lastTag;
    /** The tag of the cell that is running now, 0 between cells. */
    private int runningTag;
    /** The tag of the frames being read; reader thread only. */
    private int frameTag;
    private volatile Output target;

    /** Registers the output of a cell that starts now, the fallback for output of unknown origin; its tag. */
    int open(Output output) {
        synchronized (lock) {
            int tag = ++lastTag;
            recent.put(tag, output);
            target = output;
            runningTag = tag;
            return tag;
        }
    }

    /**
     * Cell {@code tag} ended: a check report read for it from now on came too late (its thread went on after
     * JShell said the cell ended) and is dropped. Reports read before (the engine sends a report before the
     * response that ends the cell) are still delivered by the next {@link #flush()}.
     */
    void ended(int tag) {
        synchronized (lock) {
            if (runningTag == tag) {
                runningTag = 0;
            }
        }
    }

    /**
     * A check report from the engine's agent, for the frames' cell: queued for that cell's
     * {@link Output#checkReport} when that cell is the one running, else dropped and logged. Reader thread.
     */
    void report(ReportFrame report) {
        synchronized (lock) {
            if (frameTag == 0 || frameTag != runningTag) {
                LOG.log(System.Logger.Level.WARNING, "dropped the check report of " + report.id()
                        + ": it arrived after its cell had ended");
                return;
            }
            pending.add(new Report(recent.get(frameTag), report));
        }
    }

    /** The most recent cell's output, or null before the first cell. */
    Output target() {
        return target;
    }

    /** The frames read next come from threads of cell {@code tag} (0: unknown). Reader thread only. */
    void cell(int tag) {
        frameTag = tag;
    }

    private Output outputOf(int tag) {
        Output output = tag == 0 ? null : recent.get(tag);
        return output != null ? output : target;
    }

    /** The stream receiving the engine's stdout ({@code err} false) or stderr. */
    OutputStream textStream(boolean err) {
        return new OutputStream() {
            private final Utf8Text decoder = new Utf8Text();

            @Override public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override public void write(byte[] b, int off, int len) {
                CharSequence text = decoder.decode(b, off, len);
                if (!text.isEmpty()) {
                    addText(err, text, frameTag);
                }
            }
        };
    }

    /**
     * The stream receiving what the engine wrote below System.out, to its standard output ({@code err} false)
     * or error: it goes to the most recent cell (its origin is unknown), and its {@code flush()} hands it over.
     * One writer thread per stream.
     */
    OutputStream rawStream(boolean err) {
        return new OutputStream() {
            private final Utf8Text decoder = new Utf8Text();

            @Override public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override public void write(byte[] b, int off, int len) {
                CharSequence text = decoder.decode(b, off, len);
                if (!text.isEmpty()) {
                    addText(err, text, 0);
                }
            }

            @Override public void flush() {
                OutputRouter.this.flush();
            }
        };
    }

    /** The stream receiving length-prefixed display messages. */
    OutputStream displayStream() {
        return new OutputStream() {
            private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

            @Override public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                partial.write(b, off, len);
                byte[] bytes = partial.toByteArray();
                int at = 0;
                while (bytes.length - at >= 4) {
                    int length = ByteBuffer.wrap(bytes, at, 4).getInt();
                    if (bytes.length - at - 4 < length) {
                        break;
                    }
                    byte[] body = new byte[length];
                    System.arraycopy(bytes, at + 4, body, 0, length);
                    addDisplay(DisplayMessage.decode(body));
                    at += 4 + length;
                }
                partial.reset();
                partial.write(bytes, at, bytes.length - at);
            }
        };
    }

    /** UTF-8 bytes to text, a character split between two writes kept for the next one; one thread. */
    private static final class Utf8Text {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer leftover = ByteBuffer.allocate(0);

        CharSequence decode(byte[] b, int off, int len) {
            ByteBuffer in = ByteBuffer.allocate(leftover.remaining() + len);
            in.put(leftover).put(b, off, len).flip();
            CharBuffer out = CharBuffer.allocate(in.remaining());
            decoder.decode(in, out, false);
            leftover = in.slice();
            return out.flip();
        }
    }

    private void addText(boolean err, CharSequence text, int tag) {
        boolean full;
        synchronized (lock) {
            Output output = outputOf(tag);
            Pending last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (last instanceof Text t && t.err() == err && t.output() == output) {
                t.text().append(text);
            } else {
                pending.add(new Text(output, err, new StringBuilder(text)));
            }
            pendingChars += text.length();
            full = pendingChars >= MAX_PENDING_CHARS;
        }
        if (full) {
            flush();
        }
    }

    private void addDisplay(DisplayMessage message) {
        synchronized (lock) {
            pending.add(new Display(outputOf(frameTag), message));
        }
    }

    /** Hands everything queued to the target, in order. */
    void flush() {
        synchronized (deliveryLock) {
            List<Pending> batch;
            synchronized (lock) {
                if (pending.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                pendingChars = 0;
            }
            for (Pending item : batch) {
                deliver(item);
            }
        }
    }

    private static void deliver(Pending item) {
        try {
            switch (item) {
                case Text(Output output, boolean err, StringBuilder text) when output == null -> dropped();
                case Display(Output output, DisplayMessage m) when output == null -> dropped();
                case Text(Output output, boolean err, StringBuilder text) when err -> output.stderr(text.toString());
                case Text(Output output, boolean err, StringBuilder text) -> output.stdout(text.toString());
                case Display(Output o, DisplayMessage m) when m.op() == DisplayMessage.OP_DISPLAY -> o.display(m.bundle(), m.displayId());
                case Display(Output o, DisplayMessage m) when m.op() == DisplayMessage.OP_UPDATE -> o.updateDisplay(m.bundle(), m.displayId());
                case Display(Output o, DisplayMessage m) -> o.clear(m.waitForNext());
                case Report(Output o, ReportFrame r) -> o.checkReport(r.id(), r.json());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the cell's output rejected an item", e);
        }
    }

    private static void dropped() {
        LOG.log(System.Logger.Level.DEBUG, "dropped output: no cell has run yet");
    }

    /**
     * A line the user types, through the current target's {@link Output#input}, with its newline.
     *
     * @throws InterruptedIOException when the cell was interrupted while waiting
     * @throws IOException            with a message for the user when input is not possible; with an empty
     *                                message for a plain end of input
     */
    String readLine() throws IOException {
        return readLine("", false);
    }

    /** As {@link #readLine()}, showing {@code prompt} and hiding the typing when {@code password}. */
    String readLine(String prompt, boolean password) throws IOException {
        flush();
        Output output = target;
        if (output == null) {
            throw new IOException("");
        }
        try {
            return output.input(prompt, password) + "\n";
        } catch (Output.StdinNotAllowedException e) {
            throw new IOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("input interrupted");
        }
    }
}
