package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one check cell reported, and the one definition of its {@value #MIME_TYPE} JSON: the toolkit's {@code
 * Check.cell} writes it ({@link #json()}) in the engine JVM, sends it to the kernel as the cell's genuine
 * report and displays it; the kernel reads it ({@link #parse}) to record progress, and {@code grade} scores
 * from it. The format, version {@value #VERSION} (see {@code docs/exercises.md}):
 * <pre>{"id", "points", "max", "passed", "checks": [{"name", "points", "max", "status", "message"}], "version"}</pre>
 * {@code status} is {@code passed}, {@code failed} or {@code timed_out}. Immutable.
 *
 * @param id     the check cell's id (its nbgrader {@code grade_id}): letters, digits, {@code -} and {@code _}
 * @param points points earned, 0 ≤ points ≤ max
 * @param max    points available
 * @param passed whether every check in the cell passed
 * @param checks the individual checks, in the order they ran
 */
public record CheckReport(String id, double points, double max, boolean passed, List<Item> checks) {

    /** The MIME type of a check cell's report. */
    public static final String MIME_TYPE = "application/vnd.threadlab.check+json";
    /**
     * The version {@link #json()} writes. A report without one is version 1; one from a newer toolkit is read
     * by the fields this version knows.
     */
    public static final int VERSION = 1;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    public CheckReport {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a check id uses letters, digits, '-' and '_' only, was '" + id + "'");
        }
        if (max < 0 || points < 0 || points > max) {
            throw new IllegalArgumentException("points must be within 0.." + max + ", was " + points);
        }
        checks = List.copyOf(checks);
    }

    /** How one check ended. */
    public enum Status {
        PASSED, FAILED, TIMED_OUT;

        /** The status as the JSON writes it: {@code passed}, {@code failed}, {@code timed_out}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status {@code label} names; any other label (a newer toolkit's) is read as failed. */
        public static Status of(String label) {
            for (Status status : values()) {
                if (status.label().equals(label)) {
                    return status;
                }
            }
            return FAILED;
        }
    }

    /** One check of a check cell; {@code message} is empty when it passed (and when null is given). */
    public record Item(String name, double points, double max, Status status, String message) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            message = message == null ? "" : message;
        }
    }

    /** The report carried by {@code bundle}, if it is a check cell's display. */
    public static Optional<CheckReport> from(MimeBundle bundle) {
        String json = bundle.data().get(MIME_TYPE);
        return json == null ? Optional.empty() : Optional.of(parse(json));
    }

    /** The {@value #MIME_TYPE} JSON of this report, on one line, fields in the order the class comment shows. */
    public String json() {
        StringBuilder out = new StringBuilder("{\"id\":");
        Json.quote(out, id).append(",\"points\":").append(number(points))
                .append(",\"max\":").append(number(max))
                .append(",\"passed\":").append(passed)
                .append(",\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            Item item = checks.get(i);
            Json.quote(out.append(i == 0 ? "{" : ",{").append("\"name\":"), item.name())
                    .append(",\"points\":").append(number(item.points()))
                    .append(",\"max\":").append(number(item.max()))
                    .append(",\"status\":\"").append(item.status().label()).append('"');
            Json.quote(out.append(",\"message\":"), item.message()).append('}');
        }
        return out.append("],\"version\":").append(VERSION).append('}').toString();
    }

    /**
     * Reads the JSON text of a report. Lenient where a report from another toolkit version may differ: a
     * missing {@code passed} means all points earned, a missing {@code message} is empty, an unknown status
     * is failed.
     *
     * @throws IllegalArgumentException when the text is not a report, naming what is missing
     */
    public static CheckReport parse(String json) {
        Object root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a check report must be JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> report)) {
            throw new IllegalArgumentException("a check report must be a JSON object, was: " + json);
        }
        List<Item> items = new ArrayList<>();
        if (report.get("checks") instanceof List<?> checks) {
            for (Object check : checks) {
                Map<?, ?> fields = check instanceof Map<?, ?> map ? map : Map.of();
                items.add(new Item(text(fields, "name"), number(fields, "points"), number(fields, "max"),
                        Status.of(text(fields, "status")),
                        fields.get("message") instanceof String message ? message : ""));
            }
        }
        Object passed = report.get("passed");
        if (passed != null && !(passed instanceof Boolean)) {
            throw new IllegalArgumentException("a check report's \"passed\" must be true or false");
        }
        double points = number(report, "points");
        double max = number(report, "max");
        return new CheckReport(text(report, "id"), points, max, passed == null ? points >= max : (Boolean) passed,
                items);
    }

    /** {@code 3} for whole numbers, else the shortest decimal that reads back the same: valid JSON and readable. */
    public static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    private static String text(Map<?, ?> fields, String field) {
        if (!(fields.get(field) instanceof String value)) {
            throw new IllegalArgumentException("a check report needs a text \"" + field + "\"");
        }
        return value;
    }

    private static double number(Map<?, ?> fields, String field) {
        if (!(fields.get(field) instanceof Double value)) {
            throw new IllegalArgumentException("a check report needs a number \"" + field + "\"");
        }
        return value;
    }
}
