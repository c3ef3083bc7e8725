package dev.threadlab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ten lessons speak with one voice where a learner meets the same thing in each: every lesson ends in a
 * "## Recap" with a "### Python ↔ Java" table of the same three columns, every lesson but the last names the
 * next one in its last lines, every exercise has hints, and a lesson that names another does so as
 * "lesson NN" with a lesson that exists. Reads the source notebooks as JSON (no Threadlab classes), so it
 * judges the files a learner gets.
 */
final class LessonVoiceTest {

    private static final Path SOURCES = Path.of("lessons", "source");
    private static final String TABLE = "| Python | Java | note |";
    private static final Pattern NAMED = Pattern.compile("\\b[Ll]essons? (\\d\\d)\\b");

    private record Lesson(String name, List<JsonNode> cells) {
        String markdown() {
            StringBuilder all = new StringBuilder();
            cells.stream().filter(c -> c.path("cell_type").asText().equals("markdown")).forEach(c -> all.append(source(c)).append("\n\n"));
            return all.toString();
        }
    }

    private static String source(JsonNode cell) {
        JsonNode s = cell.path("source");
        if (s.isTextual()) {
            return s.asText();
        }
        StringBuilder out = new StringBuilder();
        s.forEach(line -> out.append(line.asText()));
        return out.toString();
    }

    private static List<Lesson> lessons() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Lesson> lessons = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                List<JsonNode> cells = new ArrayList<>();
                json.readTree(file.toFile()).path("cells").forEach(cells::add);
                lessons.add(new Lesson(file.getFileName().toString(), cells));
            }
        }
        assertEquals(10, lessons.size(), "lessons 00 to 09 in " + SOURCES);
        return lessons;
    }

    @Test
    void everyLessonEndsInARecapWithAPythonToJavaTableOfTheSameColumns() throws IOException {
        for (Lesson lesson : lessons()) {
            String text = lesson.markdown();
            int recap = text.lastIndexOf("\n## Recap");
            assertTrue(recap >= 0 || text.startsWith("## Recap"), lesson.name() + " has no '## Recap'");
            int heading = text.indexOf("### Python ↔ Java", recap);
            assertTrue(heading > recap, lesson.name() + ": its recap has no '### Python ↔ Java'");
            assertTrue(text.indexOf(TABLE, heading) > heading, lesson.name() + ": the recap's table should have the"
                    + " columns " + TABLE);
        }
    }

    @Test
    void everyLessonButTheLastNamesTheNextOneInItsLastLines() throws IOException {
        List<Lesson> lessons = lessons();
        for (int i = 0; i < lessons.size() - 1; i++) {
            Lesson lesson = lessons.get(i);
            String last = source(lesson.cells().getLast()).strip();
            String next = "Next, lesson %02d:".formatted(i + 1);
            int at = last.lastIndexOf("\n\n");
            assertTrue(last.substring(Math.max(0, at)).strip().startsWith(next),
                    lesson.name() + " should end with a paragraph starting '" + next + "', ends with: "
                            + last.substring(Math.max(0, last.length() - 200)));
        }
    }

    @Test
    void everyExerciseHasHintsAndEveryLessonNamedExists() throws IOException {
        for (Lesson lesson : lessons()) {
            for (JsonNode cell : lesson.cells()) {
                JsonNode grading = cell.path("metadata").path("nbgrader");
                if (grading.path("grade").asBoolean(false)) {
                    JsonNode hints = cell.path("metadata").path("threadlab").path("hints");
                    assertTrue(hints.isArray() && !hints.isEmpty(), lesson.name() + ": check "
                            + grading.path("grade_id").asText() + " has no hints");
                }
            }
            Matcher named = NAMED.matcher(lesson.markdown());
            while (named.find()) {
                int number = Integer.parseInt(named.group(1));
                assertTrue(number <= 9, lesson.name() + " names lesson " + named.group(1) + ", which does not exist");
            }
        }
    }
}
