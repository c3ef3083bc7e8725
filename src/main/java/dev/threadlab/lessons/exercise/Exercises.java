package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural checks of a source notebook against docs/exercises.md, without running it: a lesson id,
 * well-formed unique grade ids, nbgrader schema 3, points on check cells, balanced markers in the right
 * cells, hidden tests inside a requirement's body ({@link HiddenTests}), and a check cell after every answer
 * cell. {@code release} and {@code validate} report these.
 */
public final class Exercises {

    private static final Pattern GRADE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CHECK_CALL = Pattern.compile("Check\\.(cell)\\(\\s*\"([^\"]*)\"");
    private static final Pattern LESSON_NUMBER = Pattern.compile("^(\\d\\d)-");

    private Exercises() {}

    /** Every problem found, one sentence each naming the notebook and cell; empty when the notebook is fine. */
    public static List<String> problems(Notebook source) {
        if (isStudentVersion(source)) {
            return List.of(source.name() + " is a student notebook (threadlab release made it: its answers are stubs"
                    + " and its hidden checks are gone), so there is nothing to prove in it. Validate its source, the"
                    + " notebook with the solutions, e.g. lessons/source/" + Path.of(source.name()).getFileName() + ".");
        }
        List<String> problems = new ArrayList<>();
        Optional<String> lesson = source.lessonId();
        lessonProblems(source, lesson).ifPresent(problems::add);
        String prefix = lesson.map(LESSON_NUMBER::matcher).filter(Matcher::find).map(m -> "l" + m.group(1) + "-").orElse(null);
        Map<String, CellPlace> seen = new HashMap<>();
        for (int i = 0; i < source.cells().size(); i++) {
            NotebookCell cell = source.cells().get(i);
            CellPlace place = CellPlace.of(source, i);
            cell.grading().ifPresent(g -> gradingProblems(g, place, prefix, seen, problems));
            try {
                Release.releasedSource(cell, place);
            } catch (ExerciseFormatException e) {
                problems.add(e.getMessage());
            }
            codeProblems(cell, place).ifPresent(problems::add);
            if (cell.isGraded() && cell.kind() == NotebookCell.Kind.CODE) {
                try {
                    problems.addAll(HiddenTests.problems(cell.source(), Regions.find(cell.source(), place), place));
                } catch (ExerciseFormatException e) {
                    // already reported by releasedSource above
                }
            }
            if (!cell.threadlab().hints().isEmpty() && !cell.isGraded()) {
                problems.add(place + ": has hints, but only check cells show hints; move them to the check cell's metadata.");
            }
            if (cell.isAnswer() && !followedByCheck(source.cells(), i)) {
                problems.add(place + ": an answer cell with no check cell after it; add a check cell (nbgrader grade: true) "
                        + "below it, before the next answer cell.");
            }
        }
        return problems;
    }

    /**
     * The problems of each notebook, then every grade id that more than one of them uses (ids must be
     * unique across all lessons, so progress and grades never mix two exercises up).
     */
    /** Answer cells that are all stubs, none with a solution region: what {@code release} makes of a source. */
    static boolean isStudentVersion(Notebook notebook) {
        List<NotebookCell> answers = notebook.cells().stream().filter(NotebookCell::isAnswer).toList();
        return !answers.isEmpty()
                && answers.stream().noneMatch(c -> c.source().contains("BEGIN SOLUTION"))
                && answers.stream().allMatch(c -> c.source().contains("UnsupportedOperationException(\"Not written yet"));
    }

