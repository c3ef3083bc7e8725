package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.lessons.progress.CourseMap.Lesson;
import dev.threadlab.repl.StartKeys.Choice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class StartKeysTest {

    private static final Choice STAY = new Choice.Stay();
    private static final Choice QUIT = new Choice.Quit();

    private static List<Lesson> lessons(int count) {
        return IntStream.range(0, count).mapToObj(i -> "%02d-topic".formatted(i))
                .map(id -> new Lesson(id, Path.of(id + ".ipynb"), id, List.of())).toList();
    }

    /** The choices read on the list of {@code lessons} from {@code presses} (a pause between each), up to the first quit. */
    private static List<List<Choice>> choicesByPress(List<Lesson> lessons, String... presses) throws IOException {
        PressedKeys keys = new PressedKeys(presses);
        List<List<Choice>> byPress = new ArrayList<>();
        for (String ignored : presses) {
            byPress.add(new ArrayList<>());
        }
        try (Console console = keys.console()) {
            Choice choice;
            do {
                choice = StartKeys.next(console, Keys.keyMap(), () -> { }, lessons, 0);
                byPress.get(keys.pressed() - 1).add(choice);
            } while (!(choice instanceof Choice.Quit));
        }
        return byPress;
    }

    private static List<List<Choice>> choicesByPress(String... presses) throws IOException {
        return choicesByPress(lessons(10), presses);
    }

    @Test
    void specialKeysNeverOpenALesson() throws IOException {
        for (String sequence : List.of("\033[15~", "\033[3~", "\033[2~", "\033[H", "\033[F", "\033OH", "\033OF",
                "\033[1~", "\033[4~")) {
            assertEquals(List.of(List.of(STAY), List.of(QUIT)), choicesByPress(sequence, "q"),
                    sequence.replace("\033", "ESC"));
        }
        assertEquals(List.of(List.of(new Choice.Move(-1)), List.of(new Choice.Move(1)), List.of(QUIT)),
                choicesByPress("\033[5~", "\033[6~", "q"));
    }

    @Test
    void lettersAndSymbolsThenSpecialKeysOpenNothing() throws IOException {
        assertEquals(List.of(List.of(STAY, STAY, STAY, STAY, STAY), List.of(STAY), List.of(STAY), List.of(STAY),
                        List.of(new Choice.Move(1)), List.of(STAY), List.of(QUIT)),
                choicesByPress("zx!@#", "\033[15~", "\033[H", "\033[F", "\033[6~", "\033", "q"));
    }

    @Test
    void aLoneEscThenQQuits() throws IOException {
        assertEquals(List.of(List.of(STAY), List.of(QUIT)), choicesByPress("\033", "q"));
    }

    @Test
    void escThenTheDownArrowMovesAndDoesNotQuit() throws IOException {
        assertEquals(List.of(List.of(STAY), List.of(new Choice.Move(1)), List.of(QUIT)),
                choicesByPress("\033", "\033[B", "q"));
    }

    @Test
    void zeroOneTypedTogetherOpensLesson01() throws IOException {
        assertEquals(List.of(List.of(new Choice.Open(1)), List.of(QUIT)), choicesByPress("01", "q"));
    }

    @Test
    void aDigitOpensTheLessonWithThatNumber() throws IOException {
        assertEquals(List.of(List.of(new Choice.Open(3)), List.of(QUIT)), choicesByPress("3", "q"));
    }

    @Test
    void aLoneZeroThenAPauseOpensLesson00() throws IOException {
        assertEquals(List.of(List.of(new Choice.Open(0)), List.of(new Choice.Open(1)), List.of(QUIT)),
                choicesByPress("0", "1", "q"));
    }

    @Test
    void aDigitThatBeginsALongerNumberWaitsForTheNextDigit() throws IOException {
        assertEquals(List.of(List.of(new Choice.Open(12)), List.of(new Choice.Open(1)), List.of(QUIT)),
                choicesByPress(lessons(13), "12", "1", "q"));
    }
}
