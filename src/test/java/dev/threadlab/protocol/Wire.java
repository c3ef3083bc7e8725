package dev.threadlab.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds frames as a Jupyter client would, and reads encoded frames back as plain JSON trees. */
final class Wire {

    static final String KEY = "test-key";
    static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    /** A client header of {@code msgType} as JSON text. */
    static String header(String msgType) {
        return "{\"msg_id\":\"m-1\",\"session\":\"s-1\",\"username\":\"ada\",\"date\":\"2026-11-21T08:00:00Z\","
                + "\"msg_type\":\"" + msgType + "\",\"version\":\"5.3\"}";
    }

    /** Frames with one identity, signed with {@code signer}. */
    static List<byte[]> frames(Signer signer, String header, String parent, String metadata, String content) {
        byte[] h = header.getBytes(UTF_8);
        byte[] p = parent.getBytes(UTF_8);
        byte[] m = metadata.getBytes(UTF_8);
        byte[] c = content.getBytes(UTF_8);
        return new ArrayList<>(List.of("client-1".getBytes(UTF_8), Codec.DELIMITER,
                signer.sign(h, p, m, c).getBytes(UTF_8), h, p, m, c));
    }

    /** Signed frames of a request of {@code msgType} with the given content JSON. */
    static List<byte[]> request(String msgType, String content) {
        return frames(Signer.of(KEY), header(msgType), "{}", "{}", content);
    }

    /** A message of {@code content} answering a fixed client request. */
    static Message message(Content content) {
        Header parent = new Header("p-1", "s-1", "ada", "2026-11-21T08:00:00Z", "execute_request", "5.3");
        return new Message(List.of("client-1".getBytes(UTF_8)), Header.of(content.msgType(), "s-1", "ada"), parent,
                Map.of(), content, List.of());
    }

    /** The JSON tree of frame {@code offset} after the delimiter (1 = header … 4 = content). */
    static JsonNode frame(List<byte[]> frames, int offset) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), Codec.DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        try {
            return JSON.readTree(frames.get(delimiter + 1 + offset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content object {@code codec} writes for {@code content}. */
    static JsonNode contentOf(Codec codec, Content content) {
        return frame(codec.encode(message(content)), 4);
    }

    /** The field names of an object, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
