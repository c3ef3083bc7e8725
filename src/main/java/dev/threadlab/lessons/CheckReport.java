package dev.threadlab.lessons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one check cell reported: the {@value #MIME_TYPE} JSON that {@code Check.cell} sends to the kernel
 * as its genuine report (and displays; see {@code docs/exercises.md}). The kernel records it as progress;
 * {@code grade} scores from it. Immutable.
 *
 * @param id     the check cell's id (its nbgrader {@code grade_id})
 * @param points points earned, 0 ≤ points ≤ max
 * @param max    points available
 * @param passed whether every check in the cell passed
 * @param checks the individual checks, in the order they ran
 */
public record CheckReport(String id, double points, double max, boolean passed, List<Item> checks) {

    /** The MIME type of a check cell's report. */
    public static final String MIME_TYPE = "application/vnd.threadlab.check+json";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

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
    public enum Status { PASSED, FAILED, TIMED_OUT }

    /** One check of a check cell; {@code message} is empty when it passed. */
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

    /**
     * Reads the JSON text of a report.
     *
     * @throws IllegalArgumentException when the text is not a report, naming what is missing
     */
    public static CheckReport parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a check report must be JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a check report must be a JSON object, was: " + json);
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode check : root.path("checks")) {
            items.add(new Item(text(check, "name"), number(check, "points"), number(check, "max"),
                    status(text(check, "status")), check.path("message").asText("")));
        }
        JsonNode passed = root.get("passed");
        if (passed != null && !passed.isBoolean()) {
            throw new IllegalArgumentException("a check report's \"passed\" must be true or false");
        }
        double points = number(root, "points");
        double max = number(root, "max");
        return new CheckReport(text(root, "id"), points, max, passed == null ? points >= max : passed.asBoolean(),
                items);
    }

    /** {@code passed}, {@code failed}, {@code timed_out}; any other status (a newer toolkit's) as failed. */
    private static Status status(String text) {
        try {
            return Status.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Status.FAILED;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a check report needs a text \"" + field + "\"");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("a check report needs a number \"" + field + "\"");
        }
        return value.asDouble();
    }
}
