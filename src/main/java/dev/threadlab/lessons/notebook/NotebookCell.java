package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One notebook cell: its kind, source and the exercise metadata Threadlab reads, plus the cell's full
 * JSON so that everything else in it (outputs, ids, attachments, other metadata) survives a rewrite.
 * The modelled components are written into {@code json} when a cell is made, so the two always agree.
 *
 * @param kind      code, Markdown or raw
 * @param source    the cell's text (lines joined)
 * @param grading   {@code metadata.nbgrader}, when the cell has it
 * @param threadlab {@code metadata.threadlab}; {@link ThreadlabMeta#NONE} when absent
 * @param json      the rest of the cell, opaque
 */
public record NotebookCell(Kind kind, String source, Optional<Grading> grading, ThreadlabMeta threadlab, CellJson json) {

    /** nbformat's cell types. */
    public enum Kind {
        /** A code cell. */
        CODE("code"),
        /** A Markdown cell. */
        MARKDOWN("markdown"),
        /** A raw cell. */
        RAW("raw");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The {@code cell_type} in the file. */
        public String jsonName() {
            return jsonName;
        }
    }

    /** Rejects nulls; writes the modelled components into {@code json}, so equal cells write equal files. */
    public NotebookCell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(threadlab, "threadlab");
        json = CellJson.owning(CellCodec.write(kind, source, grading, threadlab, Objects.requireNonNull(json, "json")));
    }

    /** A new Markdown cell without an id (nbformat 4.5 notebooks need one: see {@link #withId}). */
    public static NotebookCell markdown(String source, ThreadlabMeta threadlab) {
        return new NotebookCell(Kind.MARKDOWN, source, Optional.empty(), threadlab, CellJson.emptyMarkdown());
    }

    /** This cell with another source. */
    public NotebookCell withSource(String source) {
        return new NotebookCell(kind, source, grading, threadlab, json);
    }

    /** This cell with other nbgrader metadata. */
    public NotebookCell withGrading(Grading grading) {
        return new NotebookCell(kind, source, Optional.of(grading), threadlab, json);
    }

    /** This cell without nbgrader metadata: an ordinary cell, neither graded nor an answer. */
    public NotebookCell withoutGrading() {
        return new NotebookCell(kind, source, Optional.empty(), threadlab, json);
    }

    /** This cell with other Threadlab metadata. */
    public NotebookCell withThreadlab(ThreadlabMeta threadlab) {
        return new NotebookCell(kind, source, grading, threadlab, json);
    }

    /** This cell with its nbformat cell id ({@code id}, nbformat 4.5) set. */
    public NotebookCell withId(String id) {
        ObjectNode copy = json.copy();
        copy.put("id", id);
        return new NotebookCell(kind, source, grading, threadlab, CellJson.copyOf(copy));
    }

    /** This cell with a top-level {@code metadata} flag Jupyter reads ({@code editable}, {@code deletable}) set. */
    public NotebookCell withMetadataFlag(String key, boolean value) {
        ObjectNode copy = json.copy();
        ObjectNode metadata = copy.get("metadata") instanceof ObjectNode m ? m : copy.putObject("metadata");
        metadata.put(key, value);
        return new NotebookCell(kind, source, grading, threadlab, CellJson.copyOf(copy));
    }

    /** This cell with {@code tag} in its {@code metadata.tags} (kept once; other tags stay, in order). */
    public NotebookCell withTag(String tag) {
        ObjectNode copy = json.copy();
        ObjectNode metadata = copy.get("metadata") instanceof ObjectNode m ? m : copy.putObject("metadata");
        ArrayNode tags = metadata.get("tags") instanceof ArrayNode a ? a : metadata.putArray("tags");
        for (var existing : tags) {
            if (tag.equals(existing.textValue())) {
                return this;
            }
        }
        tags.add(tag);
        return new NotebookCell(kind, source, grading, threadlab, CellJson.copyOf(copy));
    }

    /** Whether {@code metadata.tags} holds {@code tag}. */
    public boolean hasTag(String tag) {
        ObjectNode copy = json.copy();
        return copy.get("metadata") instanceof ObjectNode m && m.get("tags") instanceof ArrayNode tags
                && java.util.stream.StreamSupport.stream(tags.spliterator(), false).anyMatch(t -> tag.equals(t.textValue()));
    }

    /** The nbformat cell id, when the cell has one. */
    public Optional<String> id() {
        return json.string("id");
    }

    /** This cell as never run: a code cell without outputs and with {@code execution_count} null. */
    public NotebookCell cleared() {
        if (kind != Kind.CODE) {
            return this;
        }
        ObjectNode copy = json.copy();
        copy.putArray("outputs");
        copy.set("execution_count", NullNode.getInstance());
        return new NotebookCell(kind, source, grading, threadlab, CellJson.copyOf(copy));
    }

    /** The outputs saved in this code cell, in order; empty for other cells and cells never run. */
    public java.util.List<NotebookOutput> outputs() {
        return kind == Kind.CODE ? OutputCodec.read(json.copy()) : java.util.List.of();
    }

    /**
     * This code cell with {@code outputs} and {@code executionCount} (empty: never run) saved in it, as
     * Jupyter saves a cell it ran.
     *
     * @throws IllegalStateException when this is not a code cell
     */
    public NotebookCell withOutputs(java.util.List<NotebookOutput> outputs, java.util.OptionalInt executionCount) {
        if (kind != Kind.CODE) {
            throw new IllegalStateException("only code cells have outputs, this is a " + kind.jsonName() + " cell");
        }
        ObjectNode copy = json.copy();
        OutputCodec.write(copy, outputs, executionCount);
        return new NotebookCell(kind, source, grading, threadlab, CellJson.copyOf(copy));
    }

    /**
     * Whether a learner may change this cell: not locked by nbgrader and not marked {@code "editable": false}
     * in its metadata (Jupyter's own flag, which Notebook and Lab obey).
     */
    public boolean editable() {
        return !grading.map(Grading::locked).orElse(false) && json.metadataFlag("editable", true);
    }

    /** Whether this is a check cell: nbgrader {@code grade} is true. */
    public boolean isGraded() {
        return grading.map(Grading::grade).orElse(false);
    }

    /** Whether this is an answer cell: nbgrader {@code solution} is true. */
    public boolean isAnswer() {
        return grading.map(Grading::solution).orElse(false);
    }

    /** Whether this is a read-only cell: nbgrader metadata that is neither graded nor an answer. */
    public boolean isReadOnly() {
        return grading.map(Grading::isReadOnly).orElse(false);
    }

    /** The nbgrader grade id, when the cell has nbgrader metadata. */
    public Optional<String> gradeId() {
        return grading.map(Grading::gradeId);
    }
}
