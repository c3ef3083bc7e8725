package dev.threadlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Validating the check API fixture lesson (src/test/resources/grading/checks/source) with real engines. */
@Timeout(180)
final class ValidatorTest {

    private static final Path SOURCE = GraderTest.FIXTURES.resolve("checks/source/96-checks.ipynb");

    @Test
    void aSoundLessonPassesWithSolutionsAndFailsWithStubsInEveryRun() throws InterruptedException {
        List<String> progress = new ArrayList<>();
        Validation validation = new Validator(NotebookRunner.withJavaEngines(), true)
                .validate(SOURCE, 2, (file, run, of) -> progress.add(run + "/" + of));

        assertTrue(validation.ok(), () -> ValidationReport.text(validation));
        assertEquals(List.of("1/2", "2/2"), progress);
        assertEquals(1, validation.checks().size());
        validation.checks().forEach(c -> {
            assertEquals(2, c.sourcePassed(), c::toString);
            assertEquals(2, c.studentFailed(), c::toString);
        });
        assertTrue(ValidationReport.text(validation).startsWith(SOURCE + ": OK (2 runs)"),
                ValidationReport.text(validation));
    }

    @Test
    void aCheckTheStubsPassIsAProblem(@TempDir Path dir) throws IOException, NotebookException, InterruptedException {
        Notebook source = Notebook.read(SOURCE);
        List<NotebookCell> cells = new ArrayList<>(source.cells());
        int checkCell = 2;
        assertEquals("l96-twice-check", cells.get(checkCell).gradeId().orElseThrow());
        cells.set(checkCell, cells.get(checkCell).withSource("Check.cell(\"l96-twice-check\", c -> c.that(2, \"nothing\", () -> {}));")
                .withThreadlab(new ThreadlabMeta(OptionalInt.empty(), OptionalInt.of(2), List.of(), Optional.empty())));
        Path weak = dir.resolve("96-checks.ipynb");
        source.withCells(cells).write(weak);

        Validation validation = new Validator(NotebookRunner.withJavaEngines(), false).validate(weak, 1, (f, r, o) -> { });

        assertFalse(validation.ok());
        assertEquals(2, validation.runs(), "the check cell asks for 2 repetitions");
        CheckValidation check = validation.checks().get(0);
        assertEquals(2, check.sourcePassed());
        assertEquals(0, check.studentFailed());
        assertTrue(check.problems().get(0).startsWith("the stubs never failed it (passed"), check.problems()::toString);
        assertTrue(ValidationReport.text(validation).contains("PROBLEMS"), ValidationReport.text(validation));
    }

    @Test
    void aNotebookWithStructuralProblemsIsNotRun(@TempDir Path dir) throws IOException, InterruptedException {
        Path renamed = dir.resolve("97-elsewhere.ipynb");
        Files.copy(SOURCE, renamed);

        Validation validation = new Validator(NotebookRunner.withJavaEngines(), true).validate(renamed, 5, (f, r, o) -> {
            throw new AssertionError("nothing may run");
        });

        assertFalse(validation.ok());
        assertEquals(0, validation.runs());
        assertTrue(validation.problems().stream().anyMatch(p -> p.contains("metadata.threadlab.lesson is \"96-checks\"")),
                validation.problems()::toString);
    }
}
