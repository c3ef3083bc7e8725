package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@code metadata.nbgrader} and {@code metadata.threadlab} of a cell, with messages that say where. */
final class MetadataCodec {

    private MetadataCodec() {}

    static Optional<Grading> grading(JsonNode nbgrader, String where) throws NotebookException {
        if (nbgrader == null || nbgrader.isNull()) {
            return Optional.empty();
        }
        String at = where + ", metadata.nbgrader";
        if (!nbgrader.isObject()) {
            throw new NotebookException(at + " is not a JSON object; fix it with Jupyter's metadata editor or remove it.");
        }
        JsonNode id = nbgrader.get("grade_id");
        if (id == null || !id.isTextual()) {
            throw new NotebookException(at + " has no grade_id (a string); give the cell an id like \"l01-name\".");
        }
        JsonNode points = nbgrader.get("points");
        if (points != null && !points.isNull() && !points.isNumber()) {
            throw new NotebookException(at + ".points is " + points + ", not a number; write a number like 3.");
        }
        JsonNode schema = nbgrader.get("schema_version");
        if (schema != null && !schema.isIntegralNumber()) {
            throw new NotebookException(at + ".schema_version is " + schema + ", not an integer; write 3.");
        }
        return Optional.of(new Grading(schema == null ? 0 : schema.intValue(),
                flag(nbgrader, "grade", at), flag(nbgrader, "solution", at), flag(nbgrader, "locked", at),
                flag(nbgrader, "task", at), id.textValue(),
                points == null || points.isNull() ? null : points.doubleValue()));
    }

    private static boolean flag(JsonNode nbgrader, String key, String at) throws NotebookException {
        JsonNode value = nbgrader.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new NotebookException(at + "." + key + " is " + value + ", not true or false; write true or false.");
        }
        return value.booleanValue();
    }

    /** The grading in {@code nbgrader}, or empty when it is absent or malformed (used when writing). */
    static Optional<Grading> gradingOrEmpty(JsonNode nbgrader) {
        try {
            return grading(nbgrader, "cell");
        } catch (NotebookException e) {
            return Optional.empty();
        }
    }

    static ThreadlabMeta threadlab(JsonNode threadlab, String where) throws NotebookException {
        if (threadlab == null || threadlab.isNull()) {
            return ThreadlabMeta.NONE;
        }
        String at = where + ", metadata.threadlab";
        if (!threadlab.isObject()) {
            throw new NotebookException(at + " is not a JSON object; fix it with Jupyter's metadata editor.");
        }
        JsonNode generated = threadlab.get("generated");
        if (generated != null && !generated.isTextual()) {
            throw new NotebookException(at + ".generated is " + generated + ", not a string; remove it.");
        }
        return new ThreadlabMeta(positive(threadlab, "timeout", at), positive(threadlab, "repetitions", at),
                hints(threadlab.get("hints"), at), Optional.ofNullable(generated).map(JsonNode::textValue));
    }

    private static OptionalInt positive(JsonNode threadlab, String key, String at) throws NotebookException {
        JsonNode value = threadlab.get(key);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new NotebookException(at + "." + key + " is " + value + "; write a whole number of at least 1.");
        }
        return OptionalInt.of(value.intValue());
    }

    private static List<String> hints(JsonNode hints, String at) throws NotebookException {
        if (hints == null || hints.isNull()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        if (hints.isArray()) {
            for (JsonNode hint : hints) {
                if (!hint.isTextual()) {
                    throw new NotebookException(at + ".hints holds " + hint + "; every hint must be a Markdown string.");
                }
                found.add(hint.textValue());
            }
            return found;
        }
        throw new NotebookException(at + ".hints is " + hints + "; write a list of Markdown strings: [\"first hint\", \"second hint\"].");
    }

    /** The Threadlab metadata in {@code threadlab}, or none when it is absent or malformed (used when writing). */
    static ThreadlabMeta threadlabOrNone(JsonNode threadlab) {
        try {
            return threadlab(threadlab, "cell");
        } catch (NotebookException e) {
            return ThreadlabMeta.NONE;
        }
    }
}
