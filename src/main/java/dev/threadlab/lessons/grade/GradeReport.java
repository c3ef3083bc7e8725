package dev.threadlab.lessons.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlab.lessons.notebook.AtomicFiles;
import dev.threadlab.toolkit.Table;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The results of {@code threadlab grade} as a score table for the terminal, {@code grades.json} and
 * {@code grades.csv}. Stateless.
 */
public final class GradeReport {

    /** The CSV columns, one row per notebook and check. */
    public static final List<String> CSV_COLUMNS = List.of("file", "lesson", "check", "points", "max", "status", "message");

    /** The widest score table drawn with check ids as headers: a terminal's usual width. */
    static final int WIDTH = 80;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradeReport() {}

    /** Writes {@code grades.json} and {@code grades.csv} into {@code dir} (created if needed), each atomically. */
    public static void write(Path dir, List<NotebookGrade> grades) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("grades.json"), json(grades));
        AtomicFiles.write(dir.resolve("grades.csv"), csv(grades));
    }

    /** {@code {"notebooks": [{file, lesson, points, max, graded, notes, problems, checks: [...]}]}}. */
    public static String json(List<NotebookGrade> grades) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode notebooks = root.putArray("notebooks");
        for (NotebookGrade grade : grades) {
            ObjectNode notebook = notebooks.addObject();
            notebook.put("file", grade.file());
            notebook.put("lesson", grade.lesson());
            notebook.put("points", grade.points());
            notebook.put("max", grade.max());
            notebook.put("graded", grade.graded());
            grade.notes().forEach(notebook.putArray("notes")::add);
            grade.problems().forEach(notebook.putArray("problems")::add);
            ArrayNode checks = notebook.putArray("checks");
            for (CheckScore score : grade.checks()) {
                ObjectNode check = checks.addObject();
                check.put("id", score.id());
                check.put("points", score.points());
                check.put("max", score.max());
                check.put("status", score.status().label());
                check.put("message", score.message());
                ArrayNode subChecks = check.putArray("checks");
                for (CheckReport.Item sub : score.checks()) {
                    subChecks.addObject().put("name", sub.name()).put("points", sub.points()).put("max", sub.max())
                            .put("status", sub.status().label()).put("message", sub.message());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serializes
        }
    }

    /**
     * The grades in a {@code grades.json} that {@link #json} wrote (for {@code threadlab merge}).
     *
     * @throws IOException when the file cannot be read or is not such a report; the message says which
     */
    public static List<NotebookGrade> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage());
        }
        JsonNode notebooks = root == null ? null : root.get("notebooks");
        if (notebooks == null || !notebooks.isArray()) {
            throw new IOException(file + " is not a grades.json written by threadlab grade (no \"notebooks\" list)");
        }
        List<NotebookGrade> grades = new ArrayList<>();
        for (JsonNode notebook : notebooks) {
            List<CheckScore> checks = new ArrayList<>();
            for (JsonNode check : notebook.path("checks")) {
                List<CheckReport.Item> items = new ArrayList<>();
                for (JsonNode sub : check.path("checks")) {
                    items.add(new CheckReport.Item(sub.path("name").asText(), sub.path("points").asDouble(),
                            sub.path("max").asDouble(), CheckReport.Status.of(sub.path("status").asText()),
                            sub.path("message").asText()));
                }
                checks.add(new CheckScore(check.path("id").asText(), check.path("points").asDouble(),
                        check.path("max").asDouble(), status(check.path("status").asText()),
                        check.path("message").asText(), items));
            }
            grades.add(new NotebookGrade(notebook.path("file").asText(), notebook.path("lesson").asText(), checks,
                    texts(notebook.path("notes")), texts(notebook.path("problems"))));
        }
        return grades;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static CheckStatus status(String label) {
        for (CheckStatus status : CheckStatus.values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        return CheckStatus.FAILED;
    }

    /**
     * One row per notebook and check, RFC 4180 (CRLF line ends, fields quoted when needed); a notebook
     * that could not be graded and has no checks gets one row with status {@code not_run} and the problem.
     */
    public static String csv(List<NotebookGrade> grades) {
        StringBuilder out = new StringBuilder();
        csvRow(out, CSV_COLUMNS);
        for (NotebookGrade grade : grades) {
            if (grade.checks().isEmpty()) {
                String why = String.join(" ", grade.problems().isEmpty() ? List.of("The lesson has no checks.")
                        : grade.problems());
                csvRow(out, List.of(grade.file(), grade.lesson(), "", "0", "0",
                        grade.graded() ? CheckStatus.PASSED.label() : CheckStatus.NOT_RUN.label(), why));
            }
            for (CheckScore score : grade.checks()) {
                csvRow(out, List.of(grade.file(), grade.lesson(), score.id(), Scoring.number(score.points()),
                        Scoring.number(score.max()), score.status().label(), score.message()));
            }
        }
        return out.toString();
    }

    private static void csvRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String csvField(String field) {
        boolean quote = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !field.equals(field.strip());
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * The score tables, one per lesson in the order each lesson first comes, under a line naming it: one row per
     * notebook (file, points/max, %), one column per check of that lesson with ✓ passed, ½ partial, ✗ failed,
     * ⏱ timed out, – not run. Notebooks whose lesson is not known (not graded) come last, in a table of their own.
     * A table wider than {@value #WIDTH} columns with check ids as headers numbers its check columns and lists
     * the ids under it.
     */
    public static String table(List<NotebookGrade> grades) {
        Map<String, List<NotebookGrade>> byLesson = new LinkedHashMap<>();
        grades.forEach(g -> byLesson.computeIfAbsent(g.lesson(), lesson -> new ArrayList<>()).add(g));
        List<NotebookGrade> unknown = byLesson.remove("");
        if (unknown != null) {
            byLesson.put("", unknown);
        }
        StringBuilder out = new StringBuilder();
        byLesson.forEach((lesson, notebooks) -> out.append(out.isEmpty() ? "" : "\n")
                .append(lesson.isEmpty() ? "lesson not known" : "lesson " + lesson).append('\n')
                .append(lessonTable(notebooks)));
        return out.toString();
    }

    private static String lessonTable(List<NotebookGrade> grades) {
        Set<String> seen = new LinkedHashSet<>();
        grades.forEach(g -> g.checks().forEach(c -> seen.add(c.id())));
        List<String> ids = List.copyOf(seen);
        String byId = lessonTable(grades, ids, ids);
        if (ids.isEmpty() || byId.lines().allMatch(line -> line.codePointCount(0, line.length()) <= WIDTH)) {
            return byId; // numbers would not make it narrower: long file names make it wide
        }
        List<String> numbers = IntStream.rangeClosed(1, ids.size()).mapToObj(Integer::toString).toList();
        StringBuilder out = new StringBuilder(lessonTable(grades, ids, numbers));
        String number = "%" + numbers.getLast().length() + "s  %s\n";
        for (int i = 0; i < ids.size(); i++) {
            out.append(String.format(Locale.ROOT, number, numbers.get(i), ids.get(i)));
        }
        return out.toString();
    }

    private static String lessonTable(List<NotebookGrade> grades, List<String> ids, List<String> idHeaders) {
        List<String> headers = new ArrayList<>(List.of("file", "points", "%"));
        headers.addAll(idHeaders);
        List<List<String>> rows = new ArrayList<>();
        for (NotebookGrade grade : grades) {
            List<String> row = new ArrayList<>();
            row.add(grade.file());
            if (grade.graded()) {
                row.add(Scoring.number(grade.points()) + "/" + Scoring.number(grade.max()));
                row.add(grade.max() == 0 ? "" : String.format(Locale.ROOT, "%.0f", 100 * grade.points() / grade.max()));
            } else {
                row.add("not graded");
                row.add("");
            }
            for (String id : ids) {
                row.add(grade.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(c -> c.status().symbol()).orElse(""));
            }
            rows.add(row);
        }
        String text = Table.of(headers, rows).toText();
        return text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * The notes and problems under the table, one paragraph per notebook that has any; empty when none has.
     */
    public static String remarks(List<NotebookGrade> grades) {
        StringBuilder out = new StringBuilder();
        for (NotebookGrade grade : grades) {
            List<String> lines = new ArrayList<>();
            grade.problems().forEach(p -> lines.add("  problem: " + p));
            grade.notes().forEach(n -> lines.add("  note: " + n));
            grade.checks().stream()
                    .filter(c -> c.status() != CheckStatus.PASSED && !c.message().isBlank())
                    .forEach(c -> lines.add("  " + c.status().symbol() + " " + c.id() + ": " + firstLine(c.message())));
            if (!lines.isEmpty()) {
                out.append(grade.file()).append('\n');
                lines.forEach(l -> out.append(l).append('\n'));
            }
        }
        return out.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + " …";
    }
}
