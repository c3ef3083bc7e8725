package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the student version of a source notebook (docs/exercises.md): solutions become stubs, hidden
 * tests go, outputs are cleared, graded and read-only cells are locked, check cells are tagged
 * {@code raises-exception}, and each check cell's hints follow it in a generated Markdown cell, folded. The result depends on the source only, so releasing
 * twice gives the same bytes, and releasing a notebook that already has generated cells does not
 * duplicate them.
 */
public final class Release {

    /** The tag Jupyter front ends read as "this cell is expected to fail; keep running the ones below". */
    public static final String RAISES_EXCEPTION = "raises-exception";

    private Release() {}

    /** The student version of {@code source}; fails on a marker that is unbalanced, nested or misplaced. */
    public static Notebook student(Notebook source) throws ExerciseFormatException {
        List<NotebookCell> cells = new ArrayList<>();
        for (int i = 0; i < source.cells().size(); i++) {
            NotebookCell cell = source.cells().get(i);
            if (cell.threadlab().isGenerated()) {
                continue;
            }
            cells.add(studentCell(cell, CellPlace.of(source, i)));
            if (cell.isGraded() && !cell.threadlab().hints().isEmpty()) {
                cells.add(Hints.cell(cell, source.formatMinor()));
            }
        }
        return source.withCells(cells);
    }

    /**
     * Whether {@code notebook} is a source rather than a student version: a code cell holds a
     * {@code // BEGIN SOLUTION} or {@code // BEGIN HIDDEN TESTS} marker. Overwriting it would lose the solutions.
     */
    public static boolean isSource(Notebook notebook) {
        return notebook.cells().stream()
                .filter(cell -> cell.kind() == NotebookCell.Kind.CODE)
                .anyMatch(cell -> Regions.hasBeginMarker(cell.source()));
    }

    /** The student version of one cell. */
    static NotebookCell studentCell(NotebookCell cell, CellPlace place) throws ExerciseFormatException {
        NotebookCell released = cell.withSource(releasedSource(cell, place)).cleared();
        Optional<Grading> grading = cell.grading();
        if (grading.isEmpty()) {
            return released;
        }
        if (cell.isAnswer()) {
            // As nbgrader does: the learner writes here, but should not delete the cell by accident.
            return released.withMetadataFlag("deletable", false);
        }
        NotebookCell locked = released.withGrading(grading.get().withLocked(true))
                .withMetadataFlag("editable", false)
                .withMetadataFlag("deletable", false);
        // A check of a blank answer fails: with this tag, Run All in Notebook, JupyterLab and nbclient goes on
        // past it, so a learner sees every demo of the lesson. nbgrader scores the error as before.
        return cell.isGraded() ? locked.withTag(RAISES_EXCEPTION) : locked;
    }

    /** The cell's source with stubs for solutions and without hidden tests; checks markers sit where they may. */
    static String releasedSource(NotebookCell cell, CellPlace place) throws ExerciseFormatException {
        if (cell.kind() != NotebookCell.Kind.CODE) {
            return cell.source();
        }
        List<Regions.Region> regions = Regions.find(cell.source(), place);
        for (Regions.Region region : regions) {
            if (region.kind() == Regions.Kind.SOLUTION && !cell.isAnswer()) {
                throw misplaced(place, region, "a solution region, but it is not an answer cell; "
                        + "set its nbgrader metadata to solution: true, or remove the markers.");
            }
            if (region.kind() == Regions.Kind.HIDDEN_TESTS && !cell.isGraded()) {
                throw misplaced(place, region, "hidden tests, but it is not a check cell; "
                        + "set its nbgrader metadata to grade: true with points, or remove the markers.");
            }
        }
        return Regions.release(cell.source(), regions);
    }

    private static ExerciseFormatException misplaced(CellPlace place, Regions.Region region, String what) {
        return new ExerciseFormatException(place + ", line " + (region.begin() + 1) + ": the cell has " + what);
    }
}