    public static List<String> problems(List<Notebook> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Notebook source : sources) {
            problems.addAll(problems(source));
            for (NotebookCell cell : source.cells()) {
                cell.gradeId().ifPresent(id -> {
                    String first = owner.putIfAbsent(id, source.name());
                    if (first != null && !first.equals(source.name())) {
                        problems.add(source.name() + ": grade_id \"" + id + "\" is also used in " + first
                                + "; grade ids must be unique across lessons.");
                    }
                });
            }
        }
        return problems;
    }

    private static Optional<String> lessonProblems(Notebook source, Optional<String> lesson) {
        if (lesson.isEmpty()) {
            return Optional.of(source.name() + ": metadata.threadlab.lesson is missing; set it to the file name without "
                    + ".ipynb (for example \"01-threads-io\").");
        }
        String file = java.nio.file.Path.of(source.name()).getFileName().toString();
        if (file.endsWith(".ipynb") && !file.equals(lesson.get() + ".ipynb")) {
            return Optional.of(source.name() + ": metadata.threadlab.lesson is \"" + lesson.get()
                    + "\" but the file is " + file + "; make them the same.");
        }
        return Optional.empty();
    }

    private static void gradingProblems(Grading g, CellPlace place, String prefix, Map<String, CellPlace> seen,
                                        List<String> problems) {
        if (g.schemaVersion() != 3) {
            problems.add(place + ": nbgrader schema_version is " + g.schemaVersion() + "; write 3.");
        }
        if (!GRADE_ID.matcher(g.gradeId()).matches()) {
            problems.add(place + ": grade_id \"" + g.gradeId() + "\" may hold only letters, digits, - and _.");
        } else if (prefix != null && !g.gradeId().startsWith(prefix)) {
            problems.add(place + ": grade_id \"" + g.gradeId() + "\" should start with \"" + prefix
                    + "\" so it is unique across lessons.");
        }
        CellPlace first = seen.putIfAbsent(g.gradeId(), place);
        if (first != null) {
            problems.add(place + ": grade_id \"" + g.gradeId() + "\" is already used by cell " + first.number()
                    + "; give each cell its own id.");
        }
        if (g.grade() && g.solution()) {
            problems.add(place + ": is both graded and an answer; split it into an answer cell and a check cell below it.");
        }
        if (g.grade() && (g.points() == null || !(g.points() > 0))) {
            problems.add(place + ": a check cell needs points greater than 0, has " + g.points() + ".");
        }
        if (!g.grade() && g.points() != null && g.points() != 0) {
            problems.add(place + ": has points but is not graded; remove the points or set grade: true.");
        }
        if (g.task()) {
            problems.add(place + ": is an nbgrader task cell, which Threadlab does not grade; use an answer and a check cell.");
        }
    }

    /** An answer without a solution region gives its solution away; a check must be Check.cell of its own id. */
    private static Optional<String> codeProblems(NotebookCell cell, CellPlace place) {
        if (cell.kind() != NotebookCell.Kind.CODE) {
            return Optional.empty();
        }
        if (cell.isAnswer() && !Regions.hasBeginMarker(cell.source())) {
            return Optional.of(place + ": an answer cell without a `// BEGIN SOLUTION` region, so learners would get the "
                    + "solution; mark the part they should write.");
        }
        if (!cell.isGraded()) {
            return Optional.empty();
        }
        Matcher call = CHECK_CALL.matcher(cell.source());
        String id = cell.gradeId().orElseThrow();
        if (cell.source().contains("Check.partial(")) {
            return Optional.of(place + ": calls Check.partial, which is gone: Check.cell gives partial credit now; "
                    + "write Check.cell(\"" + id + "\", c -> ...).");
        }
        if (!call.find()) {
            return Optional.of(place + ": a check cell without a `Check.cell(\"" + id + "\", c -> ...)` call; "
                    + "write the checks inside one (see docs/exercises.md).");
        }
        if (!call.group(2).equals(id)) {
            return Optional.of(place + ": calls Check." + call.group(1) + "(\"" + call.group(2) + "\", ...) but its grade_id is "
                    + id + "; use the same id in both.");
        }
        return Optional.empty();
    }

    private static boolean followedByCheck(List<NotebookCell> cells, int answer) {
        for (int i = answer + 1; i < cells.size(); i++) {
            NotebookCell next = cells.get(i);
            if (next.isGraded()) {
                return true;
            }
            if (next.isAnswer()) {
                return false;
            }
        }
        return false;
    }
}
