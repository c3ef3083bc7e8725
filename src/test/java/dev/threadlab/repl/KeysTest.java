package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.repl.Keys.Action;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class KeysTest {

    private static Terminal dumb(String typed, ByteArrayOutputStream screen) throws IOException {
        return new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
    }

    private static List<Action> read(String typed) throws IOException {
        try (Terminal terminal = dumb(typed, new ByteArrayOutputStream());
             Console console = new Console(terminal, new Theme(false), false)) {
            KeyMap<Action> keys = Keys.keyMap();
            List<Action> actions = new ArrayList<>();
            Action action;
            while ((action = console.readBinding(keys, () -> { })) != null) {
                actions.add(action);
            }
            return actions;
        }
    }

    @Test
    void lettersArrowsEnterAndControlKeysMapToTheirActions() throws IOException {
        assertEquals(List.of(Action.NEXT, Action.NEXT, Action.PREVIOUS, Action.PREVIOUS, Action.RUN, Action.RUN,
                        Action.EDIT, Action.CHECK, Action.HINT, Action.VIEW, Action.RUN_ABOVE, Action.HELP,
                        Action.INTERRUPT, Action.REDRAW, Action.QUIT),
                read("n\033[Bp\033[A\r e c h v a ?\003\014q".replace(" ", "") .replace("\r", "\r ")));
    }

    @Test
    void capitalLettersWorkAndUnknownKeysAreOther() throws IOException {
        assertEquals(List.of(Action.NEXT, Action.QUIT, Action.OTHER), read("NQx"));
    }

    /** The actions read from {@code presses} (a pause between each), each listed under the press it came after. */
    private static List<List<Action>> actionsByPress(String... presses) throws IOException {
        PressedKeys keys = new PressedKeys(presses);
        List<List<Action>> byPress = new ArrayList<>();
        for (String ignored : presses) {
            byPress.add(new ArrayList<>());
        }
        try (Console console = keys.console()) {
            KeyMap<Action> map = Keys.keyMap();
            Action action;
            while ((action = console.readBinding(map, () -> { })) != null) {
                byPress.get(keys.pressed() - 1).add(action);
            }
        }
        return byPress;
    }

    @Test
    void aSpecialKeyIsOneKeyThatDoesNothingSoItGetsOneNote() throws IOException {
        Map<String, String> special = new LinkedHashMap<>();
        special.put("F1", "\033OP");
        special.put("F5", "\033[15~");
        special.put("F12", "\033[24~");
        special.put("Insert", "\033[2~");
        special.put("Delete", "\033[3~");
        special.put("End", "\033[F");
        special.put("End (SS3)", "\033OF");
        special.put("End (vt)", "\033[4~");
        special.put("Shift-Tab", "\033[Z");
        special.put("Ctrl-Right", "\033[1;5C");
        special.forEach((key, sequence) -> {
            try {
                assertEquals(List.of(List.of(Action.OTHER), List.of(Action.QUIT)), actionsByPress(sequence, "q"), key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void tAndEveryHomeKeyGoToTheTop() throws IOException {
        assertEquals(List.of(List.of(Action.TOP), List.of(Action.TOP), List.of(Action.TOP), List.of(Action.TOP),
                        List.of(Action.TOP), List.of(Action.QUIT)),
                actionsByPress("t", "\033[H", "\033OH", "\033[1~", "\033[7~", "q"));
        assertEquals(Action.TOP, Keys.ofLine("t"));
    }

    @Test
    void pageUpAndPageDownMoveLikeTheArrows() throws IOException {
        assertEquals(List.of(List.of(Action.PREVIOUS), List.of(Action.NEXT), List.of(Action.QUIT)),
                actionsByPress("\033[5~", "\033[6~", "q"));
    }

    @Test
    void aLoneEscIsIgnoredAndTheKeyAfterItDoesItsOwnActionAtOnce() throws IOException {
        assertEquals(List.of(List.of(Action.NONE), List.of(Action.QUIT)), actionsByPress("\033", "q"));
        assertEquals(List.of(List.of(Action.NONE), List.of(Action.QUIT), List.of(Action.NEXT)),
                actionsByPress("\033", "q", "\033[B"));
    }

    @Test
    void escThenTheDownArrowMovesDownAndDoesNotQuit() throws IOException {
        assertEquals(List.of(List.of(Action.NONE), List.of(Action.NEXT), List.of(Action.QUIT)),
                actionsByPress("\033", "\033[B", "q"));
    }

    @Test
    void escQuicklyFollowedByALetterIsEscThenThatLetter() throws IOException {
        assertEquals(List.of(List.of(Action.NONE, Action.QUIT)), actionsByPress("\033q"));
    }

    @Test
    void aDumbTerminalsTypedLinesMapByTheirFirstLetterAndEmptyIsEnter() {
        assertEquals(Action.RUN, Keys.ofLine(""));
        assertEquals(Action.RUN, Keys.ofLine("   "));
        assertEquals(Action.EDIT, Keys.ofLine("e"));
        assertEquals(Action.QUIT, Keys.ofLine("quit"));
        assertEquals(Action.OTHER, Keys.ofLine("z"));
    }

    @Test
    void aDumbTerminalGetsChangedLinesPrintedAgainNeverRedrawn() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = dumb("", screen); Console console = new Console(terminal, new Theme(false), true)) {
            assertFalse(console.canRedraw());
            assertFalse(console.keyMode());
            Console.Live live = console.live();
            live.show(List.of(new AttributedString("bar 1/3")));
            live.show(List.of(new AttributedString("bar 2/3")));
            live.show(List.of(new AttributedString("bar 2/3"), new AttributedString("done")));
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertEquals("bar 1/3\nbar 2/3\ndone\n", shown);
        assertFalse(shown.contains("\033"), "a dumb terminal gets no escape sequences");
    }

    @Test
    void aTerminalThatMovesItsCursorRedrawsAChangedLineInPlace() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // JLine's dumb terminal class with xterm's capabilities: writes straight through, can move the cursor
        try (Terminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream(new byte[0]), screen,
                StandardCharsets.UTF_8);
             Console console = new Console(terminal, new Theme(false), false)) {
            assertTrue(console.canRedraw());
            Console.Live live = console.live();
            live.show(List.of(new AttributedString("downloads 1/3"), new AttributedString("log line")));
            screen.reset();
            live.show(List.of(new AttributedString("downloads 2/3"), new AttributedString("log line")));
        }
        String redraw = screen.toString(StandardCharsets.UTF_8);
        assertTrue(redraw.startsWith("\033[2A\r\033[J") || redraw.startsWith("\033[A\033[A\r\033[J"),
                "moves up two lines and clears: " + redraw.replace("\033", "ESC"));
        assertTrue(redraw.contains("downloads 2/3\nlog line\n"), redraw);
    }
}
