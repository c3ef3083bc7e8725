package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lesson 01 through nbclient and the real kernel: the source notebook runs clean and the student
 * notebook fails only in its check cells. Each test is one kernel process (see
 * src/test/python/lesson_check.py). The answers learners write are {@link LessonFixturesIT}'s.
 */
@Tag("integration")
final class LessonIT {

    private static final Path SOURCE = Path.of("lessons", "source", "01-threads-io.ipynb").toAbsolutePath();
    private static final Path STUDENT = Path.of("lessons", "01-threads-io.ipynb").toAbsolutePath();

    @Test
    void sourceNotebookRunsTopToBottomWithEveryCheckPassing() {
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(3), "lesson_check.py", "source",
                SOURCE.toString());
        assertEquals(0, run.exitCode(), "the source notebook did not run clean; output above:\n" + run.failures());
    }

    @Test
    void studentNotebookFailsOnlyInItsCheckCellsAndNeverOnStderr() {
        assertTrue(Files.isRegularFile(STUDENT), STUDENT + " is missing: generate it with "
                + "java -jar target/threadlab-all.jar release lessons/source/01-threads-io.ipynb -o lessons");
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(3), "lesson_check.py", "student",
                STUDENT.toString());
        assertEquals(0, run.exitCode(), "the student notebook failed outside its check cells; output above:\n" + run.failures());
    }
}
