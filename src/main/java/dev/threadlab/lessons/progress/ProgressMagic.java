package dev.threadlab.lessons.progress;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.LineMagic;
import dev.threadlab.interpreter.Output;
import dev.threadlab.lessons.progress.ProgressStore.CheckProgress;
import dev.threadlab.toolkit.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code %progress}: the whole course, lesson by lesson (exercises passed of all, points) with what to do
 * next, when the installed lessons are known; then the checks this learner has run, with their best score
 * and when they last ran.
 */
public final class ProgressMagic implements LineMagic {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ProgressStore store;
    private final ZoneId zone;
    private final Optional<Path> course;

    /** Shows what {@code store} holds, with times in {@code zone}, without the course's lessons. */
    public ProgressMagic(ProgressStore store, ZoneId zone) {
        this(store, zone, Optional.empty());
    }

    /**
     * Shows what {@code store} holds, with times in {@code zone}, against the lessons in {@code course} (the
     * installed student notebooks), read each time so that a newly installed course shows at once.
     */
    public ProgressMagic(ProgressStore store, ZoneId zone, Optional<Path> course) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.course = Objects.requireNonNull(course, "course");
    }

    @Override
    public String name() {
        return "%progress";
    }

    @Override
    public String help() {
        return "show which exercise checks you have passed, lesson by lesson";
    }

    @Override
    public ExecuteOutcome run(String argument, Output output) {
        if (!argument.isEmpty()) {
            return new ExecuteOutcome.Failed("UsageError",
                    "%progress takes no arguments, was '" + argument + "'. Type %progress on its own.", List.of());
        }
        List<CheckProgress> all = store.all();
        List<CourseMap.Lesson> lessons = lessons();
        if (!lessons.isEmpty()) {
            output.display(courseTable(CourseProgress.of(lessons, all)).mimeBundle(), null);
        }
        if (all.isEmpty()) {
            output.stdout("No checks run yet. Write an exercise, then run the check cell below it; "
                    + "your results are kept in " + store.file() + ".\n");
            return new ExecuteOutcome.Ok(null);
        }
        List<List<?>> rows = new ArrayList<>();
        int passed = 0;
        for (CheckProgress check : all) {
            passed += check.passed() ? 1 : 0;
            rows.add(List.of(lesson(check.id()), check.id(), check.passed() ? "✓ passed" : "✗ not yet",
                    points(check.best()) + " / " + points(check.max()), check.attempts(),
                    WHEN.format(check.lastRun().atZone(zone))));
        }
        Table table = Table.of(List.of("lesson", "check", "result", "best", "runs", "last run"), rows)
                .withCaption(passed + " of " + all.size() + " checks you have run are passed. Kept in "
                        + store.file() + ".");
        output.display(table.mimeBundle(), null);
        return new ExecuteOutcome.Ok(null);
    }

    /** The course's lessons, or none when they are not known or cannot be read (the checks run still show). */
    private List<CourseMap.Lesson> lessons() {
        if (course.isEmpty()) {
            return List.of();
        }
        try {
            return CourseMap.list(course.get(), new ArrayList<>());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** One row per lesson: exercises passed of all, points of the lesson's, and the next thing to do. */
    private static Table courseTable(CourseProgress progress) {
        List<List<?>> rows = new ArrayList<>();
        for (CourseProgress.Row row : progress.rows()) {
            int total = row.lesson().exercises().size();
            rows.add(List.of(row.lesson().number(), row.lesson().title(),
                    total == 0 ? "—" : (row.passed() == total ? "✓ " : "") + row.passed() + " of " + total,
                    total == 0 ? "—" : points(row.points()) + " / " + points(row.lesson().maxPoints())));
        }
        return Table.of(List.of("lesson", "title", "exercises passed", "points"), rows)
                .withCaption("The course: " + points(progress.points()) + " of " + points(progress.maxPoints())
                        + " points. " + progress.next().orElse(""));
    }

    /** {@code l01-run-all-check} belongs to lesson {@code 01}; ids without that prefix show as "—". */
    static String lesson(String id) {
        return id.matches("l\\d{2}-.*") ? id.substring(1, 3) : "—";
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
