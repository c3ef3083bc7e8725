package dev.threadlab.repl;

import java.util.Locale;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;

/**
 * The keys of the terminal app: what each key does in a lesson and on the start screen, as a JLine key
 * map (a real terminal sends single keys and escape sequences, each read whole by {@link KeyReader}) and
 * as letters typed before Enter (a dumb terminal sends whole lines). One table serves both, so the keys shown on screen are the keys read.
 */
final class Keys {

    /** What the person asked for: {@code NONE} for a key that asks for nothing (Esc), {@code OTHER} for a key with no use here. */
    enum Action {
        RUN, NEXT, PREVIOUS, TOP, EDIT, CHECK, HINT, VIEW, RUN_ABOVE, HELP, QUIT, INTERRUPT, REDRAW, NONE, OTHER
    }

    /** Letters and the action each one stands for, in both modes. */
    private static final Map<String, Action> LETTERS = Map.ofEntries(
            Map.entry("n", Action.NEXT), Map.entry("j", Action.NEXT),
            Map.entry("p", Action.PREVIOUS), Map.entry("k", Action.PREVIOUS),
            Map.entry("e", Action.EDIT), Map.entry("c", Action.CHECK), Map.entry("h", Action.HINT),
            Map.entry("v", Action.VIEW), Map.entry("a", Action.RUN_ABOVE), Map.entry("t", Action.TOP),
            Map.entry("?", Action.HELP),
            Map.entry("q", Action.QUIT), Map.entry(" ", Action.RUN));

    private Keys() {}

    /** The key map of a lesson (and of the start screen, which reads the same keys). */
    static KeyMap<Action> keyMap() {
        KeyMap<Action> keys = new KeyMap<>();
        LETTERS.forEach((letter, action) -> {
            keys.bind(action, letter);
            keys.bind(action, letter.toUpperCase(Locale.ROOT));
        });
        keys.bind(Action.RUN, "\r", "\n");
        keys.bind(Action.NEXT, "\033[B", "\033OB", "\033[6~");
        keys.bind(Action.PREVIOUS, "\033[A", "\033OA", "\033[5~");
        keys.bind(Action.TOP, "\033[H", "\033OH", "\033[1~", "\033[7~"); // Home, as xterm, its SS3 mode and vt220 send it
        keys.bind(Action.INTERRUPT, KeyMap.ctrl('C'));
        keys.bind(Action.QUIT, KeyMap.ctrl('D'));
        keys.bind(Action.REDRAW, KeyMap.ctrl('L'));
        keys.bind(Action.NONE, KeyReader.ESC);
        keys.setNomatch(Action.OTHER);
        keys.setUnicode(Action.OTHER);
        // how long the rest of a key may take: Esc's sequence, a lesson number's next digit
        keys.setAmbiguousTimeout(KeyMap.DEFAULT_AMBIGUOUS_TIMEOUT); // 1 s, as in JLine's line reader
        return keys;
    }

    /** The action of a line typed on a dumb terminal: empty is Enter, else its first letter. */
    static Action ofLine(String line) {
        String typed = line.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return Action.RUN;
        }
        return LETTERS.getOrDefault(typed.substring(0, 1), Action.OTHER);
    }

    /** Makes Ctrl-C (a key here: the app reads with signals off) throw {@link UserInterruptException} from {@code reader}. */
    static void interruptOnCtrlC(LineReader reader) {
        reader.getWidgets().put("threadlab-interrupt", () -> {
            throw new UserInterruptException(reader.getBuffer().toString());
        });
        for (KeyMap<org.jline.reader.Binding> map : reader.getKeyMaps().values()) {
            map.bind(new Reference("threadlab-interrupt"), KeyMap.ctrl('C'));
        }
    }
}
