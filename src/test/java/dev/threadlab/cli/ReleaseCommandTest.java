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

/** Drives {@code threadlab release} through picocli, as the shell would. */
final class ReleaseCommandTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "lessons");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path source(Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("99-fixture.ipynb");
        Files.copy(FIXTURES.resolve("source").resolve("99-fixture.ipynb"), source);
        return source;
    }

    @Test
    void writesTheStudentVersionUnderTheSameNameAndSaysSo(@TempDir Path dir) throws Exception {
        Path source = source(dir);
        Path lessons = dir.resolve("lessons");
        Run run = run("release", source.toString(), "-o", lessons.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("wrote " + lessons.resolve("99-fixture.ipynb") + System.lineSeparator(), run.out());
        assertEquals(Files.readString(FIXTURES.resolve("99-fixture.ipynb")), Files.readString(lessons.resolve("99-fixture.ipynb")));
    }

    @Test
    void refusesToWriteIntoTheSourcesFolder(@TempDir Path dir) throws Exception {
        Path source = source(dir);
        String before = Files.readString(source);
        Run run = run("release", source.toString(), "-o", source.getParent().toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is the folder of " + source + ", so the student version would overwrite the source"),
                run.err());
        assertEquals(before, Files.readString(source));
    }

    @Test
    void refusesToOverwriteANotebookThatHoldsSolutions(@TempDir Path dir) throws Exception {
        Path source = source(dir);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(source, other.resolve("99-fixture.ipynb"));
        Run run = run("release", source.toString(), "-o", other.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(other.resolve("99-fixture.ipynb") + " holds solutions"), run.err());
        assertEquals(Files.readString(source), Files.readString(other.resolve("99-fixture.ipynb")));
    }

    @Test
    void releasingAgainOverwritesTheEarlierStudentVersion(@TempDir Path dir) throws Exception {
        Path source = source(dir);
        Path lessons = dir.resolve("lessons");
        assertEquals(0, run("release", source.toString(), "-o", lessons.toString()).exit());
        Run again = run("release", source.toString(), "-o", lessons.toString());
        assertEquals(0, again.exit(), again.err());
    }

    @Test
    void badMarkersFailWithTheCellAndLineAndWriteNothing(@TempDir Path dir) throws Exception {
        Path source = source(dir);
        Files.writeString(source, Files.readString(source).replace("\"    // END SOLUTION\\n\",", ""));
        Path lessons = dir.resolve("lessons");
        Run run = run("release", source.toString(), "-o", lessons.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(source + ", cell 4 (l99-sum), line 2: `// BEGIN SOLUTION` is never closed"), run.err());
        assertFalse(Files.exists(lessons.resolve("99-fixture.ipynb")));
    }

    @Test
    void aMissingOutputFolderIsAUsageErrorThatSaysWhereToLook() {
        Run run = run("release", "lessons/source/01.ipynb");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("threadlab: Missing required option: '--output=DIR'"), run.err());
        assertTrue(run.err().contains("Try 'threadlab release --help' for more."), run.err());
        Run help = run("release", "--help");
        assertTrue(help.out().contains("threadlab release lessons/source/*.ipynb -o lessons"), help.out());
    }

    @Test
    void aMissingSourceFileIsNamed(@TempDir Path dir) {
        Run run = run("release", dir.resolve("nope.ipynb").toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(dir.resolve("nope.ipynb") + " does not exist"), run.err());
    }
}
