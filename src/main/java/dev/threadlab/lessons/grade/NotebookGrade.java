package dev.threadlab.lessons.grade;

import java.util.List;
import java.util.Objects;

/**
 * The grade of one submitted notebook.
 *
 * @param file     the submission's file name as given
 * @param lesson   its lesson id, or empty when it could not be told
 * @param checks   one score per check cell of the lesson, in notebook order
 * @param notes    what grading changed or noticed (a restored check cell, an engine restart)
 * @param problems why the notebook could not be graded (unreadable, no source); empty when it was graded
 */
public record NotebookGrade(String file, String lesson, List<CheckScore> checks, List<String> notes,
        List<String> problems) {
    public NotebookGrade {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lesson, "lesson");
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** A notebook that could not be graded at all, for {@code problem}. */
    public static NotebookGrade ungraded(String file, String lesson, String problem) {
        return new NotebookGrade(file, lesson, List.of(), List.of(), List.of(problem));
    }

    /** Whether the notebook was graded (whatever its score). */
    public boolean graded() {
        return problems.isEmpty();
    }

    /** Points earned over all checks. */
    public double points() {
        return checks.stream().mapToDouble(CheckScore::points).sum();
    }

    /** Points possible over all checks. */
    public double max() {
        return checks.stream().mapToDouble(CheckScore::max).sum();
    }
}
