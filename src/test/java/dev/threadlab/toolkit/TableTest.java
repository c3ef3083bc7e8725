package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TableTest {

    record Download(String site, int bytes, Duration took) {
    }

    private final Table downloads = Table.fromRecords(List.of(
            new Download("a.example", 1200, Duration.ofMillis(250)),
            new Download("<b>&co</b>", 7, Duration.ofNanos(1_500_000_000L))));

    @Test
    void recordComponentsBecomeHeadersInDeclarationOrder() {
        assertEquals(List.of("site", "bytes", "took"), downloads.headers());
        assertEquals(List.of("a.example", 1200, Duration.ofMillis(250)), downloads.rows().getFirst());
    }

    @Test
    void textIsBoxDrawnWithNumbersAndDurationsRightAligned() {
        String expected = String.join("\n",
                "┌────────────┬───────┬────────┐",
                "│ site       │ bytes │   took │",
                "├────────────┼───────┼────────┤",
                "│ a.example  │  1200 │ 250 ms │",
                "│ <b>&co</b> │     7 │  1.5 s │",
                "└────────────┴───────┴────────┘");
        assertEquals(expected, downloads.toText());
    }

    @Test
    void htmlEscapesMarkupRightAlignsNumbersAndLeftAlignsTextEvenUnderNotebookCss() {
        String html = downloads.withCaption("x < y").toHtml();
        assertTrue(html.contains("&lt;b&gt;&amp;co&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("<caption style=\"text-align:left;font-weight:bold\">x &lt; y</caption>"), html);
        assertTrue(html.contains("text-align:right\">1200</td>"), html);
        // Jupyter Notebook's own CSS right-aligns table cells, so text cells must say left explicitly.
        assertTrue(html.contains("border:1px solid #d0d0d0;text-align:left\">a.example</td>"), html);
        assertFalse(html.contains("<link") || html.contains("<style"), html);
    }

    @Test
    void markdownEscapesPipesAndMarksAlignment() {
        Table t = Table.of(List.of("name", "n"), List.of(List.of("a|b\\c", 3), Arrays.asList("<x>", null)));
        String expected = String.join("\n",
                "| name | n |",
                "| :--- | ---: |",
                "| a\\|b\\\\c | 3 |",
                "| &lt;x&gt; |  |");
        assertEquals(expected, t.toMarkdown());
    }

    @Test
    void dollarsInCellsAreNotTakenForMathsByMathJaxInHtmlNorInMarkdown() {
        Table t = Table.of(List.of("thread", "waits for"), List.of(List.of("napper", "CellMain$Worker@7f09"),
                List.of("sleeper", "ReferenceQueue$Lock@5098")));
        assertTrue(t.toHtml().startsWith("<table class=\"tex2jax_ignore\" "), t.toHtml());
        assertTrue(t.toMarkdown().contains("| CellMain\\$Worker@7f09 |"), t.toMarkdown());
        assertFalse(t.toMarkdown().matches("(?s).*[^\\\\]\\$.*"), t.toMarkdown());
        assertTrue(t.toText().contains("CellMain$Worker@7f09"), t.toText());
    }

    @Test
    void controlCharactersAreShownEscapedSoEachRowStaysOneLine() {
        Table t = Table.of(List.of("v"), List.of(List.of("a\nb\tc\u0007")));
        assertTrue(t.toText().contains("│ a\\nb\\tc\\u0007 │"), t.toText());
        assertTrue(t.toHtml().contains("a\\nb\\tc\\u0007"));
        assertTrue(t.toMarkdown().contains("| a\\\\nb\\\\tc\\\\u0007 |"), t.toMarkdown());
    }

    @Test
    void mapsGiveAColumnPerKeyInOrderOfFirstAppearance() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("x", 1);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("y", "b");
        second.put("x", 2);
        Table t = Table.fromMaps(List.of(first, second));
        assertEquals(List.of("x", "y"), t.headers());
        assertEquals(Arrays.asList(1, null), t.rows().get(0));
    }

    @Test
    void shortRowsArePaddedAndLongRowsAreRejectedWithTheRuleAndValue() {
        Table t = Table.of(List.of("a", "b"), List.of(List.of(1)));
        assertEquals(Arrays.asList(1, null), t.rows().getFirst());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Table.of(List.of("a"), List.of(List.of(1, 2))));
        assertEquals("a row must have at most one cell per header (1), row 0 had 2", e.getMessage());
    }

    @Test
    void floatingPointCellsShowFourSignificantDigits() {
        Table t = Table.of(List.of("v"), List.of(List.of(0.1 + 0.2), List.of(3.14159), List.of(2.0)));
        assertTrue(t.toText().contains("│   0.3 │"), t.toText());
        assertTrue(t.toText().contains("│ 3.142 │"), t.toText());
        assertTrue(t.toText().contains("│     2 │"), t.toText());
    }

    @Test
    void mimeBundleCarriesAllThreeFormatsAndACaption() {
        var bundle = downloads.withCaption("downloads").mimeBundle();
        assertTrue(bundle.data().get("text/plain").startsWith("downloads\n┌"));
        assertTrue(bundle.data().get("text/markdown").startsWith("**downloads**\n\n| site |"));
        assertTrue(bundle.data().get("text/html").startsWith("<table"));
    }

    @Test
    void anEmptyRecordListGivesATableWithoutColumns() {
        assertEquals("(empty table)", Table.fromRecords(List.of()).toText());
    }
}
