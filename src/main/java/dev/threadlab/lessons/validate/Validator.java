package dev.threadlab.lessons.validate;

import dev.threadlab.lessons.exercise.ExerciseFormatException;
import dev.threadlab.lessons.exercise.Exercises;
import dev.threadlab.lessons.exercise.Release;
import dev.threadlab.lessons.grade.CheckScore;
import dev.threadlab.lessons.grade.CheckStatus;
import dev.threadlab.lessons.grade.NotebookCells;
import dev.threadlab.lessons.grade.Scoring;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.lessons.run.CellToRun;
import dev.threadlab.lessons.run.NotebookRun;
import dev.threadlab.lessons.run.NotebookRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Proves a source notebook, as {@code threadlab validate} does: its structure is sound
 * ({@link Exercises#problems}), and over N runs every check cell gives the solution full points while the
 * student version ({@link Release#student}) fails it, never passes or earns part of the points. N is
 * the larger of the times asked for and the largest {@code repetitions} of a check cell. A check cell that
 * reports its requirements must report the same ones, with the same points, in both versions (hidden tests
 * add no requirement), and they must add up to the cell's nbgrader {@code points}.
 *
 * <p>The first run is the whole notebook; the runs after it are only its exercise cells
 * ({@link NotebookCells#exerciseCells}: set-up, answers and checks, not the demos), which is what repeating
 * a check needs, at a fraction of the time, and proves that no check depends on a demo. With
 * {@code concurrent}, the source and the student version of each run go on at the same time in two
 * engines. Thread-safe.
 */
public final class Validator {

    /** Told before each run, for progress. */
    public interface Listener {
        /** Run {@code run} (1-based) of {@code of} of the notebook {@code file} begins. */
        void running(String file, int run, int of);
    }

    private final NotebookRunner runner;
    private final boolean concurrent;

    /** A validator running notebooks with {@code runner}; {@code concurrent} runs both versions at once. */
    public Validator(NotebookRunner runner, boolean concurrent) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.concurrent = concurrent;
    }

    /** Validates the source notebook in {@code file}, running it at least {@code times} times. */
    public Validation validate(Path file, int times, Listener listener) throws InterruptedException {
        String name = file.toString();
        Notebook source;
        try {
            source = Notebook.read(file);
        } catch (NotebookException e) {
            return new Validation(name, 0, List.of(), List.of(e.getMessage()), List.of());
        }
        List<String> structure = Exercises.problems(source);
        if (!structure.isEmpty()) {
            List<String> problems = new ArrayList<>(structure);
            problems.add("Not run: fix the problems above first.");
            return new Validation(name, 0, List.of(), problems, List.of());
        }
        Notebook student;
        try {
            student = Release.student(source);
        } catch (ExerciseFormatException e) {
            return new Validation(name, 0, List.of(), List.of(e.getMessage()), List.of());
        }
        int runs = Math.max(times, source.cells().stream().filter(NotebookCell::isGraded)
                .mapToInt(c -> c.threadlab().repetitionsOrDefault()).max().orElse(1));
        return runAll(name, source, student, runs, listener);
    }

    private Validation runAll(String name, Notebook source, Notebook student, int runs, Listener listener)
            throws InterruptedException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        NotebookCells.checks(source).forEach(c -> tallies.put(c.id(), new Tally(c.max())));
        Set<String> problems = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        List<CellToRun> solutionCells = NotebookCells.toRun(source, Optional.empty());
        List<CellToRun> stubCells = NotebookCells.toRun(student, Optional.empty());
        List<CellToRun> solutionExercises = NotebookCells.exerciseCells(source);
        List<CellToRun> stubExercises = NotebookCells.exerciseCells(student);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "threadlab-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int run = 1; run <= runs; run++) {
                listener.running(name, run, runs);
                List<CellToRun> solutionRun = run == 1 ? solutionCells : solutionExercises;
                List<CellToRun> stubRun = run == 1 ? stubCells : stubExercises;
                Future<NotebookRun> solving = start(pool, solutionRun);
                Future<NotebookRun> stubbing = start(pool, stubRun);
                Optional<NotebookRun> solved = await(solving, solutionRun, problems);
                Optional<NotebookRun> stubbed = await(stubbing, stubRun, problems);
                if (solved.isEmpty() || stubbed.isEmpty()) {
                    return new Validation(name, run - 1, List.of(), List.copyOf(problems), List.copyOf(notes));
                }
                record(tallies, run == 1 ? NotebookCells.scores(source, solved.get())
                        : NotebookCells.exerciseScores(source, solved.get()), true);
                record(tallies, run == 1 ? NotebookCells.scores(student, stubbed.get())
                        : NotebookCells.exerciseScores(student, stubbed.get()), false);
                problems.addAll(solved.get().problems());
                problems.addAll(stubbed.get().problems());
                solved.get().notes().forEach(n -> notes.add("solution: " + n));
                stubbed.get().notes().forEach(n -> notes.add("student version: " + n));
            }
        } finally {
            pool.shutdownNow();
        }
        List<CheckValidation> checks = new ArrayList<>();
        tallies.forEach((id, tally) -> checks.add(tally.verdict(id, runs)));
        return new Validation(name, runs, checks, List.copyOf(problems), List.copyOf(notes));
    }

    /** A run of {@code cells}: on the pool when concurrent, else done here before this returns. */
    private Future<NotebookRun> start(ExecutorService pool, List<CellToRun> cells) throws InterruptedException {
        return concurrent ? pool.submit(() -> runner.run(cells)) : CompletableFuture.completedFuture(runner.run(cells));
    }

    /** The run's result, waiting at most as long as its cells could take with every restart. */
    private static Optional<NotebookRun> await(Future<NotebookRun> run, List<CellToRun> cells, Set<String> problems)
            throws InterruptedException {
        Duration bound = NotebookRunner.START_TIMEOUT.multipliedBy(2);
        for (CellToRun cell : cells) {
            bound = bound.plus(cell.timeout().plus(NotebookRunner.KILL_GRACE).plusSeconds(10).multipliedBy(2));
        }
        try {
            return Optional.of(run.get(bound.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            problems.add("Running the notebook failed inside Threadlab (" + e.getCause() + "); this is a bug in Threadlab.");
        } catch (TimeoutException e) {
            run.cancel(true);
            problems.add("A run of the notebook took longer than " + bound.toSeconds() + " s, more than its cells'"
                    + " timeouts allow; validation stopped.");
        }
        return Optional.empty();
    }

    private static void record(Map<String, Tally> tallies, List<CheckScore> scores, boolean solution) {
        for (CheckScore score : scores) {
            Tally tally = tallies.get(score.id());
            if (tally != null) { // a check only the student version has is no check of the lesson
                tally.add(score, solution);
            }
        }
    }

    /** What one check did over the runs. Confined to the validating thread. */
    private static final class Tally {
        private final double points;
        private int sourcePassed;
        private int studentFailed;
        private final Set<String> sourceWhy = new LinkedHashSet<>();
        private final Set<String> studentWhy = new LinkedHashSet<>();
        /** The requirements each version reported, "name (points)", once per distinct list. */
        private final Set<List<String>> sourceRequirements = new LinkedHashSet<>();
        private final Set<List<String>> studentRequirements = new LinkedHashSet<>();

        Tally(double points) {
            this.points = points;
        }

        void add(CheckScore score, boolean solution) {
            if (!score.checks().isEmpty()) {
                (solution ? sourceRequirements : studentRequirements).add(score.checks().stream()
                        .map(i -> i.name() + " (" + Scoring.number(i.max()) + ")").toList());
            }
            if (solution) {
                if (score.status() == CheckStatus.PASSED) {
                    sourcePassed++;
                } else {
                    sourceWhy.add(score.status().label() + ": " + firstLine(score.message()));
                }
            } else if (score.status() == CheckStatus.FAILED || score.status() == CheckStatus.TIMED_OUT) {
                studentFailed++;
            } else {
                studentWhy.add(score.status().label() + (score.message().isBlank() ? "" : ": " + firstLine(score.message())));
            }
        }

        private static String firstLine(String text) {
            return text.lines().findFirst().orElse("");
        }

        CheckValidation verdict(String id, int runs) {
            // What is wrong with the check itself first: it often explains why the solution never passed.
            List<String> problems = new ArrayList<>(requirementProblems());
            if (sourcePassed < runs) {
                problems.add((sourcePassed == 0 ? "the solution never passed" : "flaky: the solution passed only "
                        + sourcePassed + " of " + runs + " runs") + " (" + String.join("; ", sourceWhy) + ")"
                        + (runs > 1 && sourcePassed == 1 ? ". Runs after the first run only the set-up, answer and"
                        + " check cells: if the check needs something a demo cell makes, move that into the"
                        + " lesson's set-up cell." : ""));
            }
            if (studentFailed < runs) {
                problems.add((studentFailed == 0 ? "the stubs never failed it" : "flaky: the stubs failed it in only "
                        + studentFailed + " of " + runs + " runs") + " (" + String.join("; ", studentWhy) + ")");
            }
            return new CheckValidation(id, runs, sourcePassed, studentFailed, problems);
        }

        /** The learner's notebook must show the requirements and the maximum that the grade uses. */
        private List<String> requirementProblems() {
            List<String> problems = new ArrayList<>();
            if (sourceRequirements.size() > 1 || studentRequirements.size() > 1) {
                problems.add("its requirements differ from run to run (" + sourceRequirements + ", " + studentRequirements
                        + "); declare the same c.that(...) every time");
            }
            if (sourceRequirements.isEmpty()) {
                return problems;
            }
            List<String> source = sourceRequirements.iterator().next();
            if (!studentRequirements.isEmpty() && !studentRequirements.contains(source)) {
                problems.add("the learner's notebook shows other requirements than the grade uses: the source reports "
                        + source + ", the student version " + studentRequirements.iterator().next() + ". Hidden tests "
                        + "re-test a requirement inside its body and add none (see docs/exercises.md)");
            }
            double sum = source.stream().mapToDouble(Tally::pointsOf).sum();
            if (Math.abs(sum - points) > 1e-9) {
                problems.add("its requirements add up to " + Scoring.number(sum) + " points but its nbgrader points are "
                        + Scoring.number(points) + "; make them the same, so the notebook shows the maximum the grade uses");
            }
            return problems;
        }

        private static double pointsOf(String requirement) {
            int open = requirement.lastIndexOf(" (");
            return Double.parseDouble(requirement.substring(open + 2, requirement.length() - 1));
        }
    }
}
