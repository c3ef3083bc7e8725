package dev.threadlab.lessons.progress;

import dev.threadlab.lessons.progress.CourseMap.Exercise;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.lessons.progress.ProgressStore.CheckProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's progress through the whole course: per lesson, the exercises passed and the points earned
 * (from the progress store), and the first exercise not passed yet. Immutable.
 *
 * @param rows one per lesson, in the course's order
 * @param next what to do next ("Next: lesson 02, …"), or that everything is passed; empty without lessons
 */
public record CourseProgress(List<Row> rows, Optional<String> next) {

    /** One lesson: how many of its exercises are passed, and the points earned in them. */
    public record Row(Lesson lesson, int passed, double points) {}

    public CourseProgress {
        rows = List.copyOf(rows);
    }

    /** The progress through {@code lessons} that {@code recorded} shows. */
    public static CourseProgress of(List<Lesson> lessons, List<CheckProgress> recorded) {
        Map<String, CheckProgress> progress = recorded.stream()
                .collect(Collectors.toMap(CheckProgress::id, Function.identity(), (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        String next = null;
        for (Lesson lesson : lessons) {
            int passed = 0;
            double points = 0;
            for (Exercise exercise : lesson.exercises()) {
                CheckProgress p = progress.get(exercise.checkId());
                if (p != null) {
                    // a passed check counts its cell's points, as a grader that agrees would give them
                    passed += p.passed() ? 1 : 0;
                    points += p.passed() ? exercise.points() : Math.min(exercise.points(), p.best());
                }
                if (next == null && (p == null || !p.passed())) {
                    next = "Next: lesson " + lesson.number() + ", " + (exercise.title().isEmpty()
                            ? exercise.checkId() : exercise.title()) + ".";
                }
            }
            rows.add(new Row(lesson, passed, points));
        }
        if (next == null && !lessons.isEmpty()) {
            next = "Every exercise is passed. Well done! Open any lesson to try things again.";
        }
        return new CourseProgress(rows, Optional.ofNullable(next));
    }

    /** The points earned in the whole course. */
    public double points() {
        return rows.stream().mapToDouble(Row::points).sum();
    }

    /** The points the whole course offers. */
    public double maxPoints() {
        return rows.stream().mapToDouble(r -> r.lesson().maxPoints()).sum();
    }
}
