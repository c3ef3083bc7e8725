package dev.threadlab.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.NonBlockingReader;

/**
 * A terminal's keyboard: keys pressed one after another, with a pause between presses longer than any
 * wait of the app. A read or peek with a timeout at a pause gets {@link #READ_EXPIRED} (and the pause is
 * over); a read without one goes on with the next press. The pauses are in the script, not on a clock.
 * {@link #pressed()} says how many presses have reached the app, so a test can tell which press an
 * action came after. Not thread-safe.
 */
final class PressedKeys extends NonBlockingReader {

    private final List<String> presses;
    private int press;
    private int offset;
    private boolean pauseOver;
    private int pressed;

    /** Each of {@code presses} is what one key sends (an escape sequence arrives whole), or keys typed together. */
    PressedKeys(String... presses) {
        this.presses = List.of(presses);
    }

    /** A key-mode console on an xterm whose keyboard this is. */
    Console console() throws IOException {
        return console(new ByteArrayOutputStream());
    }

    /** A key-mode console on an xterm whose keyboard this is and whose screen is {@code screen}. */
    Console console(java.io.OutputStream screen) throws IOException {
        DumbTerminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream(new byte[0]),
                screen, StandardCharsets.UTF_8) {
            @Override
            public NonBlockingReader reader() {
                return PressedKeys.this;
            }
        };
        return new Console(terminal, new Theme(false), false);
    }

    /** How many presses have reached the app (at least their first character). */
    int pressed() {
        return pressed;
    }

    @Override
    protected int read(long timeout, boolean isPeek) {
        while (press < presses.size() && offset == presses.get(press).length()) {
            press++;
            offset = 0;
            pauseOver = false;
        }
        if (press == presses.size()) {
            return EOF;
        }
        if (press > 0 && offset == 0 && !pauseOver) {
            pauseOver = true;
            if (timeout > 0) {
                return READ_EXPIRED;
            }
        }
        pressed = press + 1;
        char next = presses.get(press).charAt(offset);
        if (!isPeek) {
            offset++;
        }
        return next;
    }

    @Override
    public int readBuffered(char[] buffer, int off, int len, long timeout) {
        int c = read(timeout, false);
        if (c < 0) {
            return c;
        }
        buffer[off] = (char) c;
        return 1;
    }

    @Override
    public void close() {
        // nothing to release: the presses are in memory
    }
}
