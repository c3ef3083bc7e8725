package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.grade.NotebookCells;
import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.testing.NotebookFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A submission is the fixture's student version after a learner worked in it. */
final class RepairTest {

    private static final String ANSWER = "static int sum(int a, int b) {\n    return b + a;\n}";

    /** The student version with the sum exercise answered: cells - setup - sum check hints - greet check -. */
    private static List<NotebookCell> answered() {
        List<NotebookCell> cells = new ArrayList<>(NotebookFixtures.student().cells());
        cells.set(3, cells.get(3).withSource(ANSWER));
        return cells;
    }

    private static Repair.Result repair(List<NotebookCell> cells) throws ExerciseFormatException {
        return Repair.against(NotebookFixtures.source(), NotebookFixtures.student().withCells(cells));
    }

    @Test
    void checkCellsAreTheSourcesWithHiddenTestsAndAnswersStay() throws Exception {
        Repair.Result result = repair(answered());
        assertEquals(List.of(), result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
        assertTrue(NotebookFixtures.cell(result.notebook(), "l99-sum-check").source().contains("negative numbers add up"));
        assertEquals(ANSWER, NotebookFixtures.cell(result.notebook(), "l99-sum").source());
        assertEquals(20, NotebookFixtures.cell(result.notebook(), "l99-sum-check").threadlab().timeoutOrDefault());
    }

    @Test
    void anEditedCheckCellIsRestoredWithItsHiddenTests() throws Exception {
        List<NotebookCell> cells = answered();
        cells.set(4, cells.get(4).withSource("Check.cell(\"l99-sum-check\", c -> {});"));
        Repair.Result result = repair(cells);
        assertEquals(List.of("check cell l99-sum-check was edited; graded with the source's version instead"), result.notes());
        assertEquals(NotebookFixtures.cell(NotebookFixtures.source(), "l99-sum-check").source(),
                NotebookFixtures.cell(result.notebook(), "l99-sum-check").source());
    }

    @Test
    void theSourceNotebookItselfHasNothingEdited() throws Exception {
        Repair.Result result = Repair.against(NotebookFixtures.source(), NotebookFixtures.source());
        assertEquals(List.of(), result.notes());
        assertEquals(NotebookFixtures.cell(NotebookFixtures.source(), "l99-sum-check").source(),
                NotebookFixtures.cell(result.notebook(), "l99-sum-check").source());
    }

    @Test
    void aDeletedCheckCellIsRestoredAtItsPlace() throws Exception {
        List<NotebookCell> cells = answered();
        cells.remove(4);
        Repair.Result result = repair(cells);
        assertEquals(List.of("check cell l99-sum-check was deleted; restored from the source"), result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
    }

    @Test
    void aDeletedAnswerCellComesBackAsTheStub() throws Exception {
        List<NotebookCell> cells = answered();
        cells.remove(7);
        Repair.Result result = repair(cells);
        assertEquals(List.of("answer cell l99-greet was deleted; restored as the unanswered stub, which earns no points"),
                result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
        assertEquals(NotebookFixtures.cell(NotebookFixtures.student(), "l99-greet"), NotebookFixtures.cell(result.notebook(), "l99-greet"));
    }

    @Test
    void aCopiedAnswerCellRunsWhereItIsAsAnOrdinaryCellAsInTheNotebook() throws Exception {
        List<NotebookCell> cells = answered();
        String copy = "static int sum(int a, int b) { return 0; }";
        cells.add(4, cells.get(3).withSource(copy));
        Repair.Result result = repair(cells);
        assertEquals(List.of("answer cell l99-sum appears again at cell 5 (first at cell 4); the copy ran too, where it"
                + " is, as an ordinary cell, as in the notebook"), result.notes());
        assertEquals(ANSWER, NotebookFixtures.cell(result.notebook(), "l99-sum").source());
        NotebookCell ran = result.notebook().cells().get(4);
        assertEquals(copy, ran.source());
        assertTrue(ran.gradeId().isEmpty(), "the copy earns nothing itself");
        assertEquals("l99-sum-check", result.notebook().cells().get(5).gradeId().orElseThrow(), "below the copy");
    }

    @Test
    void anAnswerCellTurnedIntoTextIsGradedAsItIsAndTheNoteSaysWhyItNeverRan() throws Exception {
        List<NotebookCell> cells = answered();
        NotebookCell text = NotebookFixtures.student().cells().get(0);
        cells.set(3, text.withSource(ANSWER).withGrading(cells.get(3).grading().orElseThrow()));
        Repair.Result result = repair(cells);
        assertEquals(List.of("answer cell l99-sum is a markdown cell in this notebook, not code, so it never ran;"
                + " graded as it is"), result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
    }

    @Test
    void aCopiedCheckCellIsDropped() throws Exception {
        List<NotebookCell> cells = answered();
        cells.add(5, cells.get(4));
        Repair.Result result = repair(cells);
        assertEquals(List.of("cell l99-sum-check appears again at cell 6 (first at cell 5); kept the first, dropped this"
                + " copy"), result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
    }

    @Test
    void cellsTheLearnerAddedAreKeptWhereTheLearnerPutThem() throws Exception {
        List<NotebookCell> cells = answered();
        NotebookCell scratch = NotebookFixtures.student().cells().get(0).withSource("my notes");
        NotebookCell tryIt = NotebookFixtures.student().cells().get(1).withSource("sum(2, 2)").withGrading(Grading.answer("x"));
        cells.add(0, scratch);
        cells.add(5, tryIt);
        Repair.Result result = repair(cells);
        assertEquals(List.of("cell 6 has grade_id x, which the source does not have; its nbgrader metadata was"
                + " removed, so it ran as an ordinary cell and earns nothing"), result.notes());
        assertEquals("my notes", result.notebook().cells().get(0).source());
        assertEquals("sum(2, 2)", result.notebook().cells().get(5).source());
        assertEquals(Optional.empty(), result.notebook().cells().get(5).grading());
    }

    @Test
    void anExtraGradedCellWithAThousandPointsLosesItsGradingAndCountsForNothing() throws Exception {
        List<NotebookCell> cells = answered();
        NotebookCell bonus = NotebookFixtures.student().cells().get(1).withSource("1000.0")
                .withGrading(Grading.check("l99-bonus-check", 1000));
        cells.add(bonus);
        Repair.Result result = repair(cells);
        NotebookCell kept = result.notebook().cells().get(result.notebook().cells().size() - 1);
        assertEquals("1000.0", kept.source());
        assertEquals(Optional.empty(), kept.grading());
        assertEquals(List.of(), NotebookCells.checks(result.notebook()).stream()
                .filter(c -> c.id().equals("l99-bonus-check")).toList());
        assertEquals(NotebookCells.checks(NotebookFixtures.student()), NotebookCells.checks(result.notebook()),
                "the same checks with the same points as the lesson's");
        assertTrue(result.notes().get(0).contains("l99-bonus-check, which the source does not have"),
                result.notes()::toString);
    }

    @Test
    void aCheckMovedAboveItsAnswerGoesBackBelowIt() throws Exception {
        List<NotebookCell> cells = answered();
        NotebookCell answer = cells.remove(3);
        cells.add(5, answer);   // now: ... check, hints, answer ...
        Repair.Result result = repair(cells);
        assertEquals(List.of("check cell l99-sum-check was above its answer l99-sum; moved back below it"), result.notes());
        List<String> ids = NotebookFixtures.gradeIds(result.notebook());
        assertEquals(ids.indexOf("l99-sum") + 1, ids.indexOf("l99-sum-check"));
    }

    @Test
    void anEditedReadOnlyCellIsRestored() throws Exception {
        List<NotebookCell> cells = answered();
        cells.set(1, cells.get(1).withSource("// emptied"));
        Repair.Result result = repair(cells);
        assertEquals(List.of("read-only cell l99-setup was edited; graded with the source's version instead"), result.notes());
        assertEquals(NotebookFixtures.cell(NotebookFixtures.student(), "l99-setup").source(),
                NotebookFixtures.cell(result.notebook(), "l99-setup").source());
    }

    @Test
    void aCheckWhoseMetadataWasRemovedIsRecognisedByItsCellIdAndRestored() throws Exception {
        List<NotebookCell> cells = answered();
        NotebookCell check = cells.get(4);
        cells.set(4, new NotebookCell(check.kind(), "Check.cell(\"l99-sum-check\", c -> {});", java.util.Optional.empty(),
                check.threadlab(), check.json()));
        Repair.Result result = repair(cells);
        assertEquals(List.of("cell 5 had lost its nbgrader metadata; treated as l99-sum-check again",
                "check cell l99-sum-check was edited; graded with the source's version instead"), result.notes());
        assertEquals(NotebookFixtures.gradeIds(NotebookFixtures.student()), NotebookFixtures.gradeIds(result.notebook()));
    }

    @Test
    void everythingDeletedComesBackInTheSourcesOrder() throws Exception {
        List<NotebookCell> cells = new ArrayList<>();
        cells.add(NotebookFixtures.student().cells().get(0));
        Repair.Result result = repair(cells);
        assertEquals(List.of("-", "l99-setup", "l99-sum", "l99-sum-check", "l99-greet", "l99-greet-check"),
                NotebookFixtures.gradeIds(result.notebook()));
        assertEquals(5, result.notes().size());
    }
}
