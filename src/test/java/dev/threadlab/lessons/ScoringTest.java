package dev.threadlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ScoringTest {

    private static final CellToRun CHECK = new CellToRun("cell 3", "Check.cell(...)", Duration.ofSeconds(60), true);

    private static CheckScore score(CellOutcome outcome, MimeBundle... displays) {
        return Scoring.score("l01-x", 3, new CellResult(CHECK, new CapturedOutput("", "", List.of(displays)), outcome));
    }

    private static CellOutcome value(String text) {
        return new CellOutcome.Completed(MimeBundle.text(text));
    }

    @Test
    void aCellThatEndsWithoutAnErrorOrANumberEarnsFullPoints() {
        assertEquals(new CheckScore("l01-x", 3, 3, CheckStatus.PASSED, "", List.of()),
                score(new CellOutcome.Completed(null)));
        assertEquals(CheckStatus.PASSED, score(value("\"done\"")).status());
    }

    @Test
    void anErrorEarnsNothingAndItsMessageSaysWhy() {
        CheckScore score = score(new CellOutcome.Errored("CheckFailed", "1 of 2 checks failed: runAll returned early",
                List.of()));
        assertEquals(new CheckScore("l01-x", 0, 3, CheckStatus.FAILED, "1 of 2 checks failed: runAll returned early",
                List.of()), score);
        assertEquals(CheckStatus.FAILED, score(new CellOutcome.Errored("CompileError", "cannot find symbol", List.of()))
                .status());
    }

    @Test
    void aNumericValueIsAPartialScoreCappedAtTheMaximum() {
        CheckScore partial = score(value("2.0"));
        assertEquals(2, partial.points());
        assertEquals(CheckStatus.PARTIAL, partial.status());
        assertTrue(partial.message().contains("2 of 3"), partial.message());
        assertEquals(new CheckScore("l01-x", 3, 3, CheckStatus.PASSED, "", List.of()), score(value("7.5")));
        assertEquals(CheckStatus.PASSED, score(value("3")).status());
    }

    @Test
    void aValueOfZeroOrLessEarnsNothingAndIsFailed() {
        assertEquals(CheckStatus.FAILED, score(value("0.0")).status());
        assertEquals(0, score(value("-2")).points());
        assertEquals(CheckStatus.FAILED, score(value("nan")).status());
    }

    @Test
    void theFirstDisplayWhoseTextIsANumberCountsAsNbgraderReadsOutputsInOrder() {
        CheckScore score = score(value("3.0"), MimeBundle.text("a table"), MimeBundle.text(" 1.5\n"));
        assertEquals(1.5, score.points());
    }

    @Test
    void aCheckThatDidNotFinishOrDidNotRunIsNeverPassed() {
        CheckScore timedOut = score(new CellOutcome.TimedOut(Duration.ofSeconds(2)));
        assertEquals(CheckStatus.TIMED_OUT, timedOut.status());
        assertEquals(0, timedOut.points());
        assertTrue(timedOut.message().contains("within 2 s"), timedOut.message());
        CheckScore notRun = score(new CellOutcome.NotRun("no engine"));
        assertEquals(CheckStatus.NOT_RUN, notRun.status());
        assertEquals(0, notRun.points());
    }

    @Test
    void numbersAreReadAsPythonsFloatReadsThem() {
        assertEquals(Optional.of(2.5), Scoring.parseFloat(" 2.5 "));
        assertEquals(Optional.of(1000.0), Scoring.parseFloat("1_000"));
        assertEquals(Optional.of(0.5), Scoring.parseFloat(".5"));
        assertEquals(Optional.of(100.0), Scoring.parseFloat("1.e2"));
        assertEquals(Optional.of(Double.NEGATIVE_INFINITY), Scoring.parseFloat("-inf"));
        assertEquals(Optional.empty(), Scoring.parseFloat("3.0d"), "Java's suffix is not Python's");
        assertEquals(Optional.empty(), Scoring.parseFloat("0x10"));
        assertEquals(Optional.empty(), Scoring.parseFloat("1 2"));
        assertEquals(Optional.empty(), Scoring.parseFloat(""));
        assertEquals(Optional.empty(), Scoring.parseFloat("."));
    }

    @Test
    void theCellsOwnJsonReportGivesTheSubChecks() {
        String json = """
                {"id": "l01-x", "points": 1, "max": 3, "passed": false, "checks": [
                  {"name": "returns after every task", "points": 1, "max": 1, "status": "passed", "message": ""},
                  {"name": "tasks overlap", "points": 0, "max": 2, "status": "timed_out", "message": "stuck in join"}]}""";
        MimeBundle report = new MimeBundle(Map.of(CheckReport.MIME_TYPE, json, "text/plain", "✓ table"), Map.of());
        CheckScore score = score(new CellOutcome.Errored("CheckFailed", "tasks overlap: stuck in join", List.of()), report);

        assertEquals(List.of(new CheckReport.Item("returns after every task", 1, 1, CheckReport.Status.PASSED, ""),
                new CheckReport.Item("tasks overlap", 0, 2, CheckReport.Status.TIMED_OUT, "stuck in join")), score.checks());
        assertEquals(CheckStatus.FAILED, score.status());
    }

    @Test
    void aReportEncodedTwiceOrBrokenIsReadDefensively() {
        String report = "{\"id\": \"l01-x\", \"points\": 1, \"max\": 1, \"passed\": true, \"checks\": [{\"name\": \"a\","
                + " \"points\": 1, \"max\": 1, \"status\": \"passed\"}]}";
        String twice = "\"" + report.replace("\"", "\\\"") + "\"";
        CheckReport expected = new CheckReport("l01-x", 1, 1, true,
                List.of(new CheckReport.Item("a", 1, 1, CheckReport.Status.PASSED, "")));
        assertEquals(Optional.of(expected), CheckReports.read(report));
        assertEquals(Optional.of(expected), CheckReports.read(twice));
        assertEquals(Optional.empty(), CheckReports.read("{not json"));
        assertEquals(Optional.empty(), CheckReports.read("[1, 2]"));
        assertEquals(Optional.empty(), CheckReports.read("{\"id\": \"l01-x\", \"checks\": 5}"));
    }

    @Test
    void theReportWithTheCellsOwnIdWinsOverAnotherCellsReport() {
        MimeBundle mine = new MimeBundle(Map.of(CheckReport.MIME_TYPE, report("l01-x")), Map.of());
        MimeBundle other = new MimeBundle(Map.of(CheckReport.MIME_TYPE, report("l01-y")), Map.of());
        assertEquals("l01-x", CheckReports.find("l01-x", List.of(mine, other)).orElseThrow().id());
        assertEquals("l01-y", CheckReports.find("l01-z", List.of(mine, other)).orElseThrow().id());
    }

    private static String report(String id) {
        return "{\"id\": \"" + id + "\", \"points\": 0, \"max\": 1, \"passed\": false, \"checks\": []}";
    }
}
