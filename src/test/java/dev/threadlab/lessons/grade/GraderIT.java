package dev.threadlab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.cli.JavaEngines;
import dev.threadlab.testing.NotebookFixtures;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Grading the fixture lesson's submissions (src/test/resources/grading, made by make_fixtures.py). */
@Timeout(120)
@Tag("integration")
final class GraderIT {

    static final Path FIXTURES = NotebookFixtures.GRADING;
    private static Grader grader;

    @BeforeAll
    static void loadSources() throws IOException {
        Sources sources = Sources.load(FIXTURES.resolve("source"));
        assertEquals(List.of("98-grading"), List.copyOf(sources.byLesson().keySet()));
        grader = new Grader(sources, JavaEngines.runner(), Optional.empty());
    }

    @Test
    void aSubmissionIsGradedWithRestoredChecksPartialCreditAndATimedOutCheckThatDoesNotStopTheRest()
            throws InterruptedException {
        NotebookGrade ben = grader.grade(FIXTURES.resolve("submissions/ben.ipynb"));

        assertTrue(ben.graded(), ben::toString);
        assertEquals("98-grading", ben.lesson());
        List<CheckScore> checks = ben.checks();
        assertEquals(List.of("l98-sum-check", "l98-wait-check", "l98-count-check"),
                checks.stream().map(CheckScore::id).toList());
        assertEquals(CheckStatus.FAILED, checks.get(0).status());
        assertEquals(List.of("sum(1, 1) is 2", "sum(-1, -2) is -3"),
                checks.get(0).checks().stream().map(CheckReport.Item::name).toList(),
                "the weakened check cell was restored from the source, hidden checks included");
        assertTrue(checks.get(0).message().contains("sum(1, 1) should be 2. Expected 2, got 0."),
                checks.get(0).message());
        assertEquals(CheckStatus.TIMED_OUT, checks.get(1).status());
        assertEquals(CheckStatus.PARTIAL, checks.get(2).status());
        assertEquals(1, checks.get(2).points());
        assertTrue(checks.get(2).message().startsWith("The check earned 1 of 2 points. Not passed: countEven of {1, 2,"
                + " 4} is 2"), checks.get(2).message());
        assertEquals(1, ben.points());
        assertEquals(7, ben.max());
        assertTrue(ben.notes().stream().anyMatch(n -> n.contains("l98-sum-check")), ben.notes()::toString);
        assertTrue(ben.notes().stream().anyMatch(n -> n.contains("did not finish within 5 s")), ben.notes()::toString);
    }

    @Test
    void aCheckApiCellGivesPartialCreditAndItsPerCheckDetails() throws InterruptedException, IOException {
        Grader checks = new Grader(Sources.load(FIXTURES.resolve("checks/source")), JavaEngines.runner(),
                Optional.empty());
        NotebookGrade carla = checks.grade(FIXTURES.resolve("checks/submissions/carla.ipynb"));

        CheckScore score = carla.checks().get(0);
        assertEquals(CheckStatus.PARTIAL, score.status(), score::toString);
        assertEquals(1, score.points());
        assertEquals(List.of(CheckReport.Status.PASSED, CheckReport.Status.FAILED),
                score.checks().stream().map(CheckReport.Item::status).toList());
        assertEquals("twice(-3) is -6", score.checks().get(1).name());
        assertTrue(score.message().contains("Not passed: twice(-3) is -6"), score.message());
    }

    @Test
    void aGlobalTimeoutReplacesTheCellsOwn() throws InterruptedException, IOException {
        Grader impatient = new Grader(Sources.load(FIXTURES.resolve("source")), JavaEngines.runner(),
                Optional.of(Duration.ofSeconds(1)));
        NotebookGrade ben = impatient.grade(FIXTURES.resolve("submissions/ben.ipynb"));

        assertTrue(ben.notes().stream().anyMatch(n -> n.contains("did not finish within 1 s")), ben.notes()::toString);
    }

    @Test
    void anUnreadableNotebookIsNotGradedAndSaysWhy() throws InterruptedException {
        NotebookGrade broken = grader.grade(FIXTURES.resolve("corrupt/broken.ipynb"));

        assertFalse(broken.graded());
        assertTrue(broken.problems().get(0).contains("broken.ipynb"), broken.problems()::toString);
        assertTrue(broken.checks().isEmpty());
    }

    @Test
    void aNotebookOfAnotherLessonOrNoneIsNotGraded(@TempDir Path dir) throws IOException, InterruptedException {
        String anna = Files.readString(FIXTURES.resolve("submissions/anna.ipynb"));
        Path other = dir.resolve("other.ipynb");
        Files.writeString(other, anna.replace("\"lesson\": \"98-grading\"", "\"lesson\": \"42-unknown\""));
        Path none = dir.resolve("none.ipynb");
        Files.writeString(none, anna.replace("\"lesson\": \"98-grading\"", "\"unrelated\": 1"));

        NotebookGrade unknown = grader.grade(other);
        NotebookGrade missing = grader.grade(none);

        assertEquals("42-unknown", unknown.lesson());
        assertTrue(unknown.problems().get(0).contains("no source notebook has that lesson id"), unknown::toString);
        assertTrue(missing.problems().get(0).contains("has no lesson id"), missing::toString);
    }
}
