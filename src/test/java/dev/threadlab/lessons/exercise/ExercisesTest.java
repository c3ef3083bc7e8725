package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.notebook.Grading;
import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.testing.NotebookFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ExercisesTest {

    private static final String NB = NotebookFixtures.SOURCE.toString();

    @Test
    void theFixtureLessonHasNoProblems() {
        assertEquals(List.of(), Exercises.problems(NotebookFixtures.source()));
    }

    @Test
    void aDuplicatedGradeIdIsReportedAtTheSecondCell() {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 7,
                c -> c.withGrading(new Grading(3, true, false, true, false, "l99-sum-check", 1.0)));
        assertEquals(List.of(NB + ", cell 8 (l99-sum-check): grade_id \"l99-sum-check\" is already used by cell 5; "
                + "give each cell its own id.",
                NB + ", cell 8 (l99-sum-check): calls Check.cell(\"l99-greet-check\", ...) but its grade_id is l99-sum-check; "
                + "use the same id in both."), Exercises.problems(source));
    }

    @Test
    void anAnswerWithoutACheckBelowItIsReported() {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 7, c -> c.withGrading(Grading.readOnly("l99-greet-demo")));
        assertEquals(List.of(NB + ", cell 7 (l99-greet): an answer cell with no check cell after it; add a check cell "
                + "(nbgrader grade: true) below it, before the next answer cell."), Exercises.problems(source));
    }

    @Test
    void checkCellsNeedPointsAndIdsTheLessonsPrefix() {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 7,
                c -> c.withGrading(new Grading(2, true, false, true, false, "l98 check", 0.0)));
        assertEquals(List.of(NB + ", cell 8 (l98 check): nbgrader schema_version is 2; write 3.",
                NB + ", cell 8 (l98 check): grade_id \"l98 check\" may hold only letters, digits, - and _.",
                NB + ", cell 8 (l98 check): a check cell needs points greater than 0, has 0.0.",
                NB + ", cell 8 (l98 check): calls Check.cell(\"l99-greet-check\", ...) but its grade_id is l98 check; "
                + "use the same id in both."),
                Exercises.problems(source));
    }

    @Test
    void brokenMarkersAndAMissingLessonIdAreReported() throws Exception {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 3, c -> c.withSource("// BEGIN SOLUTION\n"));
        List<String> problems = new ArrayList<>(Exercises.problems(Notebook.parse(source.toJson()
                .replace("\"lesson\": \"99-fixture\"", "\"other\": 1"), "99-fixture.ipynb")));
        assertEquals(List.of("99-fixture.ipynb: metadata.threadlab.lesson is missing; set it to the file name without "
                + ".ipynb (for example \"01-threads-io\").",
                "99-fixture.ipynb, cell 4 (l99-sum), line 1: `// BEGIN SOLUTION` is never closed; add `// END SOLUTION` "
                + "after the last line of the region."), problems);
    }

    @Test
    void anAnswerWithoutASolutionRegionWouldGiveTheSolutionAway() {
        Notebook source = NotebookFixtures.withCell(NotebookFixtures.source(), 3, c -> c.withSource("static int sum(int a, int b) { return a + b; }"));
        assertEquals(List.of(NB + ", cell 4 (l99-sum): an answer cell without a `// BEGIN SOLUTION` region, so learners "
                + "would get the solution; mark the part they should write."), Exercises.problems(source));
    }

    @Test
    void aCheckCellMustCallCheckWithItsOwnGradeId() {
        Notebook wrongId = NotebookFixtures.withCell(NotebookFixtures.source(), 7, c -> c.withSource("Check.cell(\"l99-other\", c -> {});"));
        Notebook noCall = NotebookFixtures.withCell(NotebookFixtures.source(), 7, c -> c.withSource("assert greet(\"a\") != null;"));
        Notebook partial = NotebookFixtures.withCell(NotebookFixtures.source(), 7, c -> c.withSource("Check.partial(\"l99-greet-check\", c -> {});"));
        assertEquals(List.of(NB + ", cell 8 (l99-greet-check): calls Check.cell(\"l99-other\", ...) but its grade_id is "
                + "l99-greet-check; use the same id in both."), Exercises.problems(wrongId));
        assertEquals(List.of(NB + ", cell 8 (l99-greet-check): calls Check.partial, which is gone: Check.cell gives partial "
                + "credit now; write Check.cell(\"l99-greet-check\", c -> ...)."), Exercises.problems(partial));
        assertEquals(List.of(NB + ", cell 8 (l99-greet-check): a check cell without a `Check.cell(\"l99-greet-check\", "
                + "c -> ...)` call; write the checks inside one (see docs/exercises.md)."), Exercises.problems(noCall));
    }

    @Test
    void hiddenTestsBelongInsideTheBodyOfTheRequirementTheyReTest() {
        String outside = """
                Check.cell("l99-greet-check", c -> {
                    c.that(1, "greets Ada", () -> Assertions.assertEquals("Hello, Ada", greet("Ada")));
                    // BEGIN HIDDEN TESTS
                    Assertions.assertEquals("Hello, Bo", greet("Bo"));
                    // END HIDDEN TESTS
                });""";
        String ownRequirement = """
                Check.cell("l99-greet-check", c -> {
                    c.that(1, "greets Ada", () -> {
                        Assertions.assertEquals("Hello, Ada", greet("Ada"));
                        // BEGIN HIDDEN TESTS
                        c.that(1, "greets Bo", () -> Assertions.assertEquals("Hello, Bo", greet("Bo")));
                        // END HIDDEN TESTS
                    });
                });""";
        String unbalanced = """
                Check.cell("l99-greet-check", c -> {
                    c.that(1, "greets Ada", () -> {
                        Assertions.assertEquals("Hello, Ada", greet("Ada"));
                        // BEGIN HIDDEN TESTS
                        if (greet("Bo") != null) {
                        // END HIDDEN TESTS
                        }
                    });
                });""";
        String inside = """
                Check.cell("l99-greet-check", c -> {
                    c.that(1, "greets anyone (\\"that(\\" in a string is no call)", () -> {
                        Assertions.assertEquals("Hello, Ada", greet("Ada"));
                        // BEGIN HIDDEN TESTS
                        Assertions.assertEquals("Hello, Bo", greet("Bo"), "c.that(1, ...) in a message is no call");
                        // END HIDDEN TESTS
                    });
                });""";
        String at = NB + ", cell 8 (l99-greet-check), line ";
        assertEquals(List.of(at + "3: these hidden tests are outside every requirement. Hidden tests re-test a stated "
                + "requirement with other data, so they go inside the body of its c.that(points, \"requirement\", () -> "
                + "{ ... }), after the visible part."), problemsWithGreetCheck(outside));
        assertEquals(List.of(at + "4: these hidden tests declare a requirement (c.that(...)), which the learner's notebook "
                + "would not show; put their assertions inside the body of the visible requirement they re-test."),
                problemsWithGreetCheck(ownRequirement));
        assertEquals(List.of(at + "4: these hidden tests do not close every bracket they open, or close one opened before "
                + "them; make them whole statements inside one requirement's body."), problemsWithGreetCheck(unbalanced));
        assertEquals(List.of(), problemsWithGreetCheck(inside));
    }

    private static List<String> problemsWithGreetCheck(String source) {
        return Exercises.problems(NotebookFixtures.withCell(NotebookFixtures.source(), 7, c -> c.withSource(source)));
    }

    @Test
    void aGradeIdUsedInTwoLessonsIsReported() throws Exception {
        Notebook other = Notebook.parse(NotebookFixtures.source().toJson(), "lessons/source/99-copy.ipynb");
        List<String> problems = Exercises.problems(List.of(NotebookFixtures.source(), other));
        assertEquals("lessons/source/99-copy.ipynb: grade_id \"l99-setup\" is also used in " + NB
                + "; grade ids must be unique across lessons.", problems.get(1));
        assertEquals(1 + 5, problems.size());   // the copy's file name differs from its lesson id, and 5 shared ids
    }

    @Test
    void aLessonIdThatDiffersFromTheFileNameIsReported() throws Exception {
        Notebook source = Notebook.parse(NotebookFixtures.source().toJson(), "lessons/source/01-other.ipynb");
        assertEquals("lessons/source/01-other.ipynb: metadata.threadlab.lesson is \"99-fixture\" but the file is "
                + "01-other.ipynb; make them the same.", Exercises.problems(source).get(0));
    }

    @Test
    void aStudentNotebookIsToldApartFromASourceWithAWayOut() {
        List<String> problems = Exercises.problems(NotebookFixtures.student());
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("is a student notebook"), problems.get(0));
        assertTrue(problems.get(0).contains("Validate its source"), problems.get(0));
    }
}
