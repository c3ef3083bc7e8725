package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole JSON of one cell as it was read (sources and text outputs joined into strings), so that
 * every key Threadlab does not model (ids, outputs, attachments, other tools' metadata) is written back
 * unchanged. Immutable: it keeps a private copy and hands out copies. Opaque outside this package.
 */
public final class CellJson {

    private final ObjectNode json;

    private CellJson(ObjectNode json) {
        this.json = json;
    }

    static CellJson copyOf(ObjectNode json) {
        return new CellJson(json.deepCopy());
    }

    /** Takes {@code json}, which nobody else may hold or change. */
    static CellJson owning(ObjectNode json) {
        return new CellJson(json);
    }

    static CellJson emptyMarkdown() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("cell_type", "markdown");
        json.putObject("metadata");
        json.put("source", "");
        return new CellJson(json);
    }

    /** The string at top-level key {@code name}, when there is one. */
    java.util.Optional<String> string(String name) {
        return java.util.Optional.ofNullable(json.path(name).textValue());
    }

    /** The boolean {@code metadata.<key>}, or {@code otherwise} when it is absent or not a boolean. */
    boolean metadataFlag(String key, boolean otherwise) {
        com.fasterxml.jackson.databind.JsonNode value = json.path("metadata").path(key);
        return value.isBoolean() ? value.booleanValue() : otherwise;
    }

    /** A copy of the cell's JSON that the caller may change. */
    ObjectNode copy() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CellJson that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
