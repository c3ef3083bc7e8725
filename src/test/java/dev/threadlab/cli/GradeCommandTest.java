package dev.threadlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Argument handling of {@code threadlab grade} and {@code validate}: everything decided before an engine starts. */
final class GradeCommandTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "grading");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aNotebookThatDoesNotExistIsAUsageErrorInOneLine() {
        assertEquals(2, run("grade", "missing.ipynb", "--source", FIXTURES.resolve("source").toString()));
        assertTrue(err.toString().startsWith("threadlab: missing.ipynb does not exist"), err.toString());
        assertTrue(err.toString().contains("Try 'threadlab grade --help' for more."), err.toString());
        assertFalse(err.toString().contains("Usage:"), "one line, not the whole usage text: " + err);
    }

    @Test
    void aMissingNotebookSaysWhereARelativePathWasLookedForButNotForAnAbsoluteOne() {
        run("grade", "missing.ipynb", "--source", FIXTURES.resolve("source").toString());
        assertTrue(err.toString().startsWith("threadlab: missing.ipynb does not exist (looked in "
                + Path.of("").toAbsolutePath() + "); check the path"), err.toString());
        err.getBuffer().setLength(0);
        Path absolute = Path.of("/nonexistent/missing.ipynb");
        run("grade", absolute.toString(), "--source", FIXTURES.resolve("source").toString());
        assertTrue(err.toString().startsWith("threadlab: " + absolute + " does not exist; check the path"),
                err.toString());
    }

    @Test
    void anUnknownWordIsNamedWithTheCommandsItMayHaveMeant() {
        assertEquals(2, run("valdate"));
        assertTrue(err.toString().startsWith("threadlab: 'valdate' is not a threadlab command."), err.toString());
        assertTrue(err.toString().contains("threadlab validate"), err.toString());
    }

    @Test
    void helpWorksAsAWordToo() {
        assertEquals(0, run("help", "grade"));
        assertTrue(out.toString().contains("--shard=K/N"), out.toString());
    }

    @Test
    void aShardThatIsNotKOfNIsAUsageError() {
        assertEquals(2, run("grade", FIXTURES.resolve("corrupt").toString(), "--source",
                FIXTURES.resolve("source").toString(), "--shard", "3/2"));
        assertTrue(err.toString().contains("--shard takes K/N with 1 <= K <= N"), err.toString());
    }

    @Test
    void noNotebooksIsAUsageError() {
        assertEquals(2, run("grade"));
        assertTrue(err.toString().contains("NOTEBOOK|DIR"), err.toString());
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError() {
        assertEquals(2, run("grade", FIXTURES.resolve("corrupt").toString(), "--timeout", "0",
                "--source", FIXTURES.resolve("source").toString()));
        assertTrue(err.toString().contains("--timeout must be at least 1 second, was 0"), err.toString());
    }

    @Test
    void aMissingSourceDirectoryIsAUsageErrorThatSaysWhatToPass(@TempDir Path dir) {
        assertEquals(2, run("grade", FIXTURES.resolve("corrupt").toString(), "--source", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("name the directory of the source notebooks"), err.toString());
    }

    @Test
    void aDirectoryWithoutNotebooksIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("grade", dir.toString(), "--source", FIXTURES.resolve("source").toString()));
        assertTrue(err.toString().contains("has no .ipynb files"), err.toString());
    }

    @Test
    void aCorruptNotebookIsReportedWrittenToTheGradesAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path grades = dir.resolve("out");
        int status = run("grade", FIXTURES.resolve("corrupt").toString(), "--source", FIXTURES.resolve("source").toString(),
                "-o", grades.toString());

        assertEquals(1, status, err.toString());
        assertTrue(out.toString().contains("not graded"), out.toString());
        assertTrue(out.toString().contains("problem: " + FIXTURES.resolve("corrupt/broken.ipynb")), out.toString());
        assertTrue(err.toString().contains("[1/1] grading " + FIXTURES.resolve("corrupt/broken.ipynb")), err.toString());
        assertTrue(Files.readString(grades.resolve("grades.csv")).contains(",not_run,"));
        assertTrue(Files.readString(grades.resolve("grades.json")).contains("\"graded\" : false"));
    }

    @Test
    void gradingNeedsAtLeastOneJob() {
        assertEquals(2, run("grade", FIXTURES.resolve("corrupt").toString(), "--jobs", "0",
                "--source", FIXTURES.resolve("source").toString()));
        assertTrue(err.toString().contains("--jobs must be at least 1, was 0"), err.toString());
    }

    @Test
    void validateNeedsAtLeastOneRun() {
        assertEquals(2, run("validate", FIXTURES.resolve("source").toString(), "--times", "0"));
        assertTrue(err.toString().contains("--times must be at least 1, was 0"), err.toString());
    }

    @Test
    void validateNeedsAtLeastOneJobAndReportsInTheOrderNamedWhateverFinishesFirst(@TempDir Path dir) throws IOException {
        assertEquals(2, run("validate", FIXTURES.resolve("source").toString(), "--jobs", "0"));
        assertTrue(err.toString().contains("--jobs must be at least 1, was 0"), err.toString());

        Path first = Files.writeString(dir.resolve("b-first.ipynb"), "{ not a notebook");
        Path second = Files.writeString(dir.resolve("a-second.ipynb"), "[]");
        assertEquals(1, run("validate", first.toString(), second.toString(), "--jobs", "2"));
        int firstAt = out.toString().indexOf("b-first.ipynb");
        int secondAt = out.toString().indexOf("a-second.ipynb");
        assertTrue(firstAt >= 0 && secondAt > firstAt, out.toString());
    }

    @Test
    void theProgressLineRedrawsInPlaceOnATerminalAndPrintsLinesOtherwise() {
        StringWriter terminal = new StringWriter();
        ProgressLine bar = new ProgressLine(new PrintWriter(terminal), true);
        bar.show(1, 2, "grading a.ipynb");
        bar.show(2, 2, "grading b.ipynb");
        bar.finish();
        assertEquals("\r[                    ] 1/2 grading a.ipynb\r[##########          ] 2/2 grading b.ipynb"
                + "\r" + " ".repeat(42) + "\r", terminal.toString());

        StringWriter log = new StringWriter();
        ProgressLine lines = new ProgressLine(new PrintWriter(log), false);
        lines.show(1, 2, "grading a.ipynb");
        lines.finish();
        assertEquals("[1/2] grading a.ipynb" + System.lineSeparator(), log.toString());
    }
}
