package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.wire.CheckReport;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LessonFileTest {

    private static final Path LESSON = Path.of("lessons", "01-threads-io.ipynb");

    @TempDir
    Path dir;

    @Test
    void aCopyIsMadeOnFirstUseAndNeverReplacedByTheCourse() throws Exception {
        Course course = new Course(LESSON.getParent(), dir.resolve("answers"));
        dev.threadlab.lessons.progress.CourseMap.Lesson lesson = dev.threadlab.lessons.progress.CourseMap.find(course.list(new java.util.ArrayList<>()), "1").orElseThrow();
        Path copy = course.copyOf(lesson);
        assertEquals(Files.readString(LESSON), Files.readString(copy));
        Files.writeString(copy, Files.readString(copy).replace("Not written yet", "Mine"));
        assertEquals(copy, course.copyOf(lesson));
        assertTrue(Files.readString(copy).contains("Mine"), "opening again replaced the learner's copy");
    }

    @Test
    void savingWritesSourcesOutputsAndCountsAndKeepsEverythingElseAsItWas() throws Exception {
        Path copy = dir.resolve("copy.ipynb");
        Files.copy(LESSON, copy);
        LessonFile lesson = LessonFile.open(copy);
        int answer = indexOf(lesson, "l01-run-all");
        lesson.edit(answer, "static void runAll(List<Runnable> tasks) { }");
        lesson.outputs(answer).stream("stdout", "hello\n");
        lesson.outputs(answer).display(MimeBundle.text("a check").with("application/vnd.threadlab.check+json",
                "{\"id\":\"x\",\"points\":1,\"max\":1,\"passed\":true,\"checks\":[]}"), null);
        lesson.outputs(answer).ended(new ExecuteOutcome.Ok(MimeBundle.text("1.0")), 3);
        lesson.ran(answer, 3);
        lesson.save();

        Notebook before = Notebook.read(LESSON);
        Notebook after = Notebook.read(copy);
        assertEquals(before.lessonId(), after.lessonId());
        assertEquals(before.cells().size(), after.cells().size());
        for (int i = 0; i < before.cells().size(); i++) {
            if (i != answer) {
                assertEquals(before.cells().get(i), after.cells().get(i), "cell " + (i + 1) + " changed");
            }
        }
        NotebookCell saved = after.cells().get(answer);
        assertEquals("static void runAll(List<Runnable> tasks) { }", saved.source());
        assertEquals(before.cells().get(answer).grading(), saved.grading(), "the nbgrader metadata changed");
        List<NotebookOutput> outputs = saved.outputs();
        assertEquals(new NotebookOutput.Stream("stdout", "hello\n"), outputs.get(0));
        assertEquals(CheckReport.parse("{\"id\":\"x\",\"points\":1,\"max\":1,\"passed\":true,\"checks\":[]}"),
                CheckReport.from(((NotebookOutput.Display) outputs.get(1)).bundle()).orElseThrow());
        assertEquals(new NotebookOutput.Result(MimeBundle.text("1.0"), 3), outputs.get(2));
        assertTrue(Files.readString(copy).contains("\"application/vnd.threadlab.check+json\": {"),
                "a JSON MIME type is saved as a JSON object, as Jupyter saves it");
        assertTrue(Files.readString(copy).contains("\"execution_count\": 3"), "the execution count was not saved");
        assertFalse(lesson.dirty());
    }

    @Test
    void aCellNeverRunHereKeepsItsSavedOutputs() throws Exception {
        Path copy = dir.resolve("copy.ipynb");
        Files.copy(LESSON, copy);
        LessonFile first = LessonFile.open(copy);
        first.outputs(5).stream("stdout", "one after another: 6.00 s\n");
        first.ran(5, 1);
        first.save();
        LessonFile second = LessonFile.open(copy);
        assertEquals(List.of(new NotebookOutput.Stream("stdout", "one after another: 6.00 s\n")),
                second.outputs(5).toNotebook(), "outputs saved earlier are shown when the lesson is opened again");
        second.edit(7, second.cell(7).source() + "\n");
        second.save();
        assertEquals(Optional.of(new NotebookOutput.Stream("stdout", "one after another: 6.00 s\n")),
                Notebook.read(copy).cells().get(5).outputs().stream().findFirst());
    }

    private static int indexOf(LessonFile lesson, String gradeId) {
        for (int i = 0; i < lesson.cells().size(); i++) {
            if (lesson.cell(i).gradeId().filter(gradeId::equals).isPresent()) {
                return i;
            }
        }
        throw new AssertionError("no cell " + gradeId);
    }
}
