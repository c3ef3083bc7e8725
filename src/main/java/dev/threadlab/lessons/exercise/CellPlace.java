package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.Notebook;
import java.util.Optional;

/**
 * Where a cell is, for messages: "lessons/source/01-threads-io.ipynb, cell 7 (l01-run-all)".
 *
 * @param notebook the notebook's name
 * @param number   the cell's 1-based position among all cells, as a reader counts them in Jupyter
 * @param gradeId  the cell's grade id, when it has one
 */
record CellPlace(String notebook, int number, Optional<String> gradeId) {

    static CellPlace of(Notebook notebook, int index) {
        return new CellPlace(notebook.name(), index + 1, notebook.cells().get(index).gradeId());
    }

    @Override
    public String toString() {
        return notebook + ", cell " + number + gradeId.map(id -> " (" + id + ")").orElse("");
    }
}
