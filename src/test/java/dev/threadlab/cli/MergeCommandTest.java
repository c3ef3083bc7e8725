package dev.threadlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.grade.CheckScore;
import dev.threadlab.lessons.grade.CheckStatus;
import dev.threadlab.lessons.grade.GradeReport;
import dev.threadlab.lessons.grade.NotebookGrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code threadlab merge}: shards' grades.json files become one report, as one grade run would have written it. */
final class MergeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static NotebookGrade graded(String file, double points) {
        return new NotebookGrade(file, "01-threads-io", List.of(new CheckScore("l01-run-all-check", points, 4,
                points == 4 ? CheckStatus.PASSED : CheckStatus.PARTIAL, points == 4 ? "" : "The check earned "
                        + (int) points + " of 4 points.", List.of())), List.of(), List.of());
    }

    @Test
    void theShardsBecomeTheReportOneRunWouldHaveWritten() throws IOException {
        List<NotebookGrade> all = List.of(graded("subs/ada.ipynb", 4), graded("subs/ben.ipynb", 2),
                graded("subs/cy.ipynb", 4), NotebookGrade.ungraded("subs/dee.ipynb", "", "not a notebook"));
        GradeReport.write(dir.resolve("part1"), new Shard(1, 2).of(all));
        GradeReport.write(dir.resolve("part2"), new Shard(2, 2).of(all));

        int status = run("merge", dir.resolve("part1").toString(), dir.resolve("part2/grades.json").toString(),
                "-o", dir.resolve("all").toString());

        assertEquals(1, status, "one notebook could not be graded: " + err);
        assertEquals(GradeReport.json(all), Files.readString(dir.resolve("all/grades.json")));
        assertEquals(GradeReport.csv(all), Files.readString(dir.resolve("all/grades.csv")));
        assertTrue(out.toString().contains("subs/ben.ipynb"), out.toString());
        assertTrue(err.toString().contains("Merged 2 part(s), 4 notebooks"), err.toString());
    }

    @Test
    void aNotebookGradedInTwoShardsIsAUsageError() throws IOException {
        GradeReport.write(dir.resolve("a"), List.of(graded("subs/ada.ipynb", 4)));
        GradeReport.write(dir.resolve("b"), List.of(graded("subs/ada.ipynb", 2)));
        assertEquals(2, run("merge", dir.resolve("a").toString(), dir.resolve("b").toString(), "-o", dir.toString()));
        assertTrue(err.toString().contains("subs/ada.ipynb was graded in both"), err.toString());
    }

    @Test
    void aMissingOrForeignReportIsNamed() throws IOException {
        assertEquals(2, run("merge", dir.resolve("nowhere").toString(), "-o", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("does not exist: name the shards' output directories"), err.toString());
        Files.writeString(dir.resolve("other.json"), "{\"rows\": []}");
        assertEquals(2, run("merge", dir.resolve("other.json").toString(), "-o", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("is not a grades.json written by threadlab grade"), err.toString());
    }
}
