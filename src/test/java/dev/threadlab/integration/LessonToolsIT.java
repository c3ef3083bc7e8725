package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.testing.ThreadlabProcess;
import dev.threadlab.testing.ThreadlabProcess.Finished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The committed lessons through the author's and teacher's tools, as the README tells them to run them:
 * {@code threadlab validate} proves every lesson (every solution passes, every stub fails, the student
 * version states the same requirements), and {@code threadlab grade} gives every source notebook full marks
 * in its sandbox, under the rules of grading, and lesson 01's untouched student notebook none.
 *
 * <p>For time as the course grows, the grading runs beside the validation, and validation here runs each
 * lesson once, two lessons at once; an author runs it five times (its
 * default) before committing a lesson, and {@code LessonFixturesIT} runs every reference solution again,
 * with the wrong and right answers, on two processor counts.
 */
@Tag("integration")
@Execution(ExecutionMode.SAME_THREAD) // the build's first lane, for its two cores: see the failsafe plugin in pom.xml
final class LessonToolsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LESSONS = Path.of("lessons").toAbsolutePath();
    private static final Path SOURCES = LESSONS.resolve("source");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertFalse(sources.isEmpty(), "no lessons in " + SOURCES);
            return sources;
        }
    }

    @Test
    void everyLessonValidates(@TempDir Path dir) throws Exception {
        List<Path> sources = sources();
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(5L * sources.size()), "validate",
                "--times", "1", "--jobs", "2", SOURCES.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (Path source : sources) {
            assertTrue(run.stdout().contains(source.getFileName().toString()), run.stdout());
        }
    }

    @TempDir
    static Path gradeDir;
    /** The grading of every lesson, started before the validation and run beside it (for the build's time). */
    private static CompletableFuture<Finished> grading;

    @BeforeAll
    static void startGrading() throws IOException {
        List<Path> sources = sources();
        List<String> args = new ArrayList<>(List.of("grade"));
        sources.forEach(source -> args.add(source.toString()));
        args.add(LESSONS.resolve("01-threads-io.ipynb").toString());
        args.addAll(List.of("--source", SOURCES.toString(), "-o", gradeDir.toString(), "--jobs", "2"));
        Duration bound = Duration.ofMinutes(2L * sources.size() + 3);
        grading = CompletableFuture.supplyAsync(() -> {
            try {
                return ThreadlabProcess.run(gradeDir, bound, args.toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, runnable -> Thread.ofPlatform().daemon().name("lesson-tools-grade").start(runnable));
    }

    @Test
    void everySourceNotebookGradesFullMarksAndABlankStudentNotebookNone() throws Exception {
        List<Path> sources = sources();
        Path dir = gradeDir;
        Finished run = grading.get(2L * sources.size() + 5, TimeUnit.MINUTES);
        assertEquals(0, run.exitCode(), run::toString);

        JsonNode notebooks = JSON.readTree(dir.resolve("grades.json").toFile()).path("notebooks");
        assertEquals(sources.size() + 1, notebooks.size(), notebooks::toString);
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = notebooks.get(i);
            assertEquals(points(sources.get(i)), source.path("max").asDouble(), source::toString);
            assertEquals(source.path("max").asDouble(), source.path("points").asDouble(), source::toString);
            for (JsonNode check : source.path("checks")) {
                assertEquals("passed", check.path("status").asText(), check::toString);
            }
        }
        JsonNode student = notebooks.get(sources.size());
        assertEquals(14, student.path("max").asDouble(), student::toString);
        assertEquals(0, student.path("points").asDouble(), student::toString);
        for (JsonNode check : student.path("checks")) {
            assertEquals("failed", check.path("status").asText(), check::toString);
            assertTrue(check.path("checks").size() > 0, check::toString);
            for (JsonNode requirement : check.path("checks")) {
                assertTrue(requirement.path("message").asText().contains("Not written yet"), check::toString);
            }
        }
    }

    /** The points of {@code notebook}'s graded cells, as nbgrader's metadata gives them. */
    private static double points(Path notebook) throws IOException {
        double points = 0;
        for (JsonNode cell : JSON.readTree(notebook.toFile()).path("cells")) {
            JsonNode nbgrader = cell.path("metadata").path("nbgrader");
            if (nbgrader.path("grade").asBoolean(false)) {
                points += nbgrader.path("points").asDouble();
            }
        }
        return points;
    }
}
