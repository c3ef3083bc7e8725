package dev.threadlab.lessons.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.lessons.run.CapturedOutput;
import dev.threadlab.lessons.run.CellOutcome;
import dev.threadlab.lessons.run.CellResult;
import dev.threadlab.lessons.run.CellToRun;
import dev.threadlab.wire.CheckReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScoringTest {

    private static final CellToRun CHECK = new CellToRun("cell 3", "Check.cell(...)", Duration.ofSeconds(60), true);
    private static final CellOutcome ENDED = new CellOutcome.Completed(MimeBundle.text("3.0"));

    /** The JSON Check.cell sends for check {@code id}: two checks worth 1 and 2, {@code earned} of them passed. */
    private static String report(String id, double earned) {
        return """
                {"id": "%s", "points": %s, "max": 3, "passed": %s, "checks": [
                  {"name": "runAll waits", "points": %s, "max": 1, "status": "%s", "message": "%s"},
                  {"name": "tasks overlap", "points": %s, "max": 2, "status": "%s", "message": "%s"}]}"""
                .formatted(id, earned, earned == 3, earned >= 1 ? 1 : 0, earned >= 1 ? "passed" : "failed",
                        earned >= 1 ? "" : "returned early", earned >= 3 ? 2 : 0, earned >= 3 ? "passed" : "failed",
                        earned >= 3 ? "" : "never overlapped");
    }

    private static CheckScore score(CellOutcome outcome, CapturedOutput.Report... reports) {
        return Scoring.score("l01-x", 3, new CellResult(CHECK, new CapturedOutput("", "", List.of(), List.of(reports)),
                outcome));
    }

    private static CapturedOutput.Report sent(String id, double earned) {
        return new CapturedOutput.Report(id, report(id, earned));
    }

    @Test
    void aGenuineReportWithEverythingPassedEarnsTheSourcesPoints() {
        CheckScore score = score(ENDED, sent("l01-x", 3));
        assertEquals(CheckStatus.PASSED, score.status());
        assertEquals(3, score.points());
        assertEquals(List.of("runAll waits", "tasks overlap"), score.checks().stream().map(CheckReport.Item::name).toList());
    }

    @Test
    void theReportsPointsAreCappedAtTheSourcesMaximum() {
        String generous = report("l01-x", 3).replace("\"points\": 3.0, \"max\": 3", "\"points\": 1000, \"max\": 1000");
        CheckScore score = score(ENDED, new CapturedOutput.Report("l01-x", generous));
        assertEquals(new CheckScore("l01-x", 3, 3, CheckStatus.PASSED, "", score.checks()), score);
    }

    @Test
    void somePassedIsPartialCreditWithTheFailedChecksNamed() {
        CheckScore score = score(ENDED, sent("l01-x", 1));
        assertEquals(CheckStatus.PARTIAL, score.status());
        assertEquals(1, score.points());
        assertEquals("The check earned 1 of 3 points. Not passed: tasks overlap: never overlapped", score.message());
    }

    @Test
    void aCheckFailedWithItsReportKeepsTheFeedbackAndTheDetailsAndEarnsNothingAsInNbgrader() {
        CellOutcome failed = new CellOutcome.Errored("CheckFailed", "tasks overlap: never overlapped", List.of());
        CheckScore score = score(failed, sent("l01-x", 1));
        assertEquals(new CheckScore("l01-x", 0, 3, CheckStatus.FAILED,
                "The check earned no points. Not passed: tasks overlap: never overlapped",
                score.checks()), score);
        assertEquals(List.of(CheckReport.Status.PASSED, CheckReport.Status.FAILED),
                score.checks().stream().map(CheckReport.Item::status).toList(), "which checks passed is still told");
    }

    @Test
    void aCellThatEndsWithoutItsReportEarnsNothingWhateverItsValueOrDisplays() {
        MimeBundle lookalike = new MimeBundle(Map.of("text/plain", "3.0", CheckReport.MIME_TYPE, report("l01-x", 3)),
                Map.of());
        CellResult fake = new CellResult(CHECK, new CapturedOutput("3.0\n", "", List.of(lookalike)), ENDED);
        CheckScore score = Scoring.score("l01-x", 3, fake);
        assertEquals(0, score.points());
        assertEquals(CheckStatus.FAILED, score.status());
        assertTrue(score.message().contains("No check report for l01-x arrived while the cell ran"), score.message());
    }

    @Test
    void aReportForAnotherCheckIsNotThisChecksAndTheMessageNamesIt() {
        CheckScore score = score(ENDED, sent("l01-other", 3));
        assertEquals(0, score.points());
        assertTrue(score.message().contains("(only for l01-other)"), score.message());
    }

    @Test
    void anErrorOtherThanCheckFailedEarnsNothingEvenAfterAPassingReport() {
        CheckScore score = score(new CellOutcome.Errored("ThreadDeath", "a display sink threw it", List.of()),
                sent("l01-x", 3));
        assertEquals(0, score.points());
        assertEquals(CheckStatus.FAILED, score.status());
        assertTrue(score.message().startsWith("ThreadDeath: a display sink threw it (The check cell ended in this error"),
                score.message());
        CheckScore compile = score(new CellOutcome.Errored("CompileError", "cannot find symbol", List.of()));
        assertEquals("CompileError: cannot find symbol", compile.message());
    }

    @Test
    void aCheckFailedWithoutAnyReportSaysThatNothingWasScored() {
        CheckScore score = score(new CellOutcome.Errored("CheckFailed", "looks like a failure", List.of()));
        assertEquals(0, score.points());
        assertTrue(score.message().startsWith("looks like a failure. No check report for l01-x"), score.message());
    }

    @Test
    void aReportThatCannotBeReadEarnsNothing() {
        CheckScore score = score(ENDED, new CapturedOutput.Report("l01-x", "{\"id\": \"l01-x\", \"points\": \"all\"}"));
        assertEquals(0, score.points());
        assertTrue(score.message().contains("could not be read"), score.message());
    }

    @Test
    void theLastReportOfTheCheckCounts() {
        assertEquals(1, score(ENDED, sent("l01-x", 3), sent("l01-x", 1)).points());
    }

    @Test
    void aCheckThatDidNotFinishOrDidNotRunIsNeverPassed() {
        CheckScore timedOut = score(new CellOutcome.TimedOut(Duration.ofSeconds(2)), sent("l01-x", 3));
        assertEquals(CheckStatus.TIMED_OUT, timedOut.status());
        assertEquals(0, timedOut.points());
        assertTrue(timedOut.message().contains("within 2 s"), timedOut.message());
        CheckScore notRun = score(new CellOutcome.NotRun("no engine"));
        assertEquals(CheckStatus.NOT_RUN, notRun.status());
        assertEquals(0, notRun.points());
    }
}
