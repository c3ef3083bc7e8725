package dev.threadlab.lessons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.display.MimeBundle;
import java.util.List;
import java.util.Optional;

/**
 * Finds a check cell's {@link CheckReport} among what the cell displayed, for grading. Defensive: the
 * display comes from code a learner ran, so a missing, malformed or twice-encoded report (a JSON string
 * holding the JSON text) is read as well as it can be, and anything unreadable counts as no report.
 * Stateless.
 */
final class CheckReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckReports() {}

    /**
     * The report of {@code gradeId} among {@code bundles} (displays, then the result): the last readable one
     * with that id, else the last readable one, else empty.
     */
    static Optional<CheckReport> find(String gradeId, List<MimeBundle> bundles) {
        CheckReport last = null;
        CheckReport matching = null;
        for (MimeBundle bundle : bundles) {
            Object value = bundle == null ? null : bundle.data().get(CheckReport.MIME_TYPE);
            Optional<CheckReport> report = value == null ? Optional.empty() : read(value.toString());
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
    static Optional<CheckReport> read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            String text = root != null && root.isTextual() ? root.textValue() : json;
            return Optional.of(CheckReport.parse(text));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
