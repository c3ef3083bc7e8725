package dev.threadlab.lessons.notebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An nbformat 4 notebook: its cells, and everything else in the file kept as it was. Immutable;
 * {@link #toJson()} writes exactly what Jupyter itself would write for the same notebook, so a notebook
 * read and written back is unchanged byte for byte when Jupyter saved it. Immutable, so safe to share
 * between threads.
 */
public final class Notebook {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)   // Python's json reads and writes NaN
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String name;
    private final ObjectNode rest;
    private final List<NotebookCell> cells;

    private Notebook(String name, ObjectNode rest, List<NotebookCell> cells) {
        this.name = name;
        this.rest = rest;
        this.cells = List.copyOf(cells);
    }

    /** Reads the notebook in {@code file}; the message of the exception names the file and what to do. */
    public static Notebook read(Path file) throws NotebookException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NotebookException(file + " does not exist; check the path and the file name.", e);
        } catch (IOException e) {
            throw new NotebookException(file + " could not be read (" + e.getMessage() + "); check that it is a readable UTF-8 file.", e);
        }
        return parse(text, file.toString());
    }

    /** Reads a notebook from its JSON text; {@code name} names it in messages (a file name, say). */
    public static Notebook parse(String json, String name) throws NotebookException {
        Objects.requireNonNull(name, "name");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new NotebookException(name + " is not valid JSON (" + shortened(e.getOriginalMessage()) + " at line "
                    + e.getLocation().getLineNr() + "); it is not a notebook Jupyter saved. Restore it from a copy.", e);
        }
        if (!(root instanceof ObjectNode top)) {
            throw new NotebookException(name + " is not a Jupyter notebook (its JSON is not an object); open a .ipynb file.");
        }
        checkFormat(top, name);
        ArrayNode cellsJson = (ArrayNode) top.remove("cells");
        List<NotebookCell> cells = new ArrayList<>();
        for (int i = 0; i < cellsJson.size(); i++) {
            String where = name + ", cell " + (i + 1);
            if (!(cellsJson.get(i) instanceof ObjectNode cell)) {
                throw new NotebookException(where + " is not a JSON object; open the notebook in Jupyter and save it to repair it.");
            }
            MultilineText.rejoin(cell);
            cells.add(CellCodec.read(cell, where));
        }
        return new Notebook(name, top, cells);
    }

    /**
     * Jackson's message as one whole clause: without its parenthesised details (source descriptions, the list
     * of what it expected), and without a dangling ": was expecting" that those details would have ended.
     */
    static String shortened(String message) {
        int cut = message.indexOf(" (");
        String first = cut < 0 ? message : message.substring(0, cut);
        return first.replaceFirst(":\\s*(?:was )?expect(?:ed|ing)\\b.*$", "").strip();
    }

    private static void checkFormat(ObjectNode top, String name) throws NotebookException {
        JsonNode format = top.get("nbformat");
        if (format == null) {
            throw new NotebookException(name + " is not a Jupyter notebook (it has no \"nbformat\" field); open a .ipynb file.");
        }
        if (!format.isIntegralNumber() || format.intValue() != 4) {
            throw new NotebookException(name + " is in notebook format " + format + ", and Threadlab reads format 4 only; "
                    + "open it in Jupyter and save it, which converts it to format 4.");
        }
        if (!top.path("cells").isArray()) {
            throw new NotebookException(name + " has no list of cells; open it in Jupyter and save it to repair it.");
        }
        if (top.has("metadata") && !top.get("metadata").isObject()) {
            throw new NotebookException(name + " has metadata that is not a JSON object; open it in Jupyter and save it to repair it.");
        }
    }

    /** The file name or the name given to {@link #parse}, for messages. */
    public String name() {
        return name;
    }

    /** The cells, in order. */
    public List<NotebookCell> cells() {
        return cells;
    }

    /** The lesson id, {@code metadata.threadlab.lesson}, when the notebook has one. */
    public Optional<String> lessonId() {
        return Optional.ofNullable(rest.path("metadata").path("threadlab").path("lesson").textValue());
    }

    /** The notebook's {@code nbformat_minor}; 4.5 and later notebooks give every cell an id. */
    public int formatMinor() {
        return rest.path("nbformat_minor").asInt(0);
    }

    /** This notebook with other cells; everything else stays. */
    public Notebook withCells(List<NotebookCell> cells) {
        return new Notebook(name, rest, cells);
    }

    /** This notebook under another name (for messages). */
    public Notebook named(String name) {
        return new Notebook(Objects.requireNonNull(name, "name"), rest, cells);
    }

    /**
     * The file Jupyter would write: {@code json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)}
     * of the notebook with sources and text outputs split into lines, and a final newline.
     */
    public String toJson() {
        ObjectNode top = rest.deepCopy();
        if (top.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(List.of("orig_nbformat", "orig_nbformat_minor", "signature"));
        }
        ArrayNode cellsJson = top.putArray("cells");
        for (NotebookCell cell : cells) {
            ObjectNode json = cell.json().copy();
            MultilineText.split(json);
            if (json.get("metadata") instanceof ObjectNode metadata) {
                metadata.remove("trusted");
            }
            cellsJson.add(json);
        }
        return PythonJson.dumps(top) + "\n";
    }

    /** Writes {@link #toJson()} to {@code file} atomically: a reader sees the old file or the new, never half. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, toJson());
    }

    @Override
    public String toString() {
        return "Notebook[" + name + ", " + cells.size() + " cells]";
    }
}
