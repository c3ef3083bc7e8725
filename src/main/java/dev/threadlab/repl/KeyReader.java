package dev.threadlab.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jline.utils.NonBlockingReader;

/**
 * Whole keys from a terminal's input: one character, a special key's whole escape sequence, or a lone
 * Esc. A special key (F5, Delete, Home, an arrow…) sends Esc, then {@code [} or {@code O}, then parameter
 * bytes and one final byte (ECMA-48's CSI and SS3); all of it is one key, so that the digits in
 * {@code ESC [15~} are never read as typed digits. Esc not followed within the pause by {@code [} or
 * {@code O} is a key by itself; what follows it is the next key. Nothing is kept back between keys
 * (the next key is still in the reader), so a line editor can read the same terminal in between.
 * Not thread-safe: the terminal's owner thread reads.
 */
final class KeyReader {

    static final String ESC = "\033";

    private final NonBlockingReader in;

    KeyReader(NonBlockingReader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The next key, waiting for it; an escape sequence's later bytes are awaited {@code pauseMillis} each. Null at end of input. */
    String next(long pauseMillis) {
        int first = read(in::read);
        if (first < 0) {
            return null;
        }
        if (first != ESC.charAt(0)) {
            return Character.toString(first);
        }
        int introducer = read(() -> in.peek(pauseMillis));
        if (introducer != '[' && introducer != 'O') {
            return ESC;
        }
        StringBuilder key = new StringBuilder(ESC).appendCodePoint(read(in::read));
        while (true) {
            int next = read(() -> in.peek(pauseMillis));
            boolean parameter = next >= 0x20 && next <= 0x3f;
            boolean last = next >= 0x40 && next <= 0x7e;
            if (!parameter && !last) {
                return key.toString(); // cut short: what came is one (unknown) key, the rest is another
            }
            key.appendCodePoint(read(in::read));
            if (last) {
                return key.toString();
            }
        }
    }

    /** The next character within {@code millis} (not taken), {@link NonBlockingReader#READ_EXPIRED}, or -1 at the end. */
    int peek(long millis) {
        return read(() -> in.peek(millis));
    }

    /** The next character, {@code READ_EXPIRED} when none came within {@code millis}, or -1 at the end. */
    int read(long millis) {
        return read(() -> in.read(millis));
    }

    private interface Read {
        int next() throws IOException;
    }

    private static int read(Read read) {
        try {
            return read.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
