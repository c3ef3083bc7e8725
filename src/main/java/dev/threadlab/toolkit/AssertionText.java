package dev.threadlab.toolkit;

import java.math.BigInteger;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * The message of a failed assertion as a learner reads it in a check's table. JUnit appends its comparison
 * to the author's words ({@code … ==> expected: <true> but was: <false>}): after {@code assertTrue} and
 * {@code assertFalse}, and after {@code assertNotNull}, it says nothing the words did not; after
 * {@code assertEquals} of values it does, so it becomes a sentence: {@code Expected 400,000, got 240,990.}
 * (whole numbers grouped, strings quoted, long values cut). Stateless.
 */
final class AssertionText {

    private static final String SEPARATOR = " ==> ";
    private static final String COMPARISON = "expected: ";
    private static final int LONGEST_VALUE = 200;

    private AssertionText() {
    }

    /** The feedback of {@code failure}: the author's words, and what was expected and seen when that helps. */
    static String of(AssertionError failure) {
        String message = StackText.withoutWrappers(failure.getMessage());
        if (message == null || message.isBlank()) {
            return "An assertion failed.";
        }
        int separator = message.lastIndexOf(SEPARATOR + COMPARISON);
        String words;
        if (separator >= 0) {
            words = message.substring(0, separator).strip();
        } else if (message.startsWith(COMPARISON)) {
            words = "";
        } else {
            return message; // the author's words alone (fail("…")), or JUnit's own sentence (assertThrows)
        }
        String comparison = comparison(failure);
        if (words.isEmpty()) {
            return comparison.isEmpty() ? "An assertion failed." : comparison;
        }
        if (comparison.isEmpty()) {
            return words;
        }
        return words + (words.matches("(?s).*[.!?]") ? " " : ". ") + comparison;
    }

    /** {@code Expected 3, got 2.}, or empty when the values say nothing more (booleans) or are not known. */
    private static String comparison(AssertionError failure) {
        if (!(failure instanceof AssertionFailedError e) || !e.isExpectedDefined() || !e.isActualDefined()) {
            return "";
        }
        Object expected = e.getExpected().getValue();
        Object actual = e.getActual().getValue();
        if (expected instanceof Boolean && actual instanceof Boolean) {
            return ""; // assertTrue, assertFalse: the author's words are the whole story
        }
        return "Expected " + value(e.getExpected()) + ", got " + value(e.getActual()) + ".";
    }

    private static String value(ValueWrapper wrapper) {
        Object value = wrapper.getValue();
        String text = switch (value) {
            case Long n -> Text.count(n);
            case Integer n -> Text.count(n);
            case Short n -> Text.count(n);
            case BigInteger n -> String.format(java.util.Locale.ROOT, "%,d", n);
            case String s -> "\"" + s + "\"";
            case null -> wrapper.getStringRepresentation();
            default -> wrapper.getStringRepresentation();
        };
        return Text.truncate(StackText.withoutWrappers(text), LONGEST_VALUE);
    }
}
