package dev.threadlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class NotebookCellsTest {

    @Test
    void theExerciseCellsAreTheGradedOnesWithoutTheDemosBetweenThem() {
        Notebook withDemo = Fixtures.withCell(Fixtures.source(), 5,
                c -> Fixtures.source().cells().get(1).withSource("int demo = 1;").withoutGrading());
        assertEquals(List.of("cell 2 (l99-setup)", "cell 4 (l99-sum)", "cell 5 (l99-sum-check)", "cell 6",
                        "cell 7 (l99-greet)", "cell 8 (l99-greet-check)"),
                NotebookCells.toRun(withDemo, Optional.empty()).stream().map(CellToRun::label).toList());
        assertEquals(List.of("cell 2 (l99-setup)", "cell 4 (l99-sum)", "cell 5 (l99-sum-check)",
                        "cell 7 (l99-greet)", "cell 8 (l99-greet-check)"),
                NotebookCells.exerciseCells(withDemo).stream().map(CellToRun::label).toList());
    }
}
