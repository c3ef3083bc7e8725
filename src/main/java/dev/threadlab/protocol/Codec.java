package dev.threadlab.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlab.display.MimeBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts between ZeroMQ frames and {@link Message}s. The wire layout is: identities…,
 * {@code <IDS|MSG>}, signature, header, parent_header, metadata, content, buffers….
 *
 * <p>Decoding verifies the signature before parsing anything and rejects (with {@link Rejected}) a message
 * that cannot be answered: no delimiter, too few frames, a bad or missing signature, or a header that is
 * not JSON or lacks {@code msg_id}, {@code msg_type} or {@code session}. A message that can be answered
 * is never rejected: content of an unknown type becomes {@link Request.Unknown}, unreadable content of a
 * known type {@link Request.Malformed}. No other exception escapes {@link #decode}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Codec {

    /** The frame between the routing identities and the signature. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNED_FRAMES = 5; // signature, header, parent_header, metadata, content
    /** One request of each type a front end sends as a learner works, first the one a learner waits on. */
    private static final List<Map.Entry<String, String>> WARM_UP_REQUESTS = List.of(
            Map.entry("execute_request", "{\"code\":\"1 + 1\",\"silent\":false,\"store_history\":true,"
                    + "\"user_expressions\":{},\"allow_stdin\":true,\"stop_on_error\":true}"),
            Map.entry("kernel_info_request", "{}"),
            Map.entry("is_complete_request", "{\"code\":\"int x = 1;\"}"),
            Map.entry("complete_request", "{\"code\":\"Str\",\"cursor_pos\":3}"),
            Map.entry("inspect_request", "{\"code\":\"String\",\"cursor_pos\":3,\"detail_level\":0}"),
            Map.entry("comm_info_request", "{\"target_name\":null}"),
            Map.entry("history_request", "{\"hist_access_type\":\"tail\",\"n\":10}"));

    private final Signer signer;
    private final ObjectMapper mapper;
    private final RequestReader reader;
    private final ContentWriter writer;

    /** A codec signing and verifying with {@code signer}. */
    public Codec(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.reader = new RequestReader(mapper);
        this.writer = new ContentWriter(mapper);
    }

    /** A codec for the key and scheme of a connection file. */
    public static Codec of(ConnectionInfo info) {
        return new Codec(Signer.of(info.key()));
    }

    /** Why a list of frames cannot be accepted as a message; to be logged, and the frames dropped. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        /** A rejection for {@code reason}, which must not contain secrets. */
        public Rejected(String reason) {
            super(reason, null, false, false); // expected on the wire: no stack trace
        }

        /** Why the frames were rejected, one line. */
        public String reason() {
            return getMessage();
        }
    }

    /**
     * The message these frames carry.
     *
     * @throws Rejected when the frames cannot be answered (see the class comment); never anything else
     */
    public Message decode(List<byte[]> frames) throws Rejected {
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) {
            throw new Rejected("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        int signature = delimiter + 1;
        if (frames.size() - signature < SIGNED_FRAMES) {
            throw new Rejected("expected at least " + SIGNED_FRAMES + " frames after <IDS|MSG>, got "
                    + (frames.size() - signature));
        }
        byte[] header = frames.get(signature + 1);
        byte[] parent = frames.get(signature + 2);
        byte[] metadata = frames.get(signature + 3);
        byte[] content = frames.get(signature + 4);
        if (signer.signs()) {
            if (frames.get(signature).length == 0) {
                throw new Rejected("missing signature");
            }
            if (!signer.verify(frames.get(signature), header, parent, metadata, content)) {
                throw new Rejected("signature does not match");
            }
        }
        try {
            Header h = header(parse("header", header), "header");
            JsonNode parentNode = parse("parent_header", parent);
            Header p = parentNode.isObject() && parentNode.isEmpty() ? null : header(parentNode, "parent_header");
            return new Message(frames.subList(0, delimiter), h, p, metadata(parse("metadata", metadata)),
                    reader.read(h.msgType(), content), frames.subList(signature + SIGNED_FRAMES, frames.size()));
        } catch (RuntimeException e) {
            throw new Rejected("cannot decode: " + e); // a bug, but the wire must not be able to trigger a crash
        }
    }

    /**
     * The frames for {@code message}, signed.
     *
     * @throws IllegalArgumentException when a value documented as JSON text is not JSON, or the content is
     *                                  a {@link Request.Unknown} or {@link Request.Malformed}
     */
    public List<byte[]> encode(Message message) {
        byte[] header = bytes(headerNode(message.header()));
        byte[] parent = message.parent() == null ? EMPTY_OBJECT : bytes(headerNode(message.parent()));
        byte[] metadata = bytes(writer.jsonValues("metadata", message.metadata()));
        byte[] content = bytes(writer.write(message.content()));
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        frames.addAll(message.buffers());
        return frames;
    }

    /**
     * Decodes one signed request of each type a front end sends ({@code execute_request} first) and encodes
     * the messages a first cell sends back, handing none of them on. Why: Jackson builds its reader or writer
     * for a type on first use, and in a fresh kernel that made the first {@code execute_request} take 34-60 ms
     * to decode (against under 1 ms later), all before the kernel could say {@code busy}; jupyter console
     * (--simple-prompt) then took the {@code idle} of its own {@code kernel_info_request} for the end of the
     * first cell and showed none of its output until it ended. Meant for a background thread as the kernel
     * starts; answers the requests decoded (a {@link Request.Malformed} here is a bug in this list).
     */
    public List<Content> warmUp() {
        List<Content> decoded = new ArrayList<>();
        Message last = null;
        for (Map.Entry<String, String> request : WARM_UP_REQUESTS) {
            byte[] header = bytes(headerNode(Header.of(request.getKey(), "threadlab-warm-up", "warm-up")));
            byte[] content = request.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] signature = signer.sign(header, EMPTY_OBJECT, EMPTY_OBJECT, content).getBytes(StandardCharsets.US_ASCII);
            try {
                last = decode(List.of(DELIMITER, signature, header, EMPTY_OBJECT, EMPTY_OBJECT, content));
                decoded.add(last.content());
            } catch (Rejected e) {
                throw new IllegalStateException("the warm-up's own " + request.getKey() + " was rejected: " + e.reason(), e);
            }
        }
        for (Content reply : List.of(new IoPub.ExecuteInput("1 + 1", 1), new IoPub.Stream("stdout", "2\n"),
                new IoPub.ExecuteResult(1, MimeBundle.text("2")), new IoPub.Error("E", "e", List.of("E: e")),
                new Reply.Execute(Reply.Status.OK, 1, Map.of(), List.of(), null))) {
            encode(Message.answering(last, reply, "threadlab-warm-up"));
        }
        return decoded;
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        return -1;
    }

    private JsonNode parse(String frame, byte[] json) throws Rejected {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw new Rejected(frame + " must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new Rejected(frame + " is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new Rejected(frame + " cannot be read: " + e.getMessage()); // not expected from a byte array
        }
    }

    private static Header header(JsonNode node, String frame) throws Rejected {
        return new Header(required(node, "msg_id", frame), required(node, "session", frame),
                optional(node, "username"), optional(node, "date"), required(node, "msg_type", frame),
                optional(node, "version"));
    }

    private static String required(JsonNode node, String field, String frame) throws Rejected {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Rejected(frame + " field '" + field + "' must be a string, was "
                    + (value == null ? "missing" : value.getNodeType().name().toLowerCase()));
        }
        return value.textValue();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private Map<String, String> metadata(JsonNode node) throws Rejected {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            try {
                metadata.put(entry.getKey(), mapper.writeValueAsString(entry.getValue()));
            } catch (JsonProcessingException e) {
                throw new Rejected("metadata field '" + entry.getKey() + "' cannot be written back as JSON");
            }
        }
        return metadata;
    }

    private static ObjectNode headerNode(Header h) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        return o.put("msg_id", h.msgId()).put("session", h.session()).put("username", h.username())
                .put("date", h.date()).put("msg_type", h.msgType()).put("version", h.version());
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e); // trees always can
        }
    }
}
