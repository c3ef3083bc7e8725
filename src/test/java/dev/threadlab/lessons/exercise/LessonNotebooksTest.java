package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.testing.NotebookFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real lesson sources in {@code lessons/source}: they follow the exercise format, together as well as
 * one by one, and are stored as Jupyter writes them. (That the student versions match is
 * {@link LessonsReleasedTest}.)
 */
final class LessonNotebooksTest {

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("lessons", "source"))) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySourceFollowsTheExerciseFormat() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertEquals(List.of(), Exercises.problems(NotebookFixtures.read(file)))));
    }

    @TestFactory
    Stream<DynamicTest> everySourceIsStoredAsJupyterWritesIt() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertEquals(Files.readString(file), NotebookFixtures.read(file).toJson(),
                        file + " is not in Jupyter's layout (nbformat 4, sorted keys, indent 1, source as lines)")));
    }

    @Test
    void noTwoLessonsShareAGradeId() throws IOException {
        assertEquals(List.of(), Exercises.problems(sources().stream().map(NotebookFixtures::read).toList()));
    }
}
