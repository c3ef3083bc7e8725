package dev.threadlab.lessons.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notebooks written by Jupyter's own nbformat (src/test/python/make_notebook_fixtures.py) come back byte for byte. */
final class NotebookRoundTripTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "notebooks");

    @Test
    void aNotebookJupyterWroteIsWrittenBackByteForByte() throws Exception {
        Path file = FIXTURES.resolve("jupyter.ipynb");
        assertEquals(Files.readString(file), Notebook.read(file).toJson());
    }

    @Test
    void handWrittenJsonIsWrittenAsNbformatWouldSaveIt() throws Exception {
        Notebook notebook = Notebook.read(FIXTURES.resolve("hand-written.ipynb"));
        assertEquals(Files.readString(FIXTURES.resolve("hand-written.saved.ipynb")), notebook.toJson());
    }

    @Test
    void theModelReadsSourcesGradingAndThreadlabMetadata() throws Exception {
        Notebook notebook = Notebook.read(FIXTURES.resolve("jupyter.ipynb"));
        assertEquals("99-fixture", notebook.lessonId().orElseThrow());
        NotebookCell check = notebook.cells().get(3);
        assertTrue(check.isGraded());
        assertEquals(new Grading(3, true, false, true, false, "l99-check", 3.0), check.grading().orElseThrow());
        assertEquals(30, check.threadlab().timeoutOrDefault());
        assertEquals(2, check.threadlab().repetitionsOrDefault());
        assertEquals(List.of("Use `42`.", "Really: *42*."), check.threadlab().hints());
        assertTrue(notebook.cells().get(2).isAnswer());
        assertTrue(notebook.cells().get(2).source().startsWith("static int answer() {\n"));
        assertEquals(NotebookCell.Kind.RAW, notebook.cells().get(4).kind());
        assertEquals(ThreadlabMeta.NONE, notebook.cells().get(0).threadlab());
    }

    @Test
    void changingOneCellChangesOnlyThatCellsLines() throws Exception {
        Path file = FIXTURES.resolve("jupyter.ipynb");
        Notebook notebook = Notebook.read(file);
        List<NotebookCell> cells = new ArrayList<>(notebook.cells());
        NotebookCell check = cells.get(3);
        cells.set(3, check.withGrading(check.grading().orElseThrow().withLocked(false)));
        String original = Files.readString(file);
        String changed = notebook.withCells(cells).toJson();
        assertEquals(original.replaceFirst("(\"grade_id\": \"l99-check\",\\n\\s+\"locked\": )true", "$1false"), changed);
    }

    @Test
    void newPointsAreWrittenAsIntegersWhenTheyAreWhole() throws Exception {
        Notebook notebook = Notebook.read(FIXTURES.resolve("jupyter.ipynb"));
        NotebookCell answer = notebook.cells().get(2).withGrading(Grading.check("l99-new", 4.0));
        NotebookCell half = notebook.cells().get(2).withGrading(Grading.check("l99-new", 1.5));
        assertTrue(notebook.withCells(List.of(answer)).toJson().contains("\"points\": 4,\n"));
        assertTrue(notebook.withCells(List.of(half)).toJson().contains("\"points\": 1.5,\n"));
    }

    @Test
    void clearingACellRemovesOutputsAndTheExecutionCount() throws Exception {
        Notebook notebook = Notebook.read(FIXTURES.resolve("jupyter.ipynb"));
        Notebook cleared = notebook.withCells(notebook.cells().stream().map(NotebookCell::cleared).toList());
        String json = cleared.toJson();
        assertTrue(!json.contains("\"output_type\"") && !json.contains("\"execution_count\": 3"), json);
        assertEquals(notebook.cells().get(0), cleared.cells().get(0));
    }

    @Test
    void writingReplacesTheFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Notebook notebook = Notebook.read(FIXTURES.resolve("jupyter.ipynb"));
        Path target = dir.resolve("out.ipynb");
        Files.writeString(target, "old");
        notebook.write(target);
        assertEquals(notebook.toJson(), Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void rewritingAFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("shared.ipynb");
        Files.writeString(target, "old");
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, permissions);
        Notebook.read(FIXTURES.resolve("jupyter.ipynb")).write(target);
        assertEquals(permissions, Files.getPosixFilePermissions(target));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
