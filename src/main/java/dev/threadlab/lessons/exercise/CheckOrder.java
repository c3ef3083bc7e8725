package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.util.List;
import java.util.Optional;

/** Keeps every check cell below the answer it checks, whatever order the learner moved cells into. */
final class CheckOrder {

    private CheckOrder() {}

    /** Moves each check that sits above its answer to just below that answer, with a note. */
    static void putChecksBelowAnswers(Notebook source, List<NotebookCell> cells, List<String> notes) {
        List<NotebookCell> sourceCells = source.cells();
        for (int i = 0; i < sourceCells.size(); i++) {
            NotebookCell check = sourceCells.get(i);
            Optional<String> answer = check.isGraded() ? answerOf(sourceCells, i) : Optional.empty();
            if (answer.isEmpty()) {
                continue;
            }
            String checkId = check.gradeId().orElseThrow();
            int checkAt = Repair.indexOf(cells, checkId);
            int answerAt = Repair.indexOf(cells, answer.get());
            if (checkAt >= 0 && answerAt > checkAt) {
                NotebookCell moved = cells.remove(checkAt);
                cells.add(answerAt, moved);   // answerAt is now the index just after the answer
                notes.add("check cell " + checkId + " was above its answer " + answer.get() + "; moved back below it");
            }
        }
    }

    /** The answer a check checks: the nearest answer cell above it in the source. */
    private static Optional<String> answerOf(List<NotebookCell> cells, int check) {
        for (int i = check - 1; i >= 0; i--) {
            if (cells.get(i).isAnswer()) {
                return cells.get(i).gradeId();
            }
        }
        return Optional.empty();
    }
}
