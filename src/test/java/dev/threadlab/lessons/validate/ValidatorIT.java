package dev.threadlab.lessons.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.cli.JavaEngines;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.lessons.notebook.ThreadlabMeta;
import dev.threadlab.testing.NotebookFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Validating the check API fixture lesson (src/test/resources/grading/checks/source) with real engines. */
@Timeout(180)
@Tag("integration")
final class ValidatorIT {

    private static final Path SOURCE = NotebookFixtures.GRADING.resolve("checks/source/96-checks.ipynb");

    @Test
    void aSoundLessonPassesWithSolutionsAndFailsWithStubsInEveryRun() throws InterruptedException {
        List<String> progress = new ArrayList<>();
        Validation validation = new Validator(JavaEngines.runner(), true)
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

        Validation validation = new Validator(JavaEngines.runner(), false).validate(weak, 1, (f, r, o) -> { });

        assertFalse(validation.ok());
        assertEquals(2, validation.runs(), "the check cell asks for 2 repetitions");
        CheckValidation check = validation.checks().get(0);
        assertEquals(2, check.sourcePassed());
        assertEquals(0, check.studentFailed());
        assertTrue(check.problems().get(0).startsWith("the stubs never failed it (passed"), check.problems()::toString);
        assertTrue(ValidationReport.text(validation).contains("PROBLEMS"), ValidationReport.text(validation));
    }

    @Test
    void aStudentVersionThatShowsOtherRequirementsThanTheGradeIsAProblem(@TempDir Path dir) throws Exception {
        Notebook source = Notebook.read(SOURCE);
        List<NotebookCell> cells = new ArrayList<>(source.cells());
        // The hidden part raises the points of a later requirement: the grade's maximum would be 3, the notebook's 2.
        cells.set(2, cells.get(2).withSource("""
                Check.cell("l96-twice-check", c -> {
                    double[] extra = {0};
                    c.that(1, "twice(2) is 4", () -> {
                        Assertions.assertEquals(4, twice(2));
                        // BEGIN HIDDEN TESTS
                        extra[0] = 1;
                        // END HIDDEN TESTS
                    });
                    c.that(1 + extra[0], "twice(-3) is -6", () -> Assertions.assertEquals(-6, twice(-3)));
                });"""));
        Path changed = dir.resolve("96-checks.ipynb");
        source.withCells(cells).write(changed);

        Validation validation = new Validator(JavaEngines.runner(), true).validate(changed, 1, (f, r, o) -> { });

        assertFalse(validation.ok());
        List<String> problems = validation.checks().get(0).problems();
        assertTrue(problems.contains("the learner's notebook shows other requirements than the grade uses: the source "
                + "reports [twice(2) is 4 (1), twice(-3) is -6 (2)], the student version [twice(2) is 4 (1), twice(-3) is "
                + "-6 (1)]. Hidden tests re-test a requirement inside its body and add none (see docs/exercises.md)"),
                problems::toString);
        assertTrue(problems.contains("its requirements add up to 3 points but its nbgrader points are 2; make them the "
                + "same, so the notebook shows the maximum the grade uses"), problems::toString);
        assertTrue(problems.getFirst().startsWith("the learner's notebook shows other requirements"),
                "what is wrong with the check itself comes before what it made of the runs: " + problems);
    }

    @Test
    void aNotebookWithStructuralProblemsIsNotRun(@TempDir Path dir) throws IOException, InterruptedException {
        Path renamed = dir.resolve("97-elsewhere.ipynb");
        Files.copy(SOURCE, renamed);

        Validation validation = new Validator(JavaEngines.runner(), true).validate(renamed, 5, (f, r, o) -> {
            throw new AssertionError("nothing may run");
        });

        assertFalse(validation.ok());
        assertEquals(0, validation.runs());
        assertTrue(validation.problems().stream().anyMatch(p -> p.contains("metadata.threadlab.lesson is \"96-checks\"")),
                validation.problems()::toString);
    }
}
