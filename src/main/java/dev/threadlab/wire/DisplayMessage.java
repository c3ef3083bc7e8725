package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * One display operation from the engine, as a {@link Wire#DISPLAY} frame carries it. Immutable.
 *
 * @param op          {@link #OP_DISPLAY}, {@link #OP_UPDATE} or {@link #OP_CLEAR}
 * @param bundle      the bundle, empty for a clear
 * @param displayId   null when not given
 * @param waitForNext for a clear: wait for the next output
 */
public record DisplayMessage(byte op, MimeBundle bundle, String displayId, boolean waitForNext) {

    /** Display operation codes. */
    public static final byte OP_DISPLAY = 1;
    public static final byte OP_UPDATE = 2;
    public static final byte OP_CLEAR = 3;

    public DisplayMessage {
        Objects.requireNonNull(bundle, "bundle");
        if (op < OP_DISPLAY || op > OP_CLEAR) {
            throw new IllegalArgumentException("op must be 1..3, was " + op);
        }
    }

    /** Encodes the message with its 4-byte length prefix. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0);
            out.writeByte(op);
            out.writeBoolean(waitForNext);
            out.writeBoolean(displayId != null);
            if (displayId != null) {
                DataCodec.writeString(out, displayId);
            }
            DataCodec.writeMap(out, bundle.data());
            DataCodec.writeMap(out, bundle.metadata());
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
    public static DisplayMessage decode(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        byte op = in.readByte();
        boolean wait = in.readBoolean();
        String id = in.readBoolean() ? DataCodec.readString(in) : null;
        Map<String, String> data = DataCodec.readMap(in);
        Map<String, String> metadata = DataCodec.readMap(in);
        return new DisplayMessage(op, new MimeBundle(data, metadata), id, wait);
    }
}
