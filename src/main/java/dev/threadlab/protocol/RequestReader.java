package dev.threadlab.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.stream.Collectors;

/**
 * Reads a request's content frame into its {@link Request} record: fills the spec's defaults, checks
 * required fields, then binds with Jackson. Never throws: unreadable content becomes
 * {@link Request.Malformed} and an unknown type {@link Request.Unknown}. Thread-safe.
 */
final class RequestReader {

    private static final int MAX_REASON = 200;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ObjectMapper mapper;

    RequestReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Request read(String msgType, byte[] content) {
        Class<? extends Request> type = Request.typeOf(msgType);
        if (type == null) {
            return new Request.Unknown(msgType);
        }
        JsonNode node;
        try {
            node = mapper.readTree(content);
        } catch (JacksonException e) {
            return new Request.Malformed(msgType, shorten("content is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return new Request.Malformed(msgType, shorten("content cannot be read: " + e));
        }
        if (!(node instanceof ObjectNode fields)) {
            return new Request.Malformed(msgType, "content must be a JSON object, was "
                    + (node == null || node.isMissingNode() ? "empty" : node.getNodeType().name().toLowerCase()));
        }
        return bind(msgType, type, fields);
    }

    private Request bind(String msgType, Class<? extends Request> type, ObjectNode fields) {
        try {
            applyDefaults(msgType, fields);
            String missing = firstMissing(type, fields);
            if (missing != null) {
                return new Request.Malformed(msgType, "field '" + missing + "' is required but was missing or null");
            }
            dataAsText(fields);
            return mapper.treeToValue(fields, type);
        } catch (JacksonException e) {
            return new Request.Malformed(msgType, reasonOf(e));
        } catch (RuntimeException e) {
            return new Request.Malformed(msgType, shorten(String.valueOf(e.getMessage())));
        }
    }

    /** The messaging spec's defaults for optional fields; an explicit null counts as absent. */
    private static void applyDefaults(String msgType, ObjectNode c) {
        switch (msgType) {
            case "execute_request" -> {
                absent(c, "silent", BooleanNode.FALSE);
                absent(c, "store_history", BooleanNode.valueOf(!c.get("silent").asBoolean()));
                absent(c, "user_expressions", c.objectNode());
                absent(c, "allow_stdin", BooleanNode.TRUE);
                absent(c, "stop_on_error", BooleanNode.TRUE);
            }
            case "inspect_request" -> absent(c, "detail_level", IntNode.valueOf(0));
            case "history_request" -> {
                absent(c, "output", BooleanNode.FALSE);
                absent(c, "raw", BooleanNode.TRUE);
                for (String number : new String[] {"session", "start", "stop", "n"}) {
                    absent(c, number, IntNode.valueOf(0));
                }
                absent(c, "pattern", TextNode.valueOf("*"));
                absent(c, "unique", BooleanNode.FALSE);
            }
            case "comm_info_request" -> absent(c, "target_name", NullNode.instance);
            case "comm_open", "comm_msg", "comm_close" -> absent(c, "data", c.objectNode());
            case "shutdown_request" -> absent(c, "restart", BooleanNode.FALSE);
            case "input_reply" -> absent(c, "value", TextNode.valueOf(""));
            default -> { } // no optional fields
        }
    }

    private static void absent(ObjectNode c, String field, JsonNode value) {
        if (!c.hasNonNull(field)) {
            c.set(field, value);
        }
    }

    /**
     * The first record component without a value: absent, or null where the type is primitive (null
     * references are left to the compact constructor, which names the field the same way).
     */
    private static String firstMissing(Class<? extends Request> type, ObjectNode fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = SNAKE.translate(component.getName());
            JsonNode value = fields.get(name);
            if (value == null || (value.isNull() && component.getType().isPrimitive())) {
                return name;
            }
        }
        return null;
    }

    /** Comm {@code data} travels inward as the JSON text of the dictionary. */
    private void dataAsText(ObjectNode fields) throws JacksonException {
        JsonNode data = fields.get("data");
        if (data != null) {
            fields.put("data", mapper.writeValueAsString(data));
        }
    }

    private static String reasonOf(JacksonException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return shorten(String.valueOf(e.getCause().getMessage())); // a compact constructor's guard
        }
        if (e instanceof JsonMappingException d && !d.getPath().isEmpty()) {
            String path = d.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return shorten("field '" + path + "': " + e.getOriginalMessage());
        }
        return shorten(e.getOriginalMessage());
    }

    private static String shorten(String reason) {
        String line = reason.lines().findFirst().orElse("");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
