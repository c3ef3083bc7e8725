package dev.threadlab.repl;

import dev.threadlab.lessons.ProgressStore;
import dev.threadlab.lessons.ProgressStore.CheckProgress;
import dev.threadlab.repl.Course.Exercise;
import dev.threadlab.repl.Course.Lesson;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The list of lessons with the learner's progress in each (exercises passed, points) and what to do
 * next, from the same progress store {@code %progress} reads. Immutable after construction.
 */
final class Overview {

    /** One lesson's line: how many of its checks are passed and the best points earned. */
    record Row(Lesson lesson, int passed, double points) {}

    private final List<Row> rows;
    private final Optional<String> next;

    private Overview(List<Row> rows, Optional<String> next) {
        this.rows = rows;
        this.next = next;
    }

    /** The overview of {@code lessons} with what {@code store} recorded. */
    static Overview of(List<Lesson> lessons, ProgressStore store) {
        Map<String, CheckProgress> progress = store.all().stream()
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
        return new Overview(rows, Optional.ofNullable(next));
    }

    List<Row> rows() {
        return rows;
    }

    Optional<String> next() {
        return next;
    }

    /** The table, {@code selected} (or -1) marked with ▸. */
    List<AttributedString> lines(Theme theme, int selected, int width) {
        int titleWidth = Math.max(10, Math.min(48, width - 30));
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(String.format("   %-4s %-" + titleWidth + "s %-9s %s", "#", "lesson", "passed", "points"),
                theme.style(Role.DIM)));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int total = row.lesson().exercises().size();
            String title = row.lesson().title();
            if (title.length() > titleWidth) {
                title = title.substring(0, titleWidth - 1) + "…";
            }
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.styled(theme.style(Role.KEY), i == selected ? " ▸ " : "   ");
            line.append(String.format("%-4s %-" + titleWidth + "s ", row.lesson().number(), title));
            String passed = total == 0 ? "—" : row.passed() + " of " + total;
            line.styled(theme.style(total > 0 && row.passed() == total ? Role.PASSED : Role.DIM), String.format("%-9s", passed));
            line.append(" ").append(total == 0 ? "" : CellText.points(row.points()).replace(" points", "").replace(" point", "")
                    + " / " + CellText.points(row.lesson().maxPoints()));
            lines.add(line.toAttributedString());
        }
        return lines;
    }
}
