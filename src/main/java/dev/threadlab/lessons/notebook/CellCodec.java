package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a cell's modelled parts out of its JSON and writes them back in. Writing changes only the keys
 * whose modelled value differs from what the JSON already says, so {@code "points": 3} stays an integer
 * and keys nbgrader or Threadlab do not define stay where they are.
 */
final class CellCodec {

    private CellCodec() {}

    /** The cell in {@code json} (lines already joined); {@code where} names it in messages. */
    static NotebookCell read(ObjectNode json, String where) throws NotebookException {
        NotebookCell.Kind kind = kind(json, where);
        JsonNode source = json.path("source");
        if (!source.isTextual()) {
            throw new NotebookException(where + " has no text source (a string or a list of strings); "
                    + "open the notebook in Jupyter and save it to repair it.");
        }
        JsonNode metadata = json.path("metadata");
        return new NotebookCell(kind, source.textValue(), MetadataCodec.grading(metadata.get("nbgrader"), where),
                MetadataCodec.threadlab(metadata.get("threadlab"), where), CellJson.copyOf(json));
    }

    private static NotebookCell.Kind kind(ObjectNode json, String where) throws NotebookException {
        String type = json.path("cell_type").asText("");
        for (NotebookCell.Kind kind : NotebookCell.Kind.values()) {
            if (kind.jsonName().equals(type)) {
                return kind;
            }
        }
        throw new NotebookException(where + " has cell_type \"" + type + "\", not code, markdown or raw; "
                + "open the notebook in Jupyter and save it to repair it.");
    }

    /** A copy of {@code json} with the modelled parts written in (lines still joined). */
    static ObjectNode write(NotebookCell.Kind kind, String source, Optional<Grading> grading, ThreadlabMeta threadlab,
                            CellJson cellJson) {
        ObjectNode json = cellJson.copy();
        String oldType = json.path("cell_type").asText("");
        if (!oldType.equals(kind.jsonName())) {
            changeKind(json, kind);
        }
        if (!source.equals(json.path("source").textValue())) {
            json.put("source", source);
        }
        ObjectNode metadata = json.get("metadata") instanceof ObjectNode m ? m : json.putObject("metadata");
        writeGrading(metadata, grading);
        writeThreadlab(metadata, threadlab);
        return json;
    }

    private static void changeKind(ObjectNode json, NotebookCell.Kind kind) {
        json.put("cell_type", kind.jsonName());
        if (kind == NotebookCell.Kind.CODE) {
            json.putArray("outputs");
            json.set("execution_count", NullNode.getInstance());
        } else {
            json.remove(List.of("outputs", "execution_count"));
        }
    }

    private static void writeGrading(ObjectNode metadata, Optional<Grading> grading) {
        Optional<Grading> old = MetadataCodec.gradingOrEmpty(metadata.get("nbgrader"));
        if (old.equals(grading)) {
            return;
        }
        if (grading.isEmpty()) {
            metadata.remove("nbgrader");
            return;
        }
        Grading g = grading.get();
        ObjectNode nbgrader = metadata.path("nbgrader").isObject()
                ? (ObjectNode) metadata.get("nbgrader") : metadata.putObject("nbgrader");
        nbgrader.put("schema_version", g.schemaVersion());
        nbgrader.put("grade", g.grade());
        nbgrader.put("solution", g.solution());
        nbgrader.put("locked", g.locked());
        nbgrader.put("task", g.task());
        nbgrader.put("grade_id", g.gradeId());
        boolean samePoints = old.isPresent() && Objects.equals(old.get().points(), g.points()) && nbgrader.has("points");
        if (g.points() == null) {
            nbgrader.remove("points");
        } else if (!samePoints) {
            nbgrader.set("points", number(g.points()));
        }
    }

    private static JsonNode number(double value) {
        boolean integral = value == Math.rint(value) && Math.abs(value) < 1e15;
        return integral ? JsonNodeFactory.instance.numberNode((long) value) : JsonNodeFactory.instance.numberNode(value);
    }

    private static void writeThreadlab(ObjectNode metadata, ThreadlabMeta meta) {
        JsonNode oldJson = metadata.get("threadlab");
        ThreadlabMeta old = MetadataCodec.threadlabOrNone(oldJson);
        if (old.equals(meta)) {
            return;
        }
        ObjectNode threadlab = oldJson instanceof ObjectNode o ? o : metadata.putObject("threadlab");
        if (!old.timeoutSeconds().equals(meta.timeoutSeconds())) {
            putOrRemove(threadlab, "timeout", meta.timeoutSeconds());
        }
        if (!old.repetitions().equals(meta.repetitions())) {
            putOrRemove(threadlab, "repetitions", meta.repetitions());
        }
        if (!old.hints().equals(meta.hints())) {
            if (meta.hints().isEmpty()) {
                threadlab.remove("hints");
            } else {
                threadlab.putArray("hints").addAll(new ArrayList<>(meta.hints().stream().map(JsonNodeFactory.instance::textNode).toList()));
            }
        }
        if (!old.generated().equals(meta.generated())) {
            meta.generated().ifPresentOrElse(g -> threadlab.put("generated", g), () -> threadlab.remove("generated"));
        }
        if (threadlab.isEmpty()) {
            metadata.remove("threadlab");
        }
    }

    private static void putOrRemove(ObjectNode object, String key, OptionalInt value) {
        if (value.isPresent()) {
            object.put(key, value.getAsInt());
        } else {
            object.remove(key);
        }
    }
}
