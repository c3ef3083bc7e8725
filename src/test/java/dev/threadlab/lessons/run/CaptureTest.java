package dev.threadlab.lessons.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CaptureTest {

    @Test
    void printedTextAndDisplaysAreKeptUpToTheCapAndTheNoticeSaysHowMuchWasCut() {
        Capture capture = new Capture(1_000);
        capture.stdout("a".repeat(600));
        capture.display(MimeBundle.text("b".repeat(300)), null);
        capture.stderr("c".repeat(300));
        capture.display(MimeBundle.text("d".repeat(2_000_000)), null);

        CapturedOutput kept = capture.snapshot();
        assertEquals("a".repeat(600), kept.stdout());
        assertEquals(1, kept.displays().size());
        assertTrue(kept.stderr().startsWith("c".repeat(100) + System.lineSeparator() + "[output truncated: 2.0 MB more"),
                kept.stderr());
    }

    @Test
    void checkReportsAreKeptInOrderUpToAHundred() {
        Capture capture = new Capture();
        for (int i = 0; i < 150; i++) {
            capture.checkReport("l01-x", "{\"n\": " + i + "}");
        }
        List<CapturedOutput.Report> reports = capture.snapshot().reports();
        assertEquals(Capture.MAX_REPORTS, reports.size());
        assertEquals("{\"n\": 0}", reports.getFirst().json());
    }
}
