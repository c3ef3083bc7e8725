package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.testing.ThreadlabProcess;
import dev.threadlab.testing.ThreadlabProcess.Finished;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed lessons through the author's and teacher's tools, as the README tells them to run them:
 * {@code threadlab validate} proves every lesson (5 runs), and {@code threadlab grade} gives the source
 * notebook full marks and the untouched student notebook none.
 */
@Tag("integration")
final class LessonToolsIT {

    private static final Path LESSONS = Path.of("lessons").toAbsolutePath();

    @Test
    void everyLessonValidatesFiveTimesOver(@TempDir Path dir) throws Exception {
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(10), "validate",
                LESSONS.resolve("source").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.stdout().contains("01-threads-io"), run.stdout());
    }

    @Test
    void theSourceNotebookGradesFullMarksAndTheBlankStudentNotebookNone(@TempDir Path dir) throws Exception {
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(4), "grade",
                LESSONS.resolve("source/01-threads-io.ipynb").toString(), LESSONS.resolve("01-threads-io.ipynb").toString(),
                "--source", LESSONS.resolve("source").toString(), "-o", dir.toString(), "--jobs", "2");
        assertEquals(0, run.exitCode(), run::toString);

        JsonNode notebooks = new ObjectMapper().readTree(dir.resolve("grades.json").toFile()).path("notebooks");
        assertEquals(2, notebooks.size(), notebooks::toString);
        JsonNode source = notebooks.get(0);
        JsonNode student = notebooks.get(1);
        assertEquals(14, source.path("max").asDouble(), source::toString);
        assertEquals(source.path("max").asDouble(), source.path("points").asDouble(), source::toString);
        for (JsonNode check : source.path("checks")) {
            assertEquals("passed", check.path("status").asText(), check::toString);
        }
        assertEquals(0, student.path("points").asDouble(), student::toString);
        for (JsonNode check : student.path("checks")) {
            assertEquals("failed", check.path("status").asText(), check::toString);
            assertTrue(check.path("checks").size() > 0, check::toString);
            for (JsonNode requirement : check.path("checks")) {
                assertTrue(requirement.path("message").asText().contains("Not written yet"), check::toString);
            }
        }
    }
}
