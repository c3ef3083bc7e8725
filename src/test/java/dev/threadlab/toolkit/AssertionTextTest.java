package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class AssertionTextTest {

    private static String feedback(Executable failing) {
        return AssertionText.of(assertThrows(AssertionError.class, failing));
    }

    @Test
    void assertTrueAndAssertFalseKeepTheAuthorsWordsAlone() {
        assertEquals("The action ran without holding the lock.",
                feedback(() -> Assertions.assertTrue(false, "The action ran without holding the lock.")));
        assertEquals("withLock left the lock locked",
                feedback(() -> Assertions.assertFalse(true, () -> "withLock left the lock locked")));
        assertEquals("An assertion failed.", feedback(() -> Assertions.assertTrue(false)));
    }

    @Test
    void assertEqualsSaysWhatWasExpectedAndWhatCameInWordsWithGroupedNumbers() {
        assertEquals("8 threads added 400,000 words, but some were lost. Expected 400,000, got 240,990.",
                feedback(() -> Assertions.assertEquals(400_000L, 240_990L, "8 threads added 400,000 words, but some were lost.")));
        assertEquals("of 400 calls, only 397 ran their action. Expected 400, got 397.",
                feedback(() -> Assertions.assertEquals(400, 397, "of 400 calls, only 397 ran their action")));
        assertEquals("Expected \"done\", got \"\".", feedback(() -> Assertions.assertEquals("done", "")));
        assertEquals("gather of no tasks should complete with an empty list. Expected [], got [a].",
                feedback(() -> Assertions.assertEquals(List.of(), List.of("a"),
                        "gather of no tasks should complete with an empty list")));
    }

    @Test
    void otherFailuresKeepTheirWords() {
        assertEquals("readAll returned null instead of a map of readings",
                feedback(() -> Assertions.assertNotNull(null, "readAll returned null instead of a map of readings")));
        assertEquals("not yet", feedback(() -> Assertions.fail("not yet")));
        assertEquals("a plain AssertionError", feedback(() -> {
            throw new AssertionError("a plain AssertionError");
        }));
    }
}
