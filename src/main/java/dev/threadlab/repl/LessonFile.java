package dev.threadlab.repl;

import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The learner's copy of a lesson while it is open: its cells, each code cell's outputs (as saved, then as
 * run here) and execution counts. {@link #save()} writes the notebook back atomically, as Jupyter would
 * write it: sources, outputs and counts change, every other byte of metadata stays. Not thread-safe.
 */
final class LessonFile {

    private final Path file;
    private final Notebook notebook;
    private final List<NotebookCell> cells;
    private final List<CellOutputs> outputs = new ArrayList<>();
    private final List<OptionalInt> counts = new ArrayList<>();
    private boolean dirty;

    private LessonFile(Path file, Notebook notebook) {
        this.file = file;
        this.notebook = notebook;
        this.cells = new ArrayList<>(notebook.cells());
        for (NotebookCell cell : cells) {
            outputs.add(CellOutputs.of(cell.outputs()));
            counts.add(OptionalInt.empty()); // not run here yet: saved as it was
        }
    }

    /** Opens the notebook in {@code file}. */
    static LessonFile open(Path file) throws NotebookException {
        return new LessonFile(file, Notebook.read(file));
    }

    Path file() {
        return file;
    }

    String title() {
        return CourseMap.describe(file, notebook).title();
    }

    /** The lesson's id ({@code 01-threads-io}, else the file's name), as the list of lessons knows it. */
    String id() {
        return CourseMap.describe(file, notebook).id();
    }

    /** Each cell's nbformat id, empty for a cell without one. */
    List<Optional<String>> cellIds() {
        return cells.stream().map(NotebookCell::id).toList();
    }

    List<NotebookCell> cells() {
        return cells;
    }

    NotebookCell cell(int index) {
        return cells.get(index);
    }

    CellOutputs outputs(int index) {
        return outputs.get(index);
    }

    /**
     * From {@code index} in direction {@code step} (1 or -1): the first cell shown, one that is not a generated
     * hint cell (their hints come one at a time, {@code h}); -1 before the first, the size past the last.
     */
    int shown(int index, int step) {
        int i = index;
        while (i >= 0 && i < cells.size() && cells.get(i).threadlab().generated().isPresent()) {
            i += step;
        }
        return i;
    }

    /** Whether cell {@code index} is code that later cells may need: a code cell that is not a check. */
    boolean setsUp(int index) {
        NotebookCell cell = cells.get(index);
        return cell.kind() == NotebookCell.Kind.CODE && !cell.isGraded();
    }

    /** The index of the cell whose outputs are {@code target}, or -1. */
    int indexOf(CellOutputs target) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i) == target) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the source of cell {@code index} (the learner edited it). */
    void edit(int index, String source) {
        cells.set(index, cells.get(index).withSource(source));
        dirty = true;
    }

    /** Cell {@code index} ran as number {@code count}; its outputs are in {@link #outputs(int)}. */
    void ran(int index, int count) {
        counts.set(index, OptionalInt.of(count));
        dirty = true;
    }

    /** Something changed in a cell's outputs after it ran (late output). */
    void touched() {
        dirty = true;
    }

    boolean dirty() {
        return dirty;
    }

    /** Writes the notebook to its file (a reader sees the old file or the new, never half of one). */
    void save() throws IOException {
        List<NotebookCell> saved = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            NotebookCell cell = cells.get(i);
            saved.add(cell.kind() == NotebookCell.Kind.CODE && counts.get(i).isPresent()
                    ? cell.withOutputs(outputs.get(i).toNotebook(), counts.get(i)) : cell);
        }
        notebook.withCells(saved).write(file);
        dirty = false;
    }
}
