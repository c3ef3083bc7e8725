package dev.threadlab.lessons.grade;

import dev.threadlab.interpreter.Authorship;
import dev.threadlab.lessons.exercise.ExerciseFormatException;
import dev.threadlab.lessons.exercise.Repair;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.lessons.run.NotebookRun;
import dev.threadlab.lessons.run.NotebookRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Grades one submitted notebook: finds its source by lesson id, restores check cells from the source
 * ({@link Repair}), runs it top to bottom in a fresh engine that knows which cells are the author's (so a
 * check cell refuses to run when a learner's declaration stands in for a name it uses), and scores every
 * check cell from its genuine report ({@link Scoring}). A submission
 * that cannot be graded (unreadable, no lesson id, no source) comes back with a problem rather than an
 * exception. Thread-safe when its runner is.
 */
public final class Grader {

    private final Sources sources;
    private final NotebookRunner runner;
    private final Optional<Duration> timeout;

    /**
     * A grader of submissions to the lessons in {@code sources}.
     *
     * @param timeout when present, the time every cell gets instead of its own {@code metadata.threadlab.timeout}
     */
    public Grader(Sources sources, NotebookRunner runner, Optional<Duration> timeout) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The grade of the notebook in {@code file}; {@code file} as given names it in the report. */
    public NotebookGrade grade(Path file) throws InterruptedException {
        String name = file.toString();
        Notebook submission;
        try {
            submission = Notebook.read(file);
        } catch (NotebookException e) {
            return NotebookGrade.ungraded(name, "", e.getMessage());
        }
        Optional<String> lesson = submission.lessonId();
        if (lesson.isEmpty()) {
            return NotebookGrade.ungraded(name, "", name + " has no lesson id (metadata.threadlab.lesson), so its"
                    + " source cannot be found. Was it made from a Threadlab lesson? Add the id to its metadata.");
        }
        Optional<Notebook> source = sources.of(lesson.get());
        if (source.isEmpty()) {
            return NotebookGrade.ungraded(name, lesson.get(), name + " is lesson " + lesson.get()
                    + ", but no source notebook has that lesson id; pass the directory of the sources with --source.");
        }
        Repair.Result repaired;
        try {
            repaired = Repair.against(source.get(), submission);
        } catch (ExerciseFormatException e) {
            return NotebookGrade.ungraded(name, lesson.get(), "The source of lesson " + lesson.get()
                    + " is not a valid exercise notebook: " + e.getMessage());
        }
        Notebook graded = repaired.notebook();
        NotebookRun run = runner.run(NotebookCells.toRun(graded, timeout), authorship(source.get(), graded));
        List<String> notes = new ArrayList<>(repaired.notes());
        notes.addAll(run.notes());
        return new NotebookGrade(name, lesson.get(), NotebookCells.scores(graded, run), notes, run.problems());
    }

    /**
     * Who wrote what in {@code graded}: its check and read-only cells are the author's (restored from the
     * source), and the names the source's answer cells declare are the ones a learner is asked to declare.
     */
    static Authorship authorship(Notebook source, Notebook graded) {
        Set<String> author = new HashSet<>();
        graded.cells().stream().filter(c -> c.kind() == NotebookCell.Kind.CODE && (c.isGraded() || c.isReadOnly()))
                .forEach(c -> author.add(c.source()));
        List<String> exercises = source.cells().stream()
                .filter(c -> c.kind() == NotebookCell.Kind.CODE && c.isAnswer()).map(NotebookCell::source).toList();
        return new Authorship(author, exercises);
    }
}
