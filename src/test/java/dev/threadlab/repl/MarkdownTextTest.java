package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class MarkdownTextTest {

    private final MarkdownText plain = new MarkdownText(new Theme(false));

    private List<String> render(String markdown, int width) {
        return plain.render(markdown, width).stream().map(AttributedString::toString).toList();
    }

    @Test
    void headingsAreUnderlinedAndLoseTheirHashes() {
        assertEquals(List.of("Lesson 1", "════════", "", "Why threads", "───────────", "", "Details"),
                render("# Lesson 1\n\n## Why threads\n\n### Details", 60));
    }

    @Test
    void emphasisAndCodeKeepTheirTextWithoutMarkersAndAreStyled() {
        List<AttributedString> lines = plain.render("Call **start()** then *join()* on `t`.", 60);
        assertEquals("Call start() then join() on t.", lines.getFirst().toString());
        AttributedString line = lines.getFirst();
        String ansi = line.toAnsi();
        assertTrue(ansi.contains("\033[1mstart()"), "strong text is bold: " + ansi.replace("\033", "ESC"));
        assertTrue(ansi.contains("\033[3mjoin()"), "emphasis is italic: " + ansi.replace("\033", "ESC"));
    }

    @Test
    void paragraphsWrapAtSpacesWithinTheWidth() {
        List<String> lines = render("one two three four five six seven eight nine ten eleven twelve", 20);
        assertEquals(List.of("one two three four", "five six seven eight", "nine ten eleven", "twelve"), lines);
        lines.forEach(l -> assertTrue(l.length() <= 20, l));
    }

    @Test
    void listItemsHaveBulletsOrNumbersAndWrappedLinesAlignUnderTheirText() {
        assertEquals(List.of("• first item that is long", "  enough to wrap", "• second"),
                render("- first item that is long enough to wrap\n- second", 26));
        assertEquals(List.of("1. one", "2. two"), render("1. one\n2. two", 40));
    }

    @Test
    void tablesAreDrawnWithBoxCharactersAndHeaderRule() {
        assertEquals(List.of(
                "┌────────┬──────────┐",
                "│ method │ Python   │",
                "├────────┼──────────┤",
                "│ join() │ t.join() │",
                "└────────┴──────────┘"), render("| method | Python |\n|---|---|\n| `join()` | `t.join()` |", 60));
    }

    @Test
    void aTableTooWideForTheScreenWrapsItsWidestColumn() {
        List<String> lines = render("| a | text |\n|---|---|\n| x | " + "word ".repeat(20) + "|", 30);
        lines.forEach(l -> assertTrue(l.length() <= 30, "wider than 30: " + l));
        assertTrue(lines.size() > 5, "the long cell should wrap over several lines: " + lines);
    }

    @Test
    void aNarrowTableWrapsAtSpacesFirstAndCutsOnlyTheLongestTextAfterItsHyphens() {
        // %threads at 50 columns: the short words of State and Kind stay whole, the long thread name is cut
        String threads = "| Thread | State | Kind | Started in | Where |\n|---|---|---|---|---|\n"
                + "| waiting-for-the-lock-worker | WAITING | platform | In [1] | lambda (In [1], line 1) |";
        List<String> lines = render(threads, 50);
        lines.forEach(l -> assertTrue(l.length() <= 50, "wider than 50: " + l));
        String all = String.join("\n", lines);
        for (String word : List.of("WAITING", "platform", "Started", "lambda")) {
            assertTrue(all.contains(" " + word + " "), word + " should stay whole:\n" + all);
        }
        assertEquals(List.of(
                "│ waitin │ WAITING │ platform │ In [1]  │ lambda │",
                "│ g-for- │         │          │         │ (In    │",
                "│ the-   │         │          │         │ [1],   │",
                "│ lock-  │         │          │         │ line   │",
                "│ worker │         │          │         │ 1)     │"), lines.subList(4, 9), all);
    }

    @Test
    void aCutWordBreaksAfterAHyphenWithinReach() {
        assertEquals(List.of("waiting-for-", "the-lock-", "worker"),
                Wrap.words(new AttributedString("waiting-for-the-lock-worker"), 12, AttributedString.EMPTY,
                        AttributedString.EMPTY).stream().map(AttributedString::toString).toList());
        assertEquals(List.of("abcdef", "ghij"), Wrap.words(new AttributedString("abcdefghij"), 6, AttributedString.EMPTY,
                AttributedString.EMPTY).stream().map(AttributedString::toString).toList());
    }

    @Test
    void linksShowTheirTextThenTheAddress() {
        assertEquals(List.of("see the docs (https://example.org/docs)"), render("see [the docs](https://example.org/docs)", 80));
    }

    @Test
    void codeBlocksAreIndentedAndHtmlIsReducedToItsText() {
        assertEquals(List.of("    int x = 1;", "    x++;"), render("```java\nint x = 1;\nx++;\n```", 40));
        assertEquals(List.of("▸ Hint 1", "", "Two loops."),
                render("<details><summary>Hint 1</summary>\n\nTwo loops.\n\n</details>", 40));
    }
}
