package dev.threadlab.repl;

import java.util.List;
import java.util.Objects;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal, owned by one thread (the app's): everything drawn and every key read goes through here.
 * Two modes. <em>Keys</em> (a real terminal): raw input with signals off, so Ctrl-C arrives as a key and
 * no SIGINT ever reaches the engine JVM, which shares the terminal's process group. <em>Lines</em> (a
 * dumb terminal, e.g. Emacs' shell): the terminal sends whole lines, so commands are a letter and Enter.
 *
 * <p>Below the permanent text there may be one transient part: a {@link Live} region (a running cell's
 * output, redrawn in place) or a key bar, erased before anything else is printed. Not thread-safe.
 */
final class Console implements AutoCloseable {

    /** What {@link #pollKey} returns when no key came in time. */
    static final int NO_KEY = NonBlockingReader.READ_EXPIRED;
    /** The smallest terminal the app draws in. */
    static final int MIN_WIDTH = 50;
    static final int MIN_HEIGHT = 12;
    private static final int WIDEST_TEXT = 100;

    private final Terminal terminal;
    private final Theme theme;
    private final boolean keys;
    private final boolean redraw;
    private final KeyReader keyReader;
    private final Attributes original;
    private int barLines;
    private LineReader lineReader;
    private String lastKey = "";
    private volatile boolean resized = true;
    private Size size;

    /**
     * A console on {@code terminal}: key mode unless {@code lines}; draws in place when the terminal can
     * move its cursor. Key mode switches the terminal to raw input until {@link #close()}.
     */
    Console(Terminal terminal, Theme theme, boolean lines) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.keys = !lines;
        this.redraw = !lines && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !terminal.getType().startsWith(Terminal.TYPE_DUMB_COLOR)
                && terminal.getStringCapability(Capability.cursor_up) != null
                && terminal.getStringCapability(Capability.clr_eos) != null;
        this.keyReader = new KeyReader(terminal.reader());
        this.original = terminal.getAttributes();
        if (keys) {
            terminal.enterRawMode();
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C is a key; the engine never sees SIGINT
            terminal.setAttributes(raw);
        }
    }

    Terminal terminal() {
        return terminal;
    }

    Theme theme() {
        return theme;
    }

    /** Whether single keys arrive (else whole lines). */
    boolean keyMode() {
        return keys;
    }

    /** Whether lines already printed can be drawn again in place. */
    boolean canRedraw() {
        return redraw;
    }

    /** The terminal changed size (SIGWINCH): the size is asked again when next needed. */
    void resized() {
        resized = true;
    }

    /** The terminal's size, asked only after a resize (asking may cost a process start). */
    private Size size() {
        if (resized) {
            resized = false;
            size = terminal.getSize();
        }
        return size;
    }

    /** Columns to draw text in: the terminal's width less one, so that no line ever wraps by itself. */
    int width() {
        int columns = size().getColumns();
        return (columns <= 0 ? 80 : columns) - 1;
    }

    /** The width for reading text: {@link #width()}, at most {@value #WIDEST_TEXT}. */
    int textWidth() {
        return Math.min(width(), WIDEST_TEXT);
    }

    int height() {
        int rows = size().getRows();
        return rows <= 0 ? 24 : rows;
    }

    /** Whether the terminal is smaller than the app can draw in (a dumb terminal does not say: never). */
    boolean tooSmall() {
        Size now = size();
        return now.getColumns() > 0 && now.getRows() > 0
                && (now.getColumns() < MIN_WIDTH || now.getRows() < MIN_HEIGHT);
    }

    /**
     * While the terminal is too small: says so once and waits for it to grow (or for q); true when the
     * person quit instead.
     */
    boolean waitWhileTooSmall() {
        boolean told = false;
        while (tooSmall()) {
            if (!told) {
                print(Wrap.words(new AttributedString("This terminal is " + sizeText() + "; Threadlab needs at least "
                        + MIN_WIDTH + "×" + MIN_HEIGHT + ". Make the window bigger (q quits).", theme.style(Theme.Role.NOTE)),
                        Math.max(10, width()), AttributedString.EMPTY, AttributedString.EMPTY));
                told = true;
            }
            int key = keys ? pollKey(200) : NO_KEY;
            if (key == 'q' || key == -1) {
                return true;
            }
            if (!keys) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L); // a resize arrives as a signal
            }
        }
        return false;
    }

    /** The size as {@code columns×rows}, for messages. */
    String sizeText() {
        return size().getColumns() + "×" + size().getRows();
    }

    /** Prints {@code lines} for good, below whatever is there (a key bar is erased first). */
    void print(List<AttributedString> lines) {
        clearBar();
        for (AttributedString line : fitted(lines)) {
            terminal.writer().print(ansi(line));
            terminal.writer().print('\n');
        }
        terminal.flush();
    }

    /**
     * {@code lines} as the screen shows them: drawn lines fit already; a longer one is a message, wrapped at spaces
     * rather than by the terminal mid-word (which would also leave the screen one line longer than counted).
     */
    private List<AttributedString> fitted(List<AttributedString> lines) {
        List<AttributedString> out = new java.util.ArrayList<>(lines.size());
        for (AttributedString line : lines) {
            if (line.columnLength() <= width()) {
                out.add(line);
            } else {
                out.addAll(Wrap.words(line, width(), AttributedString.EMPTY, AttributedString.EMPTY));
            }
        }
        return out;
    }

    /** The line as the terminal gets it: styled, or plain text on a dumb terminal (which shows escapes as junk). */
    private String ansi(AttributedString line) {
        return keys ? line.toAnsi(terminal) : line.toString();
    }

    void print(AttributedString line) {
        print(List.of(line));
    }

    /** Shows {@code bar} under the text until the next print; on a terminal that cannot erase, it stays. */
    void bar(List<AttributedString> bar) {
        clearBar();
        print(bar);
        barLines = redraw ? bar.size() : 0;
    }

    private void clearBar() {
        if (barLines > 0) {
            up(barLines);
            barLines = 0;
        }
    }

    /** Moves the cursor up {@code lines} lines to column 0 and erases from there to the end of the screen. */
    private void up(int lines) {
        if (lines > 0 && !terminal.puts(Capability.parm_up_cursor, lines)) {
            for (int i = 0; i < lines; i++) {
                terminal.puts(Capability.cursor_up);
            }
        }
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
    }

    /** A region below the text that is redrawn in place as it changes (a running cell's output). */
    Live live() {
        clearBar();
        return new Live();
    }

    /**
     * Lines drawn so far and redrawn from the first that changed. When that line has scrolled out of
     * sight, the visible part is drawn again (the scrollback keeps the old text). Without cursor
     * movement, the lines from the first that changed are printed again below.
     */
    final class Live {
        private List<AttributedString> shown = List.of();

        /** Shows {@code lines} (the region's whole content now), a line wider than the terminal wrapped at spaces. */
        void show(List<AttributedString> content) {
            List<AttributedString> lines = fitted(content);
            int same = 0;
            int common = Math.min(shown.size(), lines.size());
            while (same < common && shown.get(same).equals(lines.get(same))) {
                same++;
            }
            if (same == shown.size() && same == lines.size()) {
                return;
            }
            if (!redraw) {
                // nothing printed can change: what changed is printed again below (a progress bar line by line)
                writeLines(lines.subList(same, lines.size()));
                shown = List.copyOf(lines);
                return;
            }
            int reachable = Math.min(shown.size(), height() - 1);
            int from = Math.max(same, shown.size() - reachable);
            up(shown.size() - from);
            writeLines(lines.subList(Math.min(from, lines.size()), lines.size()));
            shown = List.copyOf(lines);
        }

        private void writeLines(List<AttributedString> lines) {
            for (AttributedString line : lines) {
                terminal.writer().print(ansi(line));
                terminal.writer().print('\n');
            }
            terminal.flush();
        }
    }

    /**
     * The action {@code keymap} binds to the next key (a whole escape sequence is one key; see
     * {@link KeyReader}), its no-match action for a key it does not bind; calls {@code idle} about every
     * 50 ms while no key comes; null at end of input.
     */
    <T> T readBinding(KeyMap<T> keymap, Runnable idle) {
        while (true) {
            int next = keyReader.peek(50);
            if (next == NonBlockingReader.EOF) {
                return null;
            }
            if (next != NO_KEY) {
                lastKey = keyReader.next(keymap.getAmbiguousTimeout());
                if (lastKey == null) {
                    return null;
                }
                T bound = keymap.getBound(lastKey);
                return bound != null ? bound : keymap.getNomatch();
            }
            idle.run();
        }
    }

    /** The characters of the last key {@link #readBinding} read (e.g. the letter typed). */
    String lastBinding() {
        return lastKey;
    }

    /** The next character if it comes within {@code millis}, not taken; {@link #NO_KEY}; or -1 at end of input. */
    int peekKey(long millis) {
        return keyReader.peek(millis);
    }

    /** A key typed within {@code millis}: its character, {@link #NO_KEY}, or -1 at end of input. */
    int pollKey(long millis) {
        return keyReader.read(millis);
    }

    /**
     * A line typed by the person after {@code prompt} (masked when {@code password}).
     *
     * @throws UserInterruptException when they press Ctrl-C
     */
    String readLine(String prompt, boolean password) {
        clearBar();
        if (lineReader == null) {
            lineReader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            Keys.interruptOnCtrlC(lineReader);
        }
        try {
            return lineReader.readLine(prompt, password ? Character.valueOf('*') : null);
        } finally {
            resized(); // while it reads, the line reader takes the resize signal
        }
    }

    void flush() {
        terminal.flush();
    }

    /** Leaves the terminal as it was found (cooked input, signals on). */
    @Override
    public void close() {
        clearBar();
        terminal.setAttributes(original);
        terminal.flush();
    }
}
