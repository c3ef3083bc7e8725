package dev.threadlab.repl;

import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.repl.Keys.Action;
import java.util.List;
import org.jline.keymap.KeyMap;

/**
 * The keys of the list of lessons: ↑/↓ (n/p) choose, Enter opens the chosen lesson, a lesson's number
 * opens that lesson, q quits. A number is read digit by digit: {@code 3} and {@code 03} open lesson 03;
 * a digit that begins a longer lesson number ({@code 0} of {@code 01}) waits briefly for the next
 * digit, and opens the lesson with the digits typed so far when none comes. Reads through a
 * {@link Console} in key mode; used by its owner thread only.
 */
final class StartKeys {

    /** What a key on the list asks for. */
    sealed interface Choice {
        /** Move the mark by {@code step} lessons. */
        record Move(int step) implements Choice {}

        /** Open the lesson at {@code index} of the list. */
        record Open(int index) implements Choice {}

        /** Leave the app (q, Ctrl-D, or the end of input). */
        record Quit() implements Choice {}

        /** Nothing to do (a key that does nothing here). */
        record Stay() implements Choice {}
    }

    private StartKeys() {}

    /** The next choice read from {@code console}, calling {@code idle} while no key comes. */
    static Choice next(Console console, KeyMap<Action> keys, Runnable idle, List<Lesson> lessons, int selected) {
        Action action = console.readBinding(keys, idle);
        String typed = console.lastBinding();
        if (action == Action.OTHER && isDigit(typed)) {
            typed = number(console, typed, lessons, keys.getAmbiguousTimeout());
        }
        return of(action, typed, selected, lessons);
    }

    /**
     * The digits of a lesson's number from the {@code first} typed: each next digit is taken while a
     * longer lesson number could follow and the digit comes within {@code millis}.
     */
    private static String number(Console console, String first, List<Lesson> lessons, long millis) {
        StringBuilder digits = new StringBuilder(first);
        while (beginsLongerNumber(digits.toString(), lessons) && isDigit(console.peekKey(millis))) {
            digits.appendCodePoint(console.pollKey(0));
        }
        return digits.toString();
    }

    /** Whether {@code digits} begin the number of a lesson that has more digits (0 of 01, 1 of 12). */
    private static boolean beginsLongerNumber(String digits, List<Lesson> lessons) {
        return lessons.stream().map(Lesson::number)
                .anyMatch(number -> number.length() > digits.length() && number.startsWith(digits) && isDigits(number));
    }

    private static boolean isDigit(String typed) {
        return typed.length() == 1 && isDigit(typed.charAt(0));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(StartKeys::isDigit);
    }

    /** What {@code action} (null at the end of input), typed as {@code typed}, asks for on the list. */
    static Choice of(Action action, String typed, int selected, List<Lesson> lessons) {
        if (action == null || action == Action.QUIT) {
            return new Choice.Quit();
        }
        if (action == Action.NEXT || action == Action.PREVIOUS) {
            return new Choice.Move(action == Action.NEXT ? 1 : -1);
        }
        int chosen = chosen(action, typed, selected, lessons);
        return chosen >= 0 ? new Choice.Open(chosen) : new Choice.Stay();
    }

    /** The lesson to open: Enter opens the selected one, a number the lesson with that number; else -1. */
    private static int chosen(Action action, String typed, int selected, List<Lesson> lessons) {
        String digits = typed == null ? "" : typed.strip();
        if (!digits.isEmpty() && isDigits(digits)) {
            return CourseMap.find(lessons, digits).map(lessons::indexOf).orElse(-1);
        }
        return action == Action.RUN ? selected : -1;
    }
}
