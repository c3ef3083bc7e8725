package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.testing.NotebookFixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReleaseTest {

    @Test
    void theFixtureLessonReleasesToItsReviewedStudentVersion() throws Exception {
        assertEquals(Files.readString(NotebookFixtures.STUDENT), Release.student(NotebookFixtures.source()).toJson());
    }

    @Test
    void releasingTheStudentVersionAgainChangesNothing() throws Exception {
        Notebook once = Release.student(NotebookFixtures.source());
        assertEquals(once.toJson(), Release.student(once).toJson());
    }

    @Test
    void solutionsBecomeStubsAndHiddenTestsGo() throws Exception {
        Notebook student = Release.student(NotebookFixtures.source());
        assertTrue(NotebookFixtures.cell(student, "l99-sum").source().contains("Not written yet: return the sum of a and b"));
        assertFalse(NotebookFixtures.cell(student, "l99-sum").source().contains("a + b"));
        assertFalse(NotebookFixtures.cell(student, "l99-sum-check").source().contains("negative"));
    }

    @Test
    void everyCodeCellIsClearedAndGradedCellsAreLocked() throws Exception {
        Notebook student = Release.student(NotebookFixtures.source());
        String json = student.toJson();
        assertFalse(json.contains("\"output_type\""));
        assertFalse(json.matches("(?s).*\"execution_count\": \\d.*"));
        assertTrue(NotebookFixtures.cell(student, "l99-greet-check").grading().orElseThrow().locked());
        assertTrue(NotebookFixtures.cell(student, "l99-setup").grading().orElseThrow().locked());
        assertFalse(NotebookFixtures.cell(student, "l99-greet").grading().orElseThrow().locked());
    }

    @Test
    void checkCellsAreTaggedRaisesExceptionSoRunAllGoesOnPastAFailingCheck() throws Exception {
        Notebook student = Release.student(NotebookFixtures.source());
        for (NotebookCell cell : student.cells()) {
            assertEquals(cell.isGraded(), cell.hasTag(Release.RAISES_EXCEPTION), cell.gradeId().orElse(cell.source()));
        }
        NotebookCell tagged = NotebookFixtures.cell(student, "l99-greet-check");
        assertEquals(tagged.toString(), Release.studentCell(tagged, CellPlace.of(student, 0)).toString(),
                "tagging twice keeps one tag");
    }

    @Test
    void hintsFollowTheirCheckFoldedInAGeneratedCell() throws Exception {
        List<NotebookCell> cells = Release.student(NotebookFixtures.source()).cells();
        int check = cells.indexOf(NotebookFixtures.cell(Release.student(NotebookFixtures.source()), "l99-sum-check"));
        NotebookCell hints = cells.get(check + 1);
        assertEquals(NotebookCell.Kind.MARKDOWN, hints.kind());
        assertEquals(java.util.Optional.of("hints"), hints.threadlab().generated());
        assertTrue(hints.source().startsWith("<details><summary><b>Hint 1</b> (click to show)</summary>\n\nJava adds with `+`.\n\n</details>\n\n"
                + "<details><summary><b>Hint 2</b> (click to show)</summary>"), hints.source());
        assertEquals(java.util.Optional.of("l99-sum-check-hints"), hints.id());
    }

    @Test
    void aSourceThatAlreadyHasGeneratedHintCellsDoesNotGetThemTwice() throws Exception {
        Notebook withGenerated = Release.student(NotebookFixtures.source());
        long hintCells = Release.student(withGenerated).cells().stream().filter(c -> c.threadlab().isGenerated()).count();
        assertEquals(1, hintCells);
    }

    @Test
    void aSolutionRegionOutsideAnAnswerCellIsAnError() {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 1,
                c -> c.withSource("// BEGIN SOLUTION\nx();\n// END SOLUTION\n"));
        var e = assertThrows(ExerciseFormatException.class, () -> Release.student(source));
        assertEquals(NotebookFixtures.SOURCE + ", cell 2 (l99-setup), line 1: the cell has a solution region, but it is not an "
                + "answer cell; set its nbgrader metadata to solution: true, or remove the markers.", e.getMessage());
    }

    @Test
    void markersInMarkdownCellsAreLeftAlone() throws Exception {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 0, c -> c.withSource("Write `// BEGIN SOLUTION` lines."));
        assertEquals("Write `// BEGIN SOLUTION` lines.", Release.student(source).cells().get(0).source());
    }
}
