package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.lessons.notebook.NotebookOutput;
import dev.threadlab.wire.CheckReport;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class CellOutputsTest {

    private final OutputText text = new OutputText(new Theme(false));

    private List<String> lines(CellOutputs outputs, int width) {
        return text.lines(outputs, width).stream().map(AttributedString::toString).toList();
    }

    @Test
    void writesToOneStreamAreMergedAndDisplaysUpdatedByIdAsJupyterKeepsThem() {
        CellOutputs outputs = new CellOutputs();
        outputs.stream("stdout", "a");
        outputs.stream("stdout", "b\n");
        outputs.display(MimeBundle.text("bar 1/3"), "progress");
        outputs.stream("stderr", "warning\n");
        outputs.update(MimeBundle.text("bar 3/3"), "progress");
        outputs.update(MimeBundle.text("ignored"), "no-such-id");
        outputs.ended(new ExecuteOutcome.Ok(MimeBundle.text("42")), 7);
        assertEquals(List.of(new NotebookOutput.Stream("stdout", "ab\n"),
                new NotebookOutput.Display(MimeBundle.text("bar 3/3")),
                new NotebookOutput.Stream("stderr", "warning\n"),
                new NotebookOutput.Result(MimeBundle.text("42"), 7)), outputs.toNotebook());
        assertEquals(List.of("ab", "bar 3/3", "warning", "Out[7]: 42"), lines(outputs, 80));
    }

    @Test
    void clearWithWaitClearsOnlyWhenTheNextOutputArrives() {
        CellOutputs outputs = new CellOutputs();
        outputs.stream("stdout", "old\n");
        outputs.clear(true);
        assertEquals(1, outputs.toNotebook().size(), "cleared too early");
        outputs.stream("stdout", "new\n");
        assertEquals(List.of(new NotebookOutput.Stream("stdout", "new\n")), outputs.toNotebook());
    }

    @Test
    void aGrowingStreamDrawsTheSameLinesAsTheWholeTextDrawnAtOnce() {
        CellOutputs growing = new CellOutputs();
        String all = "first line\nsecond\tcolumn\nprogress 10%\rprogress 100%\na very long line " + "x".repeat(50) + "\nend";
        for (String piece : all.split("(?<=\\G.{7})")) {
            growing.stream("stdout", piece);
            lines(growing, 30); // drawn after every piece, as the runner does
        }
        CellOutputs atOnce = new CellOutputs();
        atOnce.stream("stdout", all);
        assertEquals(new OutputText(new Theme(false)).lines(atOnce, 30).stream().map(AttributedString::toString).toList(),
                lines(growing, 30));
        assertTrue(lines(growing, 30).contains("progress 100%"), "a carriage return starts its line over");
        assertTrue(lines(growing, 30).contains("second  column"), "tabs become spaces to the next stop");
    }

    @Test
    void aCheckReportIsDrawnFromItsJsonWithEveryFailureAndItsReason() {
        String json = "{\"id\":\"l01-x-check\",\"points\":1,\"max\":3,\"passed\":false,\"checks\":["
                + "{\"name\":\"returns in order\",\"points\":1,\"max\":1,\"status\":\"passed\",\"message\":\"\"},"
                + "{\"name\":\"runs at once\",\"points\":0,\"max\":2,\"status\":\"failed\",\"message\":\"never overlapped\"}]}";
        CellOutputs outputs = new CellOutputs();
        outputs.display(MimeBundle.text("(a wide table)").with("application/vnd.threadlab.check+json", json), null);
        outputs.ended(new ExecuteOutcome.Failed("CheckFailed", "runs at once: never overlapped",
                List.of("runs at once: never overlapped")), 3);
        assertEquals(List.of("✓ 1/1   returns in order", "✗ 0/2   runs at once", "        never overlapped",
                "Score: 1 of 3 points.", "CheckFailed"), lines(outputs, 80));
    }

    @Test
    void aCheckThatRanToTheEndWithPointsMissingHasNotPassed() {
        String partial = "{\"id\":\"l01-x-check\",\"points\":2,\"max\":4,\"passed\":false,\"checks\":["
                + "{\"name\":\"runs at once\",\"points\":0,\"max\":2,\"status\":\"failed\",\"message\":\"joined early\"}]}";
        CellOutputs outputs = new CellOutputs();
        outputs.display(MimeBundle.text("report").with(CheckReport.MIME_TYPE, partial), null);
        outputs.ended(new ExecuteOutcome.Ok(MimeBundle.text("2")), 11); // nbgrader scoring: the points, no error
        ExecuteOutcome ok = new ExecuteOutcome.Ok(MimeBundle.text("2"));
        assertEquals(2.0, outputs.checkReport().orElseThrow().points());
        assertTrue(LessonView.verdict(ok, outputs.checkReport()).startsWith("✗ Not passed yet (2 of 4 points): "),
                LessonView.verdict(ok, outputs.checkReport()));

        CellOutputs full = new CellOutputs();
        full.display(MimeBundle.text("report").with(CheckReport.MIME_TYPE, partial.replace("\"points\":2", "\"points\":4")
                .replace("\"passed\":false", "\"passed\":true")), null);
        assertEquals("✓ Check passed. Well done.", LessonView.verdict(ok, full.checkReport()));
        assertTrue(LessonView.verdict(ok, new CellOutputs().checkReport()).startsWith("✗ Not passed yet: "),
                "no report, no pass: only the toolkit's report says a check passed");
    }

    @Test
    void anErrorShowsItsNameAndMessageOnceAndADisplayWithoutTextSaysWhereToSeeIt() {
        CellOutputs outputs = new CellOutputs();
        outputs.display(new MimeBundle(java.util.Map.of("image/png", "iVBOR"), java.util.Map.of()), null);
        outputs.ended(new ExecuteOutcome.Failed("Interrupted", "The cell was interrupted.", List.of()), 1);
        List<String> shown = lines(outputs, 100);
        assertTrue(shown.getFirst().contains("image/png") && shown.getFirst().contains("Jupyter"), shown.getFirst());
        assertEquals("Interrupted: The cell was interrupted.", shown.get(1));

        CellOutputs told = new CellOutputs();
        told.ended(new ExecuteOutcome.Failed("IllegalStateException", "page 2 is missing",
                List.of("java.lang.IllegalStateException: page 2 is missing", "    at fetch (In [3], line 2)")), 4);
        assertEquals(List.of("java.lang.IllegalStateException: page 2 is missing", "    at fetch (In [3], line 2)"),
                lines(told, 100), "the traceback already names the error: no second heading");
    }
}
