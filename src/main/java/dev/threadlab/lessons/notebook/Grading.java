package dev.threadlab.lessons.notebook;

import java.util.Objects;

/**
 * A cell's {@code metadata.nbgrader}, exactly nbgrader's schema version 3 (docs/exercises.md): an
 * answer cell is {@code solution}, a check cell is {@code grade} with {@code points}, a read-only cell
 * is only {@code locked}.
 *
 * @param schemaVersion nbgrader's schema version; 3 is the one Threadlab writes
 * @param grade         whether the cell is graded (a check cell)
 * @param solution      whether the learner writes the cell (an answer cell)
 * @param locked        whether the learner may not change the cell
 * @param task          nbgrader's manually graded task cell (Threadlab does not use these)
 * @param gradeId       the cell's id, unique across all lessons ({@code lNN-name}); never null
 * @param points        the cell's points; null unless {@code grade}
 */
public record Grading(int schemaVersion, boolean grade, boolean solution, boolean locked, boolean task,
                      String gradeId, Double points) {

    /** Rejects a missing grade id. */
    public Grading {
        Objects.requireNonNull(gradeId, "gradeId");
    }

    /** An answer cell: the learner writes it. */
    public static Grading answer(String gradeId) {
        return new Grading(3, false, true, false, false, gradeId, null);
    }

    /** A check cell worth {@code points}. */
    public static Grading check(String gradeId, double points) {
        return new Grading(3, true, false, true, false, gradeId, points);
    }

    /** A read-only set-up cell. */
    public static Grading readOnly(String gradeId) {
        return new Grading(3, false, false, true, false, gradeId, null);
    }

    /** Whether this is a read-only cell: neither graded nor written by the learner. */
    public boolean isReadOnly() {
        return !grade && !solution;
    }

    /** This grading with {@code locked} set as given. */
    public Grading withLocked(boolean locked) {
        return new Grading(schemaVersion, grade, solution, locked, task, gradeId, points);
    }
}
