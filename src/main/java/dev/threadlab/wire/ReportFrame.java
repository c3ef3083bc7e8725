package dev.threadlab.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A check cell's genuine report as a {@link Wire#REPORT} frame carries it: its grade id and its JSON
 * ({@code application/vnd.threadlab.check+json}). Immutable.
 *
 * @param id   the check cell's id
 * @param json the report
 */
public record ReportFrame(String id, String json) {

    public ReportFrame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }

    /** The data of a {@link Wire#REPORT} frame: the id (int length, UTF-8), then the JSON (UTF-8). */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DataCodec.writeString(out, id);
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The report in the data of a {@link Wire#REPORT} frame. */
    public static ReportFrame decode(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        String id = DataCodec.readString(in);
        return new ReportFrame(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
