package dev.threadlab.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/** Opening the terminal the person sits at, and what it can do (colour, single keys). */
final class Terminals {

    private static final System.Logger LOG = System.getLogger(Terminals.class.getName());

    private Terminals() {}

    /**
     * Settings JLine reads once, before its classes are used: box-drawing characters are printed as
     * themselves (not through the terminal's alternate character set, which copy and paste, tmux's
     * capture and some fonts turn into letters).
     */
    static void configureJLine() {
        System.setProperty("org.jline.utils.disableAlternateCharset", "true");
    }

    /**
     * Whether standard input is a terminal. On Linux from where file descriptor 0 points; elsewhere, whether
     * the JVM has a console (which also needs standard output to be one).
     */
    static boolean stdinIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * The system terminal, its signals handled by the app (none ends it: Ctrl-C is read as a key, and a
     * SIGINT from outside interrupts the running cell). {@code TERM=dumb} gives JLine's dumb terminal.
     */
    static Terminal system() throws IOException {
        return TerminalBuilder.builder().system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
    }

    /** Logs (at DEBUG) how long after the process started {@code what} happened: start-up is measured by bench/learn.py. */
    static void logSinceStart(String what) {
        LOG.log(System.Logger.Level.DEBUG, () -> what + " at " + ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis() + " ms").orElse("?")
                + " after the process started");
    }

    /** {@link #system()}, its failure unchecked (for opening it on another thread). */
    static Terminal openSystem() {
        try {
            return system();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code terminal} is a dumb one: no cursor movement, whole lines of input. */
    static boolean dumb(Terminal terminal) {
        return terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /**
     * The theme for {@code terminal}: colours unless {@code NO_COLOR} is set (to anything but empty, as
     * no-color.org says), the terminal is dumb, or it has fewer than 8 colours.
     */
    static Theme theme(Terminal terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        boolean colour = (noColor == null || noColor.isEmpty()) && !dumb(terminal) && colours != null && colours >= 8;
        return new Theme(colour);
    }
}
