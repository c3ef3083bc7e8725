package dev.threadlab.agent;

import dev.threadlab.display.MimeBundle;
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
 * The conventions shared by the kernel and the engine JVM: connection handshake, the names of the
 * multiplexed streams, and the encoding of display messages. Stateless; thread-safe.
 *
 * <p>Streams travel in JShell's multiplexed frame format ({@code [name length][name][data length][data]},
 * see {@code jdk.jshell.execution.Util}). {@value #SYNC} frames mark the end of a coalesced batch so the
 * kernel can hand everything received so far to the cell's output at once.
 */
public final class Wire {

    /** Standard output of user code, UTF-8. */
    public static final String OUT = "out";
    /** Standard error of user code, UTF-8. */
    public static final String ERR = "err";
    /** Display messages, each length-prefixed (see {@link #encodeDisplay}). */
    public static final String DISPLAY = "display";
    /** End of a batch: one ignored byte. */
    public static final String SYNC = "sync";
    /** Standard input of user code (kernel to engine). */
    public static final String IN = "in";

    /** First byte sent on the connection that carries JShell's commands and the streams. */
    public static final byte COMMAND_CONNECTION = 'C';
    /** First byte sent on the connection that carries stop requests. */
    public static final byte CONTROL_CONNECTION = 'S';
    /** Byte sent on the control connection to stop the running snippet. */
    public static final byte STOP = 's';
    /** Environment variable holding the secret the engine echoes when it connects. */
    public static final String TOKEN_ENV = "THREADLAB_ENGINE_TOKEN";

    /** Display operation codes. */
    public static final byte OP_DISPLAY = 1;
    public static final byte OP_UPDATE = 2;
    public static final byte OP_CLEAR = 3;

    private Wire() {}

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
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
        byte op = in.readByte();
        boolean wait = in.readBoolean();
        String id = in.readBoolean() ? readString(in) : null;
        Map<String, String> data = readMap(in);
        Map<String, String> metadata = readMap(in);
        return new DisplayMessage(op, new MimeBundle(data, metadata), id, wait);
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
