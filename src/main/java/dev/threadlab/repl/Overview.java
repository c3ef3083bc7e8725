package dev.threadlab.repl;

import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.lessons.progress.CourseProgress;
import dev.threadlab.lessons.progress.CourseProgress.Row;
import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.repl.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The list of lessons with the learner's progress in each (exercises passed, points) and what to do
 * next, from the same progress store {@code %progress} reads. Immutable after construction.
 */
final class Overview {

    private final List<Row> rows;
    private final Optional<String> next;

    private Overview(CourseProgress progress) {
        this.rows = progress.rows();
        this.next = progress.next();
    }

    /** The overview of {@code lessons} with what {@code store} recorded. */
    static Overview of(List<Lesson> lessons, ProgressStore store) {
        return new Overview(CourseProgress.of(lessons, store.all()));
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
