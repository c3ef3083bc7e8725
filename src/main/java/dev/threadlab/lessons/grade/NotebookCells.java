package dev.threadlab.lessons.grade;

import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.run.CellToRun;
import dev.threadlab.lessons.run.NotebookRun;
import dev.threadlab.lessons.run.NotebookRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a notebook's code cells into what {@link NotebookRunner} runs, and check cells into scores. */
public final class NotebookCells {

    private NotebookCells() {}

    /** A check cell of a notebook: its 0-based place among the code cells run, its id and points. */
    public record Check(int codeIndex, String id, double max) {}

    /**
     * The code cells of {@code notebook}, each with its timeout: {@code timeout} when given, else the cell's own
     * {@code metadata.threadlab.timeout} for check and read-only cells (the author's, restored from the source
     * when grading), and {@link CellToRun#DEFAULT_TIMEOUT} for the rest (a learner's cells cannot give
     * themselves hours).
     */
    public static List<CellToRun> toRun(Notebook notebook, Optional<Duration> timeout) {
        return toRun(notebook, timeout, false);
    }

    /**
     * The code cells an exercise needs: those with grading metadata (read-only set-up cells, answers and
     * checks), without the demos in between. A learner who skips the demos, the terminal app's "run the
     * check" and the lesson fixtures run exactly these, so a check may depend on nothing else.
     */
    public static List<CellToRun> exerciseCells(Notebook notebook) {
        return toRun(notebook, Optional.empty(), true);
    }

    private static List<CellToRun> toRun(Notebook notebook, Optional<Duration> timeout, boolean exercisesOnly) {
        List<CellToRun> cells = new ArrayList<>();
        List<NotebookCell> all = notebook.cells();
        for (int i = 0; i < all.size(); i++) {
            NotebookCell cell = all.get(i);
            if (cell.kind() != NotebookCell.Kind.CODE || exercisesOnly && cell.grading().isEmpty()) {
                continue;
            }
            String label = "cell " + (i + 1) + cell.gradeId().map(id -> " (" + id + ")").orElse("");
            boolean authors = cell.isGraded() || cell.isReadOnly();
            Duration limit = timeout.orElse(authors ? Duration.ofSeconds(cell.threadlab().timeoutOrDefault())
                    : CellToRun.DEFAULT_TIMEOUT);
            cells.add(new CellToRun(label, cell.source(), limit, cell.isGraded()));
        }
        return cells;
    }

    /** The check cells of {@code notebook}, in order, placed among all its code cells. */
    public static List<Check> checks(Notebook notebook) {
        return checks(notebook, false);
    }

    /** The check cells of {@code notebook}, placed among the cells run: all code cells, or the exercise cells. */
    private static List<Check> checks(Notebook notebook, boolean exercisesOnly) {
        List<Check> checks = new ArrayList<>();
        int codeIndex = 0;
        for (NotebookCell cell : notebook.cells()) {
            if (cell.kind() != NotebookCell.Kind.CODE || exercisesOnly && cell.grading().isEmpty()) {
                continue;
            }
            if (cell.isGraded()) {
                checks.add(new Check(codeIndex, cell.gradeId().orElse("cell-" + (codeIndex + 1)),
                        cell.grading().map(Grading::points).orElse(0.0)));
            }
            codeIndex++;
        }
        return checks;
    }

    /** One score per check cell of {@code notebook}, from {@code run} of all its code cells ({@link #toRun}). */
    public static List<CheckScore> scores(Notebook notebook, NotebookRun run) {
        return scores(checks(notebook, false), run);
    }

    /** One score per check cell of {@code notebook}, from {@code run} of its {@link #exerciseCells}. */
    public static List<CheckScore> exerciseScores(Notebook notebook, NotebookRun run) {
        return scores(checks(notebook, true), run);
    }

    private static List<CheckScore> scores(List<Check> checks, NotebookRun run) {
        List<CheckScore> scores = new ArrayList<>();
        for (Check check : checks) {
            scores.add(check.codeIndex() < run.cells().size()
                    ? Scoring.score(check.id(), check.max(), run.cells().get(check.codeIndex()))
                    : Scoring.notRun(check.id(), check.max(), "the run ended before it"));
        }
        return scores;
    }
}
