package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The conventions shared by the kernel and the engine JVM: connection handshake, frames, control bytes
 * and the encoding of display messages. Used by both ends: the engine package in the kernel and the
 * agent in the engine JVM. Stateless; thread-safe.
 *
 * <p>The command connection carries JShell's command protocol ({@code StreamingExecutionControl} /
 * {@code Util.forwardExecutionControl}) raw from kernel to engine, and {@link #frame frames} from engine
 * to kernel: command responses, stdout, stderr, displays, check reports, {@link #CELL} tags and {@link #SYNC} marks (end of a coalesced batch,
 * so the kernel hands everything received so far to the cell's output at once). A whole command or
 * response is one socket write. The control connection carries {@link #STOP} and standard input.
 */
public final class Wire {

    /** Frame channel: bytes of JShell's command responses. */
    public static final byte COMMAND = 0;
    /** Frame channel: standard output of user code, UTF-8. */
    public static final byte OUT = 1;
    /** Frame channel: standard error of user code, UTF-8. */
    public static final byte ERR = 2;
    /** Frame channel: display messages, each length-prefixed (see {@link #encodeDisplay}). */
    public static final byte DISPLAY = 3;
    /** Frame channel: end of a batch (no data). */
    public static final byte SYNC = 4;
    /** Frame channel: answer to {@link #THREAD_DUMP}, UTF-8 text. */
    public static final byte THREADS = 5;
    /**
     * Frame channel: the following {@link #OUT}, {@link #ERR} and {@link #DISPLAY} frames were produced by
     * threads of the cell with this tag (4-byte big-endian int; 0: a thread whose cell is unknown). Sent
     * only when the tag changes; the state carries over from batch to batch.
     */
    public static final byte CELL = 6;
    /**
     * Written by the engine to its own standard output and error (the file descriptors, below
     * {@code System.out}) when a cell ends; the kernel drops it and knows everything written before has
     * arrived. Starts with a NUL byte, which text output does not contain.
     */
    public static final byte[] RAW_SYNC = {0, 't', 'h', 'r', 'e', 'a', 'd', 'l', 'a', 'b', '-', 's', 'y', 'n', 'c', 0};
    /**
     * Frame channel: the genuine report of a check cell, which only the agent sends (see
     * {@code ReportForwarder}): {@link #encodeReport}. Tagged with its cell like output.
     */
    public static final byte REPORT = 7;
    /** Bytes before a frame's data: channel, then data length as a big-endian int. */
    public static final int FRAME_HEADER = 5;

    /** First byte sent on the connection that carries JShell's commands and the streams. */
    public static final byte COMMAND_CONNECTION = 'C';
    /** First byte sent on the control connection. */
    public static final byte CONTROL_CONNECTION = 'S';
    /** Control, kernel to engine: stop the running snippet. */
    public static final byte STOP = 's';
    /** Control, kernel to engine: describe the cell's threads (answered on {@link #THREADS}). */
    public static final byte THREAD_DUMP = 'd';
    /** Control, engine to kernel: user code waits for a line of standard input (int request id follows). */
    public static final byte INPUT_REQUEST = 'r';
    /**
     * Control, engine to kernel: user code asks for a line with a prompt ({@code Input.password}): int
     * request id, a password byte (1 hides the typing), int length, UTF-8 prompt. Answered as {@link #INPUT_REQUEST}.
     */
    public static final byte INPUT_PROMPT = 'p';
    /** Control, kernel to engine: input follows (int request id, int length, UTF-8 bytes). */
    public static final byte INPUT = 'i';
    /** Control, kernel to engine: no input (end of file); int request id, then a message (int length, UTF-8). */
    public static final byte INPUT_END = 'e';
    /** Extension command: the {@code Displayable} bundle of a variable (see {@code AgentExecutionControl}). */
    public static final String RENDER_COMMAND = "render";
    /** Extension command: a cell starts, {@code int[]{tag, executionCount}}. */
    public static final String CELL_BEGIN_COMMAND = "cellBegin";
    /** Extension command: the cell ended; answers the line about what it left running, or null. */
    public static final String CELL_END_COMMAND = "cellEnd";
    /** Extension command: the cell was interrupted; interrupts the threads it started that still run. */
    public static final String INTERRUPT_CELL_COMMAND = "interruptCell";
    /** Extension command: the heap after a full collection, {@code long[]{used, committed, max}} in bytes. */
    public static final String MEMORY_COMMAND = "memory";
    /** Extension command: the live user threads and child processes. */
    public static final String THREADS_COMMAND = "threads";
    /**
     * Starts a {@link #THREAD_DUMP} answer when the cell's own thread has its interrupt flag set but still
     * waits or is blocked: it is in a call that ignores interrupts ({@code CompletableFuture.join},
     * {@code synchronized}, {@code acquireUninterruptibly}), and only a restart can end the cell.
     */
    public static final String IGNORES_INTERRUPT = "The cell's thread ignores interrupts";
    /** Starts the deadlock part of a {@link #THREAD_DUMP} answer: one line per thread of the cycle follows. */
    public static final String DEADLOCK_HEADING = "Deadlock: these threads wait for each other and can never continue:";

    private Wire() {}

    /** Writes the header of a frame of {@code length} bytes on {@code channel} into {@code target} at {@code at}. */
    public static void frame(byte[] target, int at, byte channel, int length) {
        target[at] = channel;
        target[at + 1] = (byte) (length >>> 24);
        target[at + 2] = (byte) (length >>> 16);
        target[at + 3] = (byte) (length >>> 8);
        target[at + 4] = (byte) length;
    }

    /** Display operation codes. */
    public static final byte OP_DISPLAY = 1;
    public static final byte OP_UPDATE = 2;
    public static final byte OP_CLEAR = 3;

    /**
     * One display operation from the engine.
     *
     * @param op        {@link #OP_DISPLAY}, {@link #OP_UPDATE} or {@link #OP_CLEAR}
     * @param bundle    the bundle, empty for a clear
     * @param displayId null when not given
     * @param waitForNext for a clear: wait for the next output
     */
    public record DisplayMessage(byte op, MimeBundle bundle, String displayId, boolean waitForNext) {
        public DisplayMessage {
            Objects.requireNonNull(bundle, "bundle");
            if (op < OP_DISPLAY || op > OP_CLEAR) {
                throw new IllegalArgumentException("op must be 1..3, was " + op);
            }
        }
    }

    /** Encodes a display message with its 4-byte length prefix. */
    public static byte[] encodeDisplay(DisplayMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0);
            out.writeByte(message.op());
            out.writeBoolean(message.waitForNext());
            out.writeBoolean(message.displayId() != null);
            if (message.displayId() != null) {
                writeString(out, message.displayId());
            }
            writeMap(out, message.bundle().data());
            writeMap(out, message.bundle().metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] result = bytes.toByteArray();
        int length = result.length - 4;
        result[0] = (byte) (length >>> 24);
        result[1] = (byte) (length >>> 16);
        result[2] = (byte) (length >>> 8);
        result[3] = (byte) length;
        return result;
    }

    /** Decodes the body of a display message (without its length prefix). */
    public static DisplayMessage decodeDisplay(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        byte op = in.readByte();
        boolean wait = in.readBoolean();
        String id = in.readBoolean() ? readString(in) : null;
        Map<String, String> data = readMap(in);
        Map<String, String> metadata = readMap(in);
        return new DisplayMessage(op, new MimeBundle(data, metadata), id, wait);
    }

    /** A check cell's report: its grade id and its JSON ({@code application/vnd.threadlab.check+json}). */
    public record Report(String id, String json) {
        public Report {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
        }
    }

    /** A report as the data of a {@link #REPORT} frame: the id (int length, UTF-8), then the JSON (UTF-8). */
    public static byte[] encodeReport(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, report.id());
            out.write(report.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The report in the data of a {@link #REPORT} frame. */
    public static Report decodeReport(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        String id = readString(in);
        return new Report(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(readString(in), readString(in));
        }
        return map;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
