package dev.threadlab.lessons.grade;

import dev.threadlab.lessons.run.CapturedOutput;
import dev.threadlab.lessons.run.CellOutcome;
import dev.threadlab.lessons.run.CellResult;
import dev.threadlab.lessons.run.NotebookRunner;
import dev.threadlab.wire.CheckReport;
import java.util.List;
import java.util.Optional;

/**
 * Points for a check cell, from its genuine check report alone: the report that {@code Check.cell} sent
 * over the engine's own connection while that cell ran, for that cell's {@code grade_id}, with the source's
 * points as the maximum. What the cell printed or displayed never counts, so neither a value nor output
 * that looks like a report can raise a score. Stateless.
 *
 * <table>
 *   <caption>How a check cell is scored</caption>
 *   <tr><th>the cell</th><th>points</th></tr>
 *   <tr><td>ended normally, with its report</td><td>the report's points, at most the source's</td></tr>
 *   <tr><td>ended in {@code CheckFailed}, with its report</td><td>0, with the feedback and the report's per-check details</td></tr>
 *   <tr><td>ended without its report (or with a report for another check)</td><td>0</td></tr>
 *   <tr><td>ended in another error (even after its report)</td><td>0</td></tr>
 *   <tr><td>did not finish in time, or never ran</td><td>0</td></tr>
 * </table>
 *
 * <p>nbgrader, which sees only outputs, gives the same points to an honest notebook: a check cell that earns
 * points ends with them as its value, and one that fails ends in an error, which nbgrader scores 0 (so a
 * {@code CheckFailed} is 0 here too, whatever its report says; see docs/grading.md).
 */
public final class Scoring {

    /** The ename of a check cell whose checks failed: a normal failure, scored from its report. */
    static final String CHECK_FAILED = "CheckFailed";

    private Scoring() {}

    /** The grade of check cell {@code id} worth {@code max} points (the source's), which ran as {@code result}. */
    public static CheckScore score(String id, double max, CellResult result) {
        List<CapturedOutput.Report> sent = result.output().reports();
        Optional<CapturedOutput.Report> own = sent.stream().filter(r -> r.id().equals(id)).reduce((a, b) -> b);
        Optional<CheckReport> report = own.flatMap(r -> read(r.json()).filter(parsed -> parsed.id().equals(id)));
        List<CheckReport.Item> checks = report.map(CheckReport::checks).orElse(List.of());
        return switch (result.outcome()) {
            case CellOutcome.NotRun n -> notRun(id, max, n.reason());
            case CellOutcome.TimedOut t -> new CheckScore(id, 0, max, CheckStatus.TIMED_OUT,
                    "The check did not finish within " + NotebookRunner.seconds(t.limit())
                            + " and was stopped. Look for a thread that never ends or a wait without a timeout.",
                    checks);
            // The error's own line points at the table the learner saw; a teacher reads what failed instead.
            case CellOutcome.Errored e when e.ename().equals(CHECK_FAILED) && report.isPresent() ->
                    new CheckScore(id, 0, max, CheckStatus.FAILED, "The check earned no points." + failures(checks),
                            checks);
            case CellOutcome.Errored e when e.ename().equals(CHECK_FAILED) -> new CheckScore(id, 0, max,
                    CheckStatus.FAILED, e.evalue() + withoutReport(id, sent, own.isPresent()), List.of());
            case CellOutcome.Errored e -> new CheckScore(id, 0, max, CheckStatus.FAILED,
                    e.ename() + ": " + e.evalue() + (report.isPresent()
                            ? " (The check cell ended in this error after its checks had run, so they do not count.)"
                            : ""), checks);
            case CellOutcome.Completed c -> report.map(r -> fromReport(id, max, r))
                    .orElseGet(() -> new CheckScore(id, 0, max, CheckStatus.FAILED,
                            "The check cell ended without running its checks" + withoutReport(id, sent, own.isPresent()),
                            List.of()));
        };
    }

    /** The grade of check cell {@code id} that never ran, for {@code reason}. */
    public static CheckScore notRun(String id, double max, String reason) {
        return new CheckScore(id, 0, max, CheckStatus.NOT_RUN, "The check did not run: " + reason, List.of());
    }

    /** Points from the genuine report of a cell that ended normally, capped at the source's {@code max}. */
    private static CheckScore fromReport(String id, double max, CheckReport report) {
        double points = Math.max(0, Math.min(report.points(), max));
        List<CheckReport.Item> checks = report.checks();
        if (points >= max && max > 0) {
            return new CheckScore(id, max, max, CheckStatus.PASSED, "", checks);
        }
        if (points > 0) {
            return new CheckScore(id, points, max, CheckStatus.PARTIAL, "The check earned " + number(points) + " of "
                    + number(max) + " points." + failures(checks), checks);
        }
        return new CheckScore(id, 0, max, CheckStatus.FAILED, "The check earned no points." + failures(checks), checks);
    }

    /** Why a cell without its own report earned nothing, as the end of a sentence. */
    private static String withoutReport(String id, List<CapturedOutput.Report> sent, boolean unreadable) {
        if (unreadable) {
            return ". Its check report could not be read, so nothing was scored.";
        }
        List<String> others = sent.stream().map(CapturedOutput.Report::id).distinct().toList();
        return ". No check report for " + id + " arrived while the cell ran"
                + (others.isEmpty() ? "" : " (only for " + String.join(", ", others) + ")")
                + ", so nothing was scored: points come only from the report Check.cell sends.";
    }

    private static Optional<CheckReport> read(String json) {
        try {
            return Optional.of(CheckReport.parse(json));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String failures(List<CheckReport.Item> checks) {
        List<String> failed = checks.stream()
                .filter(c -> c.status() != CheckReport.Status.PASSED)
                .map(c -> c.name() + (c.message().isBlank() ? "" : ": " + c.message()))
                .toList();
        return failed.isEmpty() ? "" : " Not passed: " + String.join("; ", failed);
    }

    /** {@code 3} for 3.0, {@code 2.5} for 2.5. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(Math.round(value * 100) / 100.0);
    }
}
