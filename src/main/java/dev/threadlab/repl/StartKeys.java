package dev.threadlab.repl;

import dev.threadlab.lessons.progress.CourseMap;
import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.repl.Keys.Action;
import java.util.List;
import org.jline.keymap.KeyMap;

/**
 * The keys of the list of lessons: ↑/↓ (n/p) choose, Enter opens the chosen lesson, a lesson's number
 * opens that lesson, q quits. Reads through a {@link Console} in key mode; used by its owner thread only.
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
        return of(action, console.lastBinding(), selected, lessons);
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
        if (digits.matches("\\d+")) {
            return CourseMap.find(lessons, digits).map(lessons::indexOf).orElse(-1);
        }
        return action == Action.RUN ? selected : -1;
    }
}
