package dev.threadlab.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sets up the kernel's log: one line per record on stderr, which Jupyter shows in the server's console
 * (never in a notebook). {@code THREADLAB_LOG=FINE} (or any java.util.logging level) turns up detail.
 */
final class Logging {

    private Logging() {}

    static void configure() {
        configure(Level.INFO);
    }

    /** As {@link #configure()}, logging {@code normal} and above unless {@code THREADLAB_LOG} says otherwise. */
    static void configure(Level normal) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "[threadlab %1$tT %4$s %3$s] %5$s%6$s%n");
        }
        LogManager.getLogManager().reset();
        Level level = level(System.getenv("THREADLAB_LOG"), normal);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(level);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        root.addHandler(handler);
    }

    /**
     * Sends the log to {@code file} instead (the terminal front ends own the screen), warnings and above
     * unless {@code THREADLAB_LOG} says otherwise. When the file cannot be opened, nothing is logged.
     */
    static void toFile(java.nio.file.Path file) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "[threadlab %1$tF %1$tT %4$s %3$s] %5$s%6$s%n");
        }
        LogManager.getLogManager().reset();
        Level level = level(System.getenv("THREADLAB_LOG"), Level.WARNING);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.util.logging.FileHandler handler = new java.util.logging.FileHandler(file.toString(), 1_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(level);
            root.addHandler(handler);
        } catch (java.io.IOException | RuntimeException e) {
            root.setLevel(Level.OFF);
        }
    }

    private static Level level(String name, Level normal) {
        if (name == null || name.isBlank()) {
            return normal;
        }
        try {
            return Level.parse(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return normal;
        }
    }
}
