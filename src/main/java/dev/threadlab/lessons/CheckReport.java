package dev.threadlab.lessons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check cell reported about itself as {@value #MIME_TYPE} (docs/exercises.md):
 * {@code {"id", "points", "max", "passed", "checks": [{"name", "points", "max", "status", "message"}]}}.
 *
 * <p>Read defensively: the report is produced by user-visible code and may be missing, malformed or
 * encoded twice (a JSON string holding the JSON text); anything unreadable counts as no report.
 *
 * @param id     the check cell's grade id, or empty when the report has none
 * @param checks the sub-checks
 */
public record CheckReport(String id, List<SubCheck> checks) {

    /** The MIME type a check cell emits its result as. */
    public static final String MIME_TYPE = "application/vnd.threadlab.check+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CheckReport {
        Objects.requireNonNull(id, "id");
        checks = List.copyOf(checks);
    }

    /**
     * The report for {@code gradeId} among {@code bundles} (displays, then the result): the last one with
     * that id, else the last readable one, else empty.
     */
    static Optional<CheckReport> find(String gradeId, List<MimeBundle> bundles) {
        CheckReport last = null;
        CheckReport matching = null;
        for (MimeBundle bundle : bundles) {
            String value = bundle == null ? null : bundle.data().get(MIME_TYPE);
            Optional<CheckReport> report = value == null ? Optional.empty() : parse(value);
            if (report.isPresent()) {
                last = report.get();
                if (last.id().equals(gradeId)) {
                    matching = last;
                }
            }
        }
        return Optional.ofNullable(matching != null ? matching : last);
    }

    /** The report in {@code json}, or empty when it is not a readable report. */
    static Optional<CheckReport> parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root != null && root.isTextual()) {
                root = JSON.readTree(root.textValue());
            }
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            List<SubCheck> checks = new ArrayList<>();
            for (JsonNode check : root.path("checks")) {
                if (check.isObject()) {
                    checks.add(new SubCheck(check.path("name").asText(""), check.path("points").asDouble(0),
                            check.path("max").asDouble(0), check.path("status").asText(""),
                            check.path("message").asText("")));
                }
            }
            return Optional.of(new CheckReport(root.path("id").asText(""), checks));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
