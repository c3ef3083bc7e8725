package dev.threadlab.agent;

import java.util.Locale;

/**
 * Cuts the text of a cell's result, saying so. JShell carries a result to the kernel as at most 21,844
 * characters and silently cuts a longer one out of its middle (a list of a million numbers showed its
 * start, " ... " and its end, as if that were all); here a long result keeps its first
 * {@value #MAX_CHARS} characters and ends with a note of how much is missing. Stateless.
 */
final class ResultText {

    /** The most characters of a result that are shown (below JShell's limit, with room for the note). */
    static final int MAX_CHARS = 20_000;

    private ResultText() {}

    /** {@code text} itself, or its first {@value #MAX_CHARS} characters and a note saying how many were cut. */
    static String capped(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + String.format(Locale.ROOT,
                "… [result cut: %,d more characters not shown. Show a part (list.subList(0, 100)), or print it"
                        + " to a file]", text.length() - end);
    }
}
