package dev.threadlab.testing;

import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The fixture lesson and small ways to change it, shared by the lessons tests. */
public final class NotebookFixtures {

    /** The notebooks the grading tests grade (sources, submissions, runner fixtures). */
    public static final Path GRADING = Path.of("src", "test", "resources", "grading");
    public static final Path LESSONS = Path.of("src", "test", "resources", "lessons");
    public static final Path SOURCE = LESSONS.resolve("source").resolve("99-fixture.ipynb");
    public static final Path STUDENT = LESSONS.resolve("99-fixture.ipynb");

    private NotebookFixtures() {}

    public static Notebook source() {
        return read(SOURCE);
    }

    public static Notebook student() {
        return read(STUDENT);
    }

    public static Notebook read(Path file) {
        try {
            return Notebook.read(file);
        } catch (NotebookException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The cell with this grade id. */
    public static NotebookCell cell(Notebook notebook, String gradeId) {
        return notebook.cells().stream().filter(c -> c.gradeId().filter(gradeId::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + gradeId + " in " + notebook.name()));
    }

    /** {@code notebook} with the cell at {@code index} changed. */
    public static Notebook withCell(Notebook notebook, int index, UnaryOperator<NotebookCell> change) {
        List<NotebookCell> cells = new ArrayList<>(notebook.cells());
        cells.set(index, change.apply(cells.get(index)));
        return notebook.withCells(cells);
    }

    /** A code cell with this source, made from the fixture's set-up cell. */
    public static NotebookCell code(String source, Grading grading) {
        return source().cells().get(1).withSource(source).withGrading(grading);
    }

    /** The grade ids of the notebook's cells, "-" for cells without one. */
    public static List<String> gradeIds(Notebook notebook) {
        return notebook.cells().stream().map(c -> c.gradeId().orElse("-")).toList();
    }
}
