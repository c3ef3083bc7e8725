package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.wire.CheckReport;
import dev.threadlab.wire.CheckReport.Item;
import dev.threadlab.wire.CheckReport.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a check cell writes is what the kernel reads: one format, {@link CheckReport}, on both sides. */
final class CheckResultsTest {

    /** Strings that break a careless writer: quotes, backslashes, control characters, markup, non-BMP. */
    private static final List<String> HOSTILE = List.of(
            "say \"hi\" \\ back\\slash", "line\nbreak\r\ttab\b\f", "nul \u0000 bell \u0007 esc \u001b del \u007f",
            "</script><script>alert(1)</script>", "emoji 🧵 and 𝄞, é, 中文", "\\u0041 is not A", "\u2028\u2029", "");

    @Test
    void theKernelReadsFieldForFieldWhatACheckCellWritesEvenWithHostileStrings() {
        List<Checks.Result> results = HOSTILE.stream()
                .map(s -> new Checks.Result("requirement " + s, 1.5, new Verdict.Failed("saw " + s, 1)))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        results.add(new Checks.Result("it ends", 2, new Verdict.Passed()));
        results.add(new Checks.Result("it stops", 0.25, new Verdict.TimedOut("stuck: \"main\"\n  at Foo.bar")));
        CheckResults written = new CheckResults("l01-x_check", results);

        CheckReport read = CheckReport.parse(written.json());

        assertEquals(written.report(), read);
        assertEquals("l01-x_check", read.id());
        assertEquals(2.0, read.points());
        assertEquals(1.5 * HOSTILE.size() + 2.25, read.max());
        assertEquals(false, read.passed());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(new Item("requirement " + HOSTILE.get(i), 0, 1.5, Status.FAILED, "saw " + HOSTILE.get(i)),
                    read.checks().get(i));
        }
        assertEquals(new Item("it ends", 2, 2, Status.PASSED, ""), read.checks().get(HOSTILE.size()));
        assertEquals(new Item("it stops", 0, 0.25, Status.TIMED_OUT, "stuck: \"main\"\n  at Foo.bar"),
                read.checks().get(HOSTILE.size() + 1));
    }

    @Test
    void whatACheckCellWritesIsJsonThatAJsonLibraryReadsTheSame() throws Exception {
        List<Checks.Result> results = HOSTILE.stream()
                .map(s -> new Checks.Result(s.isEmpty() ? "empty" : s, 1, new Verdict.Failed(s, 1))).toList();
        CheckResults written = new CheckResults("hostile", results);

        JsonNode tree = new ObjectMapper().readTree(written.json());

        assertEquals(CheckReport.VERSION, tree.get("version").intValue());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), tree.get("checks").get(i).get("message").textValue());
            assertEquals("failed", tree.get("checks").get(i).get("status").textValue());
        }
    }

    @Test
    void theHtmlTableShowsABackslashNOfTheFeedbackAsWrittenAndKeepsRealLineBreaks() {
        CheckResults written = new CheckResults("escapes", List.of(new Checks.Result("a", 1,
                new Verdict.Failed("end each guess with a line break (newLine() or \"\\n\").\nThen flush().", 1))));

        String html = written.mimeBundle().data().get("text/html");

        assertTrue(html.contains("(newLine() or &quot;\\n&quot;).<br>Then flush().</td>"), html);
        assertTrue(html.contains("white-space:pre-wrap"), html);
    }

    @Test
    void theDisplayCarriesTheSameReportAsTheChannel() {
        CheckResults written = new CheckResults("shown", List.of(new Checks.Result("a", 1, new Verdict.Passed())));

        String shown = written.mimeBundle().data().get(CheckReport.MIME_TYPE);

        assertEquals(written.json(), shown);
        assertEquals(written.report(), CheckReport.from(written.mimeBundle()).orElseThrow());
    }
}
