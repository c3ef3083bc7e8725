package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.testing.NotebookFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed student notebooks are exactly what {@code threadlab release} makes of the sources. */
final class LessonsReleasedTest {

    static final String HOW_TO_FIX = "run: java -jar target/threadlab-all.jar release lessons/source/*.ipynb -o lessons";

    @Test
    void everyCommittedStudentLessonIsTheReleaseOfItsSource() throws Exception {
        assertReleased(Path.of("lessons"));
    }

    @Test
    void theFixtureLessonsPassTheSameCheck() throws Exception {
        assertReleased(NotebookFixtures.LESSONS);
    }

    @Test
    void aStudentLessonThatDriftedFromItsSourceFailsTheCheck(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Path student = dir.resolve("99-fixture.ipynb");
        Files.writeString(student, Files.readString(student).replace("Java adds with", "Java sums with"));
        AssertionError e = assertThrows(AssertionError.class, () -> assertReleased(dir));
        String expected = student + " is not what release makes of " + dir.resolve("source/99-fixture.ipynb") + "; " + HOW_TO_FIX;
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void aFolderWithoutSourcesFailsTheCheck(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("source"));
        AssertionError e = assertThrows(AssertionError.class, () -> assertReleased(dir));
        assertEquals(dir.resolve("source") + " holds no .ipynb lessons; the lessons are missing.", e.getMessage());
    }

    @Test
    void aMissingStudentLessonFailsTheCheck(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Files.delete(dir.resolve("99-fixture.ipynb"));
        AssertionError e = assertThrows(AssertionError.class, () -> assertReleased(dir));
        assertEquals(dir.resolve("99-fixture.ipynb") + " is missing; " + HOW_TO_FIX, e.getMessage());
    }

    /** Fails unless {@code lessons/source} holds notebooks and each has its released twin in {@code lessons}. */
    static void assertReleased(Path lessons) throws IOException, NotebookException, ExerciseFormatException {
        Path sourceDir = lessons.resolve("source");
        List<Path> sources = new ArrayList<>();
        if (Files.isDirectory(sourceDir)) {
            try (Stream<Path> files = Files.list(sourceDir)) {
                files.filter(f -> f.toString().endsWith(".ipynb")).sorted().forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            throw new AssertionError(sourceDir + " holds no .ipynb lessons; the lessons are missing.");
        }
        for (Path source : sources) {
            Path student = lessons.resolve(source.getFileName());
            if (!Files.exists(student)) {
                throw new AssertionError(student + " is missing; " + HOW_TO_FIX);
            }
            assertEquals(Release.student(Notebook.read(source)).toJson(), Files.readString(student),
                    student + " is not what release makes of " + source + "; " + HOW_TO_FIX);
        }
    }

    private static void copyFixtures(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("source"));
        Files.copy(NotebookFixtures.SOURCE, dir.resolve("source/99-fixture.ipynb"));
        Files.copy(NotebookFixtures.STUDENT, dir.resolve("99-fixture.ipynb"));
    }
}
