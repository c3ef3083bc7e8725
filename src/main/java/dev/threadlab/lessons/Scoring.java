package dev.threadlab.lessons;

import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Points for a check cell from how it ran, the way nbgrader scores a graded cell: an error gives 0; a
 * value whose text parses as a number gives that many points (at most the maximum, at least 0); any
 * other end gives full points. Unlike nbgrader, a cell that did not run or did not finish is never
 * passed. Stateless.
 */
public final class Scoring {

    /** What Python's {@code float()} accepts, which is what nbgrader uses to read a partial score. */
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern PYTHON_FLOAT = Pattern.compile("[+-]?(?:(?:" + DIGITS + "\\.?(?:" + DIGITS + ")?|\\."
            + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private Scoring() {}

    /** The grade of check cell {@code id} worth {@code max} points, which ran as {@code result}. */
    public static CheckScore score(String id, double max, CellResult result) {
        List<MimeBundle> bundles = new ArrayList<>(result.output().displays());
        if (result.outcome() instanceof CellOutcome.Completed(MimeBundle value) && value != null) {
            bundles.add(value);
        }
        List<CheckReport.Item> checks = CheckReports.find(id, bundles).map(CheckReport::checks).orElse(List.of());
        return switch (result.outcome()) {
            case CellOutcome.Errored e -> new CheckScore(id, 0, max, CheckStatus.FAILED, e.evalue(), checks);
            case CellOutcome.TimedOut t -> new CheckScore(id, 0, max, CheckStatus.TIMED_OUT,
                    "The check did not finish within " + NotebookRunner.seconds(t.limit())
                            + " and was stopped. Look for a thread that never ends or a wait without a timeout.",
                    checks);
            case CellOutcome.NotRun n -> notRun(id, max, n.reason());
            case CellOutcome.Completed c -> completed(id, max, bundles, checks);
        };
    }

    /** The grade of check cell {@code id} that never ran, for {@code reason}. */
    public static CheckScore notRun(String id, double max, String reason) {
        return new CheckScore(id, 0, max, CheckStatus.NOT_RUN, "The check did not run: " + reason, List.of());
    }

    private static CheckScore completed(String id, double max, List<MimeBundle> bundles, List<CheckReport.Item> checks) {
        OptionalDouble value = partialScore(bundles);
        if (value.isEmpty()) {
            return new CheckScore(id, max, max, CheckStatus.PASSED, "", checks);
        }
        double points = Math.max(0, Math.min(value.getAsDouble(), max));
        if (Double.isNaN(value.getAsDouble()) || points == 0) {
            return new CheckScore(id, 0, max, CheckStatus.FAILED, "The check earned no points." + failures(checks), checks);
        }
        if (points >= max) {
            return new CheckScore(id, max, max, CheckStatus.PASSED, "", checks);
        }
        return new CheckScore(id, points, max, CheckStatus.PARTIAL,
                "The check earned " + number(points) + " of " + number(max) + " points." + failures(checks), checks);
    }

    /** The first output's text/plain that reads as a number, as nbgrader looks for one. */
    static OptionalDouble partialScore(List<MimeBundle> bundles) {
        for (MimeBundle bundle : bundles) {
            Optional<Double> value = parseFloat(bundle.data().get(MimeBundle.TEXT_PLAIN));
            if (value.isPresent()) {
                return OptionalDouble.of(value.get());
            }
        }
        return OptionalDouble.empty();
    }

    /** {@code text} as Python's {@code float()} reads it, or empty. */
    static Optional<Double> parseFloat(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (!PYTHON_FLOAT.matcher(stripped).matches()) {
            return Optional.empty();
        }
        String plain = stripped.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (plain.endsWith("inf") || plain.endsWith("infinity")) {
            return Optional.of(plain.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (plain.endsWith("nan")) {
            return Optional.of(Double.NaN);
        }
        return Optional.of(Double.parseDouble(plain));
    }

    private static String failures(List<CheckReport.Item> checks) {
        List<String> failed = checks.stream()
                .filter(c -> c.status() != CheckReport.Status.PASSED)
                .map(c -> c.name() + (c.message().isBlank() ? "" : ": " + c.message()))
                .toList();
        return failed.isEmpty() ? "" : " Not passed: " + String.join("; ", failed);
    }

    /** {@code 3} for 3.0, {@code 2.5} for 2.5. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(Math.round(value * 100) / 100.0);
    }
}
