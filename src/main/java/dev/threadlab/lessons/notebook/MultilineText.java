package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * nbformat's {@code rejoin_lines} (on read) and {@code split_lines} (on write): sources and text
 * outputs are single strings in memory and lists of lines in the file, exactly where nbformat does it.
 */
final class MultilineText {

    private MultilineText() {}

    /** Joins a text field stored as a list of strings; other values are returned unchanged. */
    static JsonNode joined(JsonNode value) {
        if (value == null || !value.isArray()) {
            return value;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode line : value) {
            if (!line.isTextual()) {
                return value;
            }
            text.append(line.textValue());
        }
        return TextNode.valueOf(text.toString());
    }

    /** Rejoins, in place, the multi-line fields of one cell as nbformat reads them. */
    static void rejoin(ObjectNode cell) {
        if (cell.has("source")) {
            cell.set("source", joined(cell.get("source")));
        }
        forEachAttachment(cell, MultilineText::rejoinBundle);
        if (isCode(cell)) {
            for (ObjectNode output : outputs(cell)) {
                String type = output.path("output_type").asText("");
                if (type.equals("execute_result") || type.equals("display_data")) {
                    rejoinBundle(output.get("data"));
                } else if (!type.isEmpty() && output.has("text")) {
                    output.set("text", joined(output.get("text")));
                }
            }
        }
    }

    /** Splits, in place, the multi-line fields of one cell as nbformat writes them. */
    static void split(ObjectNode cell) {
        if (cell.path("source").isTextual()) {
            cell.set("source", lines(cell.get("source").textValue()));
        }
        forEachAttachment(cell, MultilineText::splitBundle);
        if (isCode(cell)) {
            for (ObjectNode output : outputs(cell)) {
                String type = output.path("output_type").asText("");
                if (type.equals("execute_result") || type.equals("display_data")) {
                    splitBundle(output.get("data"));
                } else if (type.equals("stream") && output.path("text").isTextual()) {
                    output.set("text", lines(output.get("text").textValue()));
                }
            }
        }
    }

    private static boolean isCode(ObjectNode cell) {
        return "code".equals(cell.path("cell_type").asText());
    }

    private static List<ObjectNode> outputs(ObjectNode cell) {
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode output : cell.path("outputs")) {
            if (output instanceof ObjectNode o) {
                found.add(o);
            }
        }
        return found;
    }

    private static void forEachAttachment(ObjectNode cell, java.util.function.Consumer<JsonNode> action) {
        for (JsonNode attachment : cell.path("attachments")) {
            action.accept(attachment);
        }
    }

    private static void rejoinBundle(JsonNode data) {
        if (data instanceof ObjectNode bundle) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(bundle.properties())) {
                if (!isJsonMime(e.getKey())) {
                    bundle.set(e.getKey(), joined(e.getValue()));
                }
            }
        }
    }

    private static void splitBundle(JsonNode data) {
        if (data instanceof ObjectNode bundle) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(bundle.properties())) {
                String mime = e.getKey();
                boolean textual = mime.startsWith("text/") || mime.equals("application/javascript") || mime.equals("image/svg+xml");
                if (textual && e.getValue().isTextual()) {
                    bundle.set(mime, lines(e.getValue().textValue()));
                }
            }
        }
    }

    private static boolean isJsonMime(String mime) {
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    /** Python's {@code str.splitlines(True)}: every line keeps its line break, all of Python's breaks count. */
    static ArrayNode lines(String text) {
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                int end = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
                lines.add(text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return switch (c) {
            case '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }
}
