package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class ResultTextTest {

    @Test
    void aShortResultIsLeftAlone() {
        String text = "[1, 2, 3]";
        assertSame(text, ResultText.capped(text));
    }

    @Test
    void aLongResultKeepsItsStartAndSaysHowMuchIsMissing() {
        String capped = ResultText.capped("7".repeat(30_000));
        assertTrue(capped.startsWith("7".repeat(ResultText.MAX_CHARS) + "… [result cut: 10,000 more characters"),
                capped.substring(ResultText.MAX_CHARS - 5, ResultText.MAX_CHARS + 50));
        assertTrue(capped.length() < 21_844, "JShell would cut it again in its middle: " + capped.length());
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        String capped = ResultText.capped("a".repeat(ResultText.MAX_CHARS - 1) + "😀".repeat(10));
        assertEquals("a".repeat(ResultText.MAX_CHARS - 1) + "…", capped.substring(0, ResultText.MAX_CHARS));
    }
}
