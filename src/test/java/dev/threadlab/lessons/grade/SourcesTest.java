package dev.threadlab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SourcesTest {

    private static final Path GRADING = GraderIT.FIXTURES;

    @Test
    void sourcesFromSeveralPlacesAreFoundByLessonId() throws IOException {
        Sources sources = Sources.load(List.of(GRADING.resolve("source"), GRADING.resolve("checks/source/96-checks.ipynb")));

        assertEquals(List.of("96-checks", "98-grading"), sources.byLesson().keySet().stream().sorted().toList());
        assertTrue(sources.problems().isEmpty(), sources.problems()::toString);
        assertTrue(sources.of("01-threads-io").isEmpty());
    }

    @Test
    void aSecondSourceOfALessonAndOneWithoutALessonIdAreProblemsNotFailures(@TempDir Path dir) throws IOException {
        String source = Files.readString(GRADING.resolve("source/98-grading.ipynb"));
        Files.writeString(dir.resolve("a.ipynb"), source);
        Files.writeString(dir.resolve("b.ipynb"), source);
        Files.writeString(dir.resolve("c.ipynb"), source.replace("\"lesson\": \"98-grading\"", "\"other\": 1"));
        Files.writeString(dir.resolve("notes.txt"), "not a notebook");

        Sources sources = Sources.load(dir);

        assertEquals(dir.resolve("a.ipynb").toString(), sources.of("98-grading").orElseThrow().name());
        assertEquals(2, sources.problems().size(), sources.problems()::toString);
        assertTrue(sources.problems().get(0).contains("which " + dir.resolve("a.ipynb") + " has too"), sources.problems()::toString);
        assertTrue(sources.problems().get(1).contains("has no lesson id"), sources.problems()::toString);
    }

    @Test
    void aMissingSourcePathIsAnError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> Sources.load(dir.resolve("missing.ipynb")));
    }
}
