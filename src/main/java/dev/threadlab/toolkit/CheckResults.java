package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.CheckReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one check cell's requirements, shown as a table (text and HTML) and as the {@link
 * CheckReport} JSON the kernel reads (its one definition is {@link CheckReport}). The HTML table
 * has no heading: the cell's {@link Score} (or its {@link CheckFailed} line) follows it and says the score.
 * The text table keeps a caption with the score, since the text of the score is the number alone. Immutable.
 *
 * <p>{@code notes} follow the table: what the answer's code left when the requirements ended (executors the
 * check ended the threads of, threads it could not end; see {@link LeftBehind}), once for the cell. They change no score.
 *
 * @param id      the check cell's id (its nbgrader {@code grade_id})
 * @param results every requirement in the order it ran
 * @param notes   sentences shown below the table, none usually
 */
record CheckResults(String id, List<Checks.Result> results, List<String> notes) implements Displayable {

    /** Longest message in the text table, so that it fits a terminal; the whole text follows the table. */
    private static final int TEXT_MESSAGE = 60;

    CheckResults {
        Objects.requireNonNull(id, "id");
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** Results without notes. */
    CheckResults(String id, List<Checks.Result> results) {
        this(id, results, List.of());
    }

    double points() {
        return results.stream().mapToDouble(Checks.Result::earned).sum();
    }

    double max() {
        return results.stream().mapToDouble(Checks.Result::points).sum();
    }

    /** Every check passed, and there was at least one (a cell without checks proves nothing). */
    boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(r -> r.verdict().passed());
    }

    /**
     * The message of the {@link CheckFailed} of a cell that earned nothing: one short line that points at
     * the table, where each failed requirement says what the check saw.
     */
    String failureLine() {
        if (results.isEmpty()) {
            return "No checks ran: the check cell declared no requirement.";
        }
        String score = number(points()) + " of " + number(max()) + " points: ";
        if (results.getFirst().verdict() instanceof Verdict.NotRun notRun
                && results.stream().allMatch(r -> r.verdict() instanceof Verdict.NotRun)) {
            return number(points()) + " of " + number(max()) + " points. " + notRun.message();
        }
        boolean unwritten = results.stream().map(Checks.Result::verdict)
                .allMatch(v -> v.passed() || v instanceof Verdict.Failed f && f.unwritten());
        return score + (unwritten ? "the answer is not written yet (see the ✗ rows above)."
                : "see the ✗ rows above for what the check saw and what to change.");
    }

    /** One line per failed check, {@code name: message}, the most useful first (see {@link Verdict#rank()}). */
    String feedback() {
        List<String> lines = new ArrayList<>();
        results.stream().filter(r -> !r.verdict().passed())
                .filter(r -> !r.verdict().message().equals(Checks.AS_THE_FIRST_ROW_SAYS))
                .sorted(Comparator.comparingInt(r -> r.verdict().rank()))
                .forEach(r -> lines.add(r.name() + ": " + oneLine(r.verdict().message())));
        return lines.isEmpty() ? "No checks ran: the check cell declared none." : String.join("\n", lines);
    }

    @Override
    public MimeBundle mimeBundle() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.TEXT_PLAIN, text());
        data.put("text/html", html());
        data.put(CheckReport.MIME_TYPE, json());
        return new MimeBundle(data, Map.of());
    }

    private String caption() {
        return (passed() ? "✓ " : points() > 0 ? "" : "✗ ") + id + ": " + number(points()) + " of " + number(max())
                + " points";
    }

    /** The table, messages cut to {@value #TEXT_MESSAGE} characters; then the whole feedback if one was cut. */
    private String text() {
        List<List<Object>> rows = new ArrayList<>();
        boolean cut = false;
        for (Checks.Result r : results) {
            String message = oneLine(r.verdict().message());
            cut |= message.length() > TEXT_MESSAGE;
            rows.add(List.of(r.verdict().passed() ? "✓" : "✗", r.name(),
                    number(r.earned()) + "/" + number(r.points()), Text.truncate(message, TEXT_MESSAGE)));
        }
        String table = Table.of(List.of("", "requirement", "points", "what the check saw"), rows).withCaption(caption())
                .toText();
        String text = cut ? table + "\n" + feedback() : table;
        return notes.isEmpty() ? text : text + "\n" + String.join("\n", notes.stream().map(n -> "⚠ " + n).toList());
    }

    private String html() {
        String cell = "padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top";
        // tex2jax_ignore: feedback names nested classes such as Bank$Account, and MathJax would set the text
        // between two dollars as maths
        StringBuilder out = new StringBuilder("<div class=\"tex2jax_ignore\" style=\"font-family:sans-serif;font-size:13px\">")
                .append("<table style=\"border-collapse:collapse\"><thead><tr>");
        for (String head : List.of("", "requirement", "points", "what the check saw")) {
            out.append("<th style=\"").append(cell).append(";background:#f3f3f3\">").append(head).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (Checks.Result r : results) {
            boolean ok = r.verdict().passed();
            out.append("<tr style=\"background:").append(ok ? "#e6f4ea" : "#fdecea").append("\">")
                    .append("<td style=\"").append(cell).append(";font-weight:bold;color:")
                    .append(ok ? "#1a7f37\">✓" : "#cf222e\">✗").append("</td>")
                    .append("<td style=\"").append(cell).append("\">").append(Text.xml(r.name())).append("</td>")
                    .append("<td style=\"").append(cell).append(";text-align:right\">")
                    .append(number(r.earned())).append('/').append(number(r.points())).append("</td>")
                    .append("<td style=\"").append(cell).append(";white-space:pre-wrap\">")
                    .append(html(r.verdict().message())).append("</td></tr>");
        }
        out.append("</tbody></table>");
        for (String note : notes) {
            out.append("<p style=\"margin:4px 0;color:#9a6700\">⚠ ").append(Text.xml(note)).append("</p>");
        }
        return out.append("</div>").toString();
    }

    /**
     * A message as HTML: its line breaks as {@code <br>}, each line escaped on its own, so that a backslash and
     * an n the message itself holds (advice such as {@code "\\n"}) shows as written, not as a line break.
     */
    private static String html(String message) {
        return java.util.Arrays.stream(message.split("\\R", -1)).map(Text::xml)
                .collect(java.util.stream.Collectors.joining("<br>"));
    }

    /** What the kernel reads: the report in its wire format. */
    CheckReport report() {
        List<CheckReport.Item> items = results.stream().map(r -> new CheckReport.Item(r.name(), r.earned(), r.points(),
                r.verdict().status(), r.verdict().message())).toList();
        return new CheckReport(id, points(), max(), passed(), items);
    }

    /** The {@link CheckReport#MIME_TYPE} JSON of {@link #report()}. */
    String json() {
        return report().json();
    }

    /** {@code 3} for whole numbers, else the shortest decimal, as the report writes numbers. */
    static String number(double value) {
        return CheckReport.number(value);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
