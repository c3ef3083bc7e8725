package dev.threadlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The real lessons in {@code lessons/}: well-formed sources, and student versions that match them. */
final class LessonNotebooksTest {

    private static final Path LESSONS = Path.of("lessons");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(LESSONS.resolve("source"))) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void thereIsAtLeastOneLesson() throws IOException {
        assertFalse(sources().isEmpty(), "no lessons/source/*.ipynb found from " + Path.of("").toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everySourceFollowsTheExerciseFormat() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertEquals(List.of(), Exercises.problems(Fixtures.read(file)))));
    }

    @TestFactory
    Stream<DynamicTest> everySourceIsStoredAsJupyterWritesIt() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertEquals(Files.readString(file), Fixtures.read(file).toJson(),
                        file + " is not in Jupyter's layout (nbformat 4, sorted keys, indent 1, source as lines)")));
    }

    @TestFactory
    Stream<DynamicTest> everyStudentNotebookIsWhatReleaseMakesOfItsSource() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path student = LESSONS.resolve(file.getFileName());
            assertTrue(Files.isRegularFile(student), student + " is missing; run threadlab release " + file + " -o lessons");
            assertEquals(Release.student(Fixtures.read(file)).toJson(), Files.readString(student),
                    student + " is out of date; run threadlab release " + file + " -o lessons");
        }));
    }

    @Test
    void gradeIdsAreUniqueAcrossAllLessons() throws IOException {
        Map<String, Path> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path file : sources()) {
            for (NotebookCell cell : Fixtures.read(file).cells()) {
                cell.gradeId().ifPresent(id -> {
                    Path earlier = seen.putIfAbsent(id, file);
                    if (earlier != null && !earlier.equals(file)) {
                        clashes.add(id + " in " + earlier + " and " + file);
                    }
                });
            }
        }
        assertEquals(List.of(), clashes);
    }
}
