package dev.threadlab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.run.CapturedOutput;
import dev.threadlab.lessons.run.CellOutcome;
import dev.threadlab.lessons.run.CellResult;
import dev.threadlab.lessons.run.CellToRun;
import dev.threadlab.lessons.run.NotebookRun;
import dev.threadlab.testing.NotebookFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class NotebookCellsTest {

    @Test
    void theExerciseCellsAreTheGradedOnesWithoutTheDemosBetweenThem() {
        Notebook withDemo = NotebookFixtures.withCell(NotebookFixtures.source(), 5,
                c -> NotebookFixtures.source().cells().get(1).withSource("int demo = 1;").withoutGrading());
        assertEquals(List.of("cell 2 (l99-setup)", "cell 4 (l99-sum)", "cell 5 (l99-sum-check)", "cell 6",
                        "cell 7 (l99-greet)", "cell 8 (l99-greet-check)"),
                NotebookCells.toRun(withDemo, Optional.empty()).stream().map(CellToRun::label).toList());
        assertEquals(List.of("cell 2 (l99-setup)", "cell 4 (l99-sum)", "cell 5 (l99-sum-check)",
                        "cell 7 (l99-greet)", "cell 8 (l99-greet-check)"),
                NotebookCells.exerciseCells(withDemo).stream().map(CellToRun::label).toList());
    }

    @Test
    void aRunOfTheExerciseCellsIsScoredByTheirPlacesInThatRun() {
        Notebook withDemo = NotebookFixtures.withCell(NotebookFixtures.source(), 5,
                c -> NotebookFixtures.source().cells().get(1).withSource("int demo = 1;").withoutGrading());
        // Each cell "fails" naming itself, so a score shows which cell's outcome it was given.
        List<CellResult> cells = NotebookCells.exerciseCells(withDemo).stream()
                .map(c -> new CellResult(c, CapturedOutput.NONE, c.graded()
                        ? new CellOutcome.Errored("Ran", c.label(), List.of())
                        : new CellOutcome.Completed(MimeBundle.text(""))))
                .toList();
        NotebookRun run = new NotebookRun(cells, List.of(), List.of());
        assertEquals(List.of("Ran: cell 5 (l99-sum-check)", "Ran: cell 8 (l99-greet-check)"),
                NotebookCells.exerciseScores(withDemo, run).stream().map(CheckScore::message).toList());
    }
}
