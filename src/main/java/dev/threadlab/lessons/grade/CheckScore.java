package dev.threadlab.lessons.grade;

import dev.threadlab.wire.CheckReport;
import java.util.List;
import java.util.Objects;

/**
 * The grade of one check cell.
 *
 * @param id      the cell's {@code grade_id}
 * @param points  points earned, between 0 and {@code max}
 * @param max     the cell's {@code nbgrader.points}
 * @param status  how it was graded
 * @param message why it lost points (the error's message); empty when it passed
 * @param checks  the cell's own per-check report when it emitted one, else empty
 */
public record CheckScore(String id, double points, double max, CheckStatus status, String message,
        List<CheckReport.Item> checks) {
    public CheckScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        checks = List.copyOf(checks);
        if (points < 0 || points > max) {
            throw new IllegalArgumentException("points must be between 0 and max (" + max + "), was " + points);
        }
    }
}
