package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlab learn --copy}: every lesson copied for Jupyter, the learner's own copies never touched. */
class CopyAllTest {

    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path answers;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void makesACopyOfEveryLessonAndSaysHowToOpenThemInJupyter() throws IOException {
        assertEquals(0, Learn.copyAll(LESSONS, answers, out));
        long lessons;
        try (Stream<Path> files = Files.list(LESSONS)) {
            lessons = files.filter(f -> f.toString().endsWith(".ipynb")).count();
        }
        try (Stream<Path> copies = Files.list(answers)) {
            assertEquals(lessons, copies.filter(f -> f.toString().endsWith(".ipynb")).count(), text());
        }
        assertEquals(Files.readString(LESSONS.resolve("01-threads-io.ipynb")), Files.readString(answers.resolve("01-threads-io.ipynb")));
        assertTrue(text().contains(lessons + " copies made") && text().contains("jupyter notebook " + answers), text());
    }

    @Test
    void keepsTheLearnersOwnCopyAsItIs() throws IOException {
        Path mine = answers.resolve("01-threads-io.ipynb");
        Files.writeString(mine, "my answers");
        assertEquals(0, Learn.copyAll(LESSONS, answers, out));
        assertEquals("my answers", Files.readString(mine));
        assertTrue(text().contains("kept   " + mine + "   (yours already: not touched)"), text());
        assertEquals(0, Learn.copyAll(LESSONS, answers, out));
        assertTrue(text().contains("Every lesson already had your copy"), text());
    }

    @Test
    void aFolderWithoutLessonsIsSaidWithWhatToDo() {
        assertEquals(1, Learn.copyAll(answers.resolve("nowhere"), answers.resolve("copies"), out));
        assertTrue(text().contains("Run ./install.sh") && text().contains("--lessons DIR"), text());
        assertTrue(Files.notExists(answers.resolve("copies")), "no folder is made when there is nothing to copy");
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
