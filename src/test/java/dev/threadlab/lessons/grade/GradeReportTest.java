package dev.threadlab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GradeReportTest {

    private static final NotebookGrade ANNA = new NotebookGrade("anna.ipynb", "01-threads-io", List.of(
            new CheckScore("l01-a", 2, 2, CheckStatus.PASSED, "", List.of()),
            new CheckScore("l01-b", 1.5, 3, CheckStatus.PARTIAL, "The check earned 1.5 of 3 points.",
                    List.of(new CheckReport.Item("overlap", 0, 1.5, CheckReport.Status.FAILED, "ran one at a time")))),
            List.of("cell l01-a was edited; restored from the source"), List.of());
    private static final NotebookGrade BEN = new NotebookGrade("ben, \"the\" second.ipynb", "01-threads-io", List.of(
            new CheckScore("l01-a", 0, 2, CheckStatus.FAILED, "expected 4,\nwas 3", List.of()),
            new CheckScore("l01-b", 0, 3, CheckStatus.TIMED_OUT, "did not finish", List.of())), List.of(), List.of());
    private static final NotebookGrade BROKEN = NotebookGrade.ungraded("broken.ipynb", "",
            "broken.ipynb is not a notebook: line 1 is not JSON.");

    @Test
    void csvHasOneRowPerNotebookAndCheckAndQuotesWhatNeedsQuoting() {
        String csv = GradeReport.csv(List.of(ANNA, BEN, BROKEN));

        assertEquals("""
                file,lesson,check,points,max,status,message\r
                anna.ipynb,01-threads-io,l01-a,2,2,passed,\r
                anna.ipynb,01-threads-io,l01-b,1.5,3,partial,The check earned 1.5 of 3 points.\r
                "ben, ""the"" second.ipynb",01-threads-io,l01-a,0,2,failed,"expected 4,
                was 3"\r
                "ben, ""the"" second.ipynb",01-threads-io,l01-b,0,3,timed_out,did not finish\r
                broken.ipynb,,,0,0,not_run,broken.ipynb is not a notebook: line 1 is not JSON.\r
                """, csv);
    }

    @Test
    void jsonHoldsTotalsNotesAndEveryCheckWithItsSubChecks() throws IOException {
        JsonNode root = new ObjectMapper().readTree(GradeReport.json(List.of(ANNA, BROKEN)));

        JsonNode anna = root.path("notebooks").path(0);
        assertEquals("anna.ipynb", anna.path("file").asText());
        assertEquals(3.5, anna.path("points").asDouble());
        assertEquals(5, anna.path("max").asDouble());
        assertTrue(anna.path("graded").asBoolean());
        assertEquals("cell l01-a was edited; restored from the source", anna.path("notes").path(0).asText());
        JsonNode partial = anna.path("checks").path(1);
        assertEquals("partial", partial.path("status").asText());
        assertEquals("ran one at a time", partial.path("checks").path(0).path("message").asText());
        JsonNode broken = root.path("notebooks").path(1);
        assertFalse(broken.path("graded").asBoolean());
        assertEquals(BROKEN.problems().get(0), broken.path("problems").path(0).asText());
    }

    @Test
    void theTableHasAColumnPerCheckWithItsSymbolUnderTheLessonsName() {
        String table = GradeReport.table(List.of(ANNA, BEN, BROKEN));

        List<String> lines = table.lines().toList();
        assertEquals("lesson 01-threads-io", lines.getFirst(), table);
        assertTrue(lines.stream().anyMatch(l -> l.contains("file") && l.contains("l01-a") && l.contains("l01-b")), table);
        assertTrue(lines.stream().anyMatch(l -> l.contains("anna.ipynb") && l.contains("3.5/5") && l.contains("70")
                && l.contains("✓") && l.contains("½")), table);
        assertTrue(lines.stream().anyMatch(l -> l.contains("0/5") && l.contains("✗") && l.contains("⏱")), table);
        assertTrue(table.contains("\nlesson not known\n"), table);
        assertTrue(lines.stream().anyMatch(l -> l.contains("broken.ipynb") && l.contains("not graded")), table);
    }

    @Test
    void aTableTooWideForATerminalNumbersItsChecksAndNamesThemBelow() {
        List<CheckScore> checks = List.of("l01-run-all-check", "l01-fetch-all-check", "l01-run-tasks-check",
                "l01-fetch-with-a-pool-check").stream()
                .map(id -> new CheckScore(id, 2, 2, CheckStatus.PASSED, "", List.of())).toList();
        NotebookGrade dave = new NotebookGrade("submissions/dave.ipynb", "01-threads-io", checks, List.of(), List.of());

        String table = GradeReport.table(List.of(dave));

        List<String> lines = table.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.length() <= GradeReport.WIDTH), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("│ file +│ points +│ % +│ 1 │ 2 │ 3 │ 4 │")), table);
        assertTrue(lines.stream().anyMatch(l -> l.contains("dave.ipynb") && l.contains("8/8") && l.contains("✓ │ ✓")),
                table);
        assertEquals(List.of("1  l01-run-all-check", "2  l01-fetch-all-check", "3  l01-run-tasks-check",
                "4  l01-fetch-with-a-pool-check"), lines.subList(lines.size() - 4, lines.size()), table);
        assertTrue(GradeReport.table(List.of(ANNA)).contains("│ l01-a"), "a table that fits keeps the ids");
    }

    @Test
    void aWideTableOfNotebooksNotGradedHasNoChecksToNumber() {
        NotebookGrade far = NotebookGrade.ungraded("/a/very/long/path/of/the/submissions/of/a/class/of/the/spring/term/"
                + "broken.ipynb", "", "not a notebook");

        String table = GradeReport.table(List.of(far));

        assertTrue(table.startsWith("lesson not known\n") && table.contains("broken.ipynb") && table.contains("not graded"),
                table);
        assertTrue(table.lines().anyMatch(l -> l.length() > GradeReport.WIDTH), "the test needs a table wider than the width");
    }

    @Test
    void notebooksOfSeveralLessonsGetATablePerLessonWithItsOwnChecks() {
        NotebookGrade carl = new NotebookGrade("carl.ipynb", "03-async", List.of(
                new CheckScore("l03-gather", 5, 5, CheckStatus.PASSED, "", List.of())), List.of(), List.of());
        String table = GradeReport.table(List.of(ANNA, carl, BEN));

        String[] tables = table.split("\n\n");
        assertEquals(2, tables.length, table);
        assertTrue(tables[0].startsWith("lesson 01-threads-io\n") && tables[0].contains("anna.ipynb")
                && tables[0].contains("second.ipynb") && tables[0].contains("l01-b")
                && !tables[0].contains("l03-gather") && !tables[0].contains("carl"), table);
        assertTrue(tables[1].startsWith("lesson 03-async\n") && tables[1].contains("carl.ipynb")
                && tables[1].contains("l03-gather") && !tables[1].contains("l01-a"), table);
        assertEquals(1, GradeReport.table(List.of(ANNA, BEN)).split("\n\n").length, "one lesson, one table");
    }

    @Test
    void remarksListProblemsNotesAndWhyChecksLostPoints() {
        String remarks = GradeReport.remarks(List.of(ANNA, BEN, BROKEN));

        assertTrue(remarks.contains("note: cell l01-a was edited"), remarks);
        assertTrue(remarks.contains("✗ l01-a: expected 4, …"), remarks);
        assertTrue(remarks.contains("problem: broken.ipynb is not a notebook"), remarks);
    }

    @Test
    void writingCreatesTheDirectoryAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("grades/term1");
        GradeReport.write(out, List.of(ANNA));
        GradeReport.write(out, List.of(ANNA, BEN));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("grades.csv", "grades.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(GradeReport.csv(List.of(ANNA, BEN)), Files.readString(out.resolve("grades.csv")));
    }
}
