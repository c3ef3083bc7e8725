package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson's fixtures (src/test/lessons/NN-topic/*.java: answers learners write, right and wrong, each
 * with its exact score and a phrase its feedback must hold) through the real kernel, with the engine told
 * it has 1 and 8 processors: the same verdict on each. (Authors also try 2 by hand, with {@code --cpus 1,2,8};
 * the build keeps to the two ends, for time.) A lesson plugs in by adding its directory; see
 * src/test/python/lesson_fixtures.py for the format and docs/exercises.md for writing them.
 */
@Tag("integration")
final class LessonFixturesIT {

    private static final Path FIXTURES = Path.of("src", "test", "lessons").toAbsolutePath();
    private static final Path SOURCES = Path.of("lessons", "source").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> everyFixtureScoresAsWrittenOnOneAndEightProcessors() throws IOException {
        List<Path> lessons;
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            lessons = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(lessons.isEmpty(), "no lesson fixtures in " + FIXTURES);
        return lessons.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path source = SOURCES.resolve(dir.getFileName() + ".ipynb");
            assertTrue(Files.isRegularFile(source), "fixtures " + dir + " have no lesson " + source);
            Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(25), "lesson_fixtures.py",
                    source.toString(), dir.toString(), "--cpus", "1,8", "--parallel");
            assertEquals(0, run.exitCode(), "a fixture did not get its score or feedback; the table above says which");
        }));
    }
}
