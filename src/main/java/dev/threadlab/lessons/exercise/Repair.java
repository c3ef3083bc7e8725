package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What grading does to a submission before running it: the learner's answers and extra cells stay, in
 * the learner's order, but check and read-only cells are the source's (hidden tests back in, edits
 * undone, the source's points), deleted graded cells come back at their place, a copy of an answer cell
 * runs where it is as an ordinary cell (in the notebook the later copy's definitions win), copies of other graded
 * cells are dropped, a check moved above its answer goes back below it, and a cell whose nbgrader metadata the
 * source does not know (an extra "graded" cell with any points) loses that metadata: it runs as an
 * ordinary cell and earns nothing. Every change is a note a teacher can read.
 */
public final class Repair {

    /**
     * A repaired submission.
     *
     * @param notebook the notebook to grade
     * @param notes    one sentence per change, in the order made; empty when nothing was changed
     */
    public record Result(Notebook notebook, List<String> notes) {
        /** Copies the notes. */
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private final Map<String, NotebookCell> source = new HashMap<>();
    private final Map<String, NotebookCell> student = new HashMap<>();
    private final List<NotebookCell> studentOrder;
    private final List<String> notes = new ArrayList<>();

    private Repair(Notebook sourceNotebook, Notebook studentNotebook) {
        for (NotebookCell cell : sourceNotebook.cells()) {
            cell.gradeId().ifPresent(id -> source.putIfAbsent(id, cell));
        }
        studentOrder = studentNotebook.cells();
        for (NotebookCell cell : studentNotebook.cells()) {
            cell.gradeId().ifPresent(id -> student.putIfAbsent(id, cell));
        }
    }

    /** {@code submission} made gradable against {@code source}; fails when the source's markers are broken. */
    public static Result against(Notebook source, Notebook submission) throws ExerciseFormatException {
        Repair repair = new Repair(source, Release.student(source));
        List<NotebookCell> cells = repair.replaceAndDeduplicate(submission);
        repair.restoreDeleted(cells);
        CheckOrder.putChecksBelowAnswers(source, cells, repair.notes);
        return new Result(submission.withCells(cells), repair.notes);
    }

    private List<NotebookCell> replaceAndDeduplicate(Notebook submission) {
        List<NotebookCell> cells = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < submission.cells().size(); i++) {
            NotebookCell cell = submission.cells().get(i);
            Optional<String> id = gradeIdOf(cell, i);
            if (id.isEmpty()) {
                cells.add(cell);
            } else if (!source.containsKey(id.get())) {
                notes.add("cell " + (i + 1) + " has grade_id " + id.get() + ", which the source does not have;"
                        + " its nbgrader metadata was removed, so it ran as an ordinary cell and earns nothing");
                cells.add(cell.withoutGrading());
            } else if (firstAt.containsKey(id.get()) && source.get(id.get()).isAnswer()) {
                // Run All in Jupyter runs both copies, and the later definition wins: so does the grade.
                notes.add("answer cell " + id.get() + " appears again at cell " + (i + 1) + " (first at cell "
                        + firstAt.get(id.get()) + "); the copy ran too, where it is, as an ordinary cell, as in the"
                        + " notebook");
                cells.add(cell.withoutGrading());
            } else if (firstAt.containsKey(id.get())) {
                notes.add("cell " + id.get() + " appears again at cell " + (i + 1) + " (first at cell " + firstAt.get(id.get())
                        + "); kept the first, dropped this copy");
            } else {
                firstAt.put(id.get(), i + 1);
                cells.add(replaced(cell, source.get(id.get())));
            }
        }
        return cells;
    }

    /** The cell's grade id; for a cell whose nbgrader metadata was removed, the one its cell id had. */
    private Optional<String> gradeIdOf(NotebookCell cell, int index) {
        if (cell.grading().isPresent() || cell.id().isEmpty()) {
            return cell.gradeId();
        }
        Optional<String> lost = studentOrder.stream()
                .filter(c -> c.gradeId().isPresent() && c.id().equals(cell.id()))
                .findFirst().flatMap(NotebookCell::gradeId);
        lost.ifPresent(id -> notes.add("cell " + (index + 1) + " had lost its nbgrader metadata; treated as " + id
                + " again"));
        return lost;
    }

    private NotebookCell replaced(NotebookCell submitted, NotebookCell original) {
        String id = original.gradeId().orElseThrow();
        if (original.isAnswer()) {
            if (submitted.kind() != original.kind()) {
                notes.add("answer cell " + id + " is a " + submitted.kind().toString().toLowerCase(Locale.ROOT)
                        + " cell in this notebook, not code, so it never ran; graded as it is");
            }
            return submitted.withGrading(original.grading().orElseThrow());
        }
        // The source's own text is no edit either: a teacher grading the source notebook to try the checks.
        if (!submitted.source().equals(student.get(id).source()) && !submitted.source().equals(original.source())) {
            notes.add(kindOf(original) + " " + id + " was edited; graded with the source's version instead");
        }
        return fromSource(original);
    }

    private void restoreDeleted(List<NotebookCell> cells) {
        for (int k = 0; k < studentOrder.size(); k++) {
            NotebookCell released = studentOrder.get(k);
            Optional<String> id = released.gradeId();
            if (id.isEmpty() || indexOf(cells, id.get()) >= 0) {
                continue;
            }
            NotebookCell original = source.get(id.get());
            cells.add(insertionPoint(cells, k), original.isAnswer() ? released : fromSource(original));
            notes.add(kindOf(original) + " " + id.get() + " was deleted; " + (original.isAnswer()
                    ? "restored as the unanswered stub, which earns no points" : "restored from the source"));
        }
    }

    /**
     * Where the student version's cell {@code k} goes back: after the nearest earlier cell of the student
     * version that is still there (matched by grade id, else by nbformat cell id), else before the
     * nearest later one, else at the end.
     */
    private int insertionPoint(List<NotebookCell> cells, int k) {
        for (int j = k - 1; j >= 0; j--) {
            int at = find(cells, studentOrder.get(j));
            if (at >= 0) {
                return at + 1;
            }
        }
        for (int j = k + 1; j < studentOrder.size(); j++) {
            int at = find(cells, studentOrder.get(j));
            if (at >= 0) {
                return at;
            }
        }
        return cells.size();
    }

    private static int find(List<NotebookCell> cells, NotebookCell wanted) {
        if (wanted.gradeId().isPresent()) {
            return indexOf(cells, wanted.gradeId().get());
        }
        Optional<String> id = wanted.id();
        for (int i = 0; i < cells.size() && id.isPresent(); i++) {
            if (cells.get(i).gradeId().isEmpty() && cells.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(List<NotebookCell> cells, String gradeId) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).gradeId().filter(gradeId::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The source's cell as grading runs it: hidden tests in, no outputs, locked as the student saw it. */
    private NotebookCell fromSource(NotebookCell original) {
        NotebookCell released = student.get(original.gradeId().orElseThrow());
        return original.cleared().withGrading(released.grading().orElseThrow());
    }

    static String kindOf(NotebookCell cell) {
        return cell.isGraded() ? "check cell" : cell.isAnswer() ? "answer cell" : "read-only cell";
    }
}
