package dev.threadlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A program running in a real terminal: a tmux session on a private tmux server, driven as a person
 * would (keys in, the screen read back). Every wait has a bound; a test that waits in vain fails with
 * the screen it saw. Closing kills the server and everything in it.
 */
public final class Tmux implements AutoCloseable {

    private static final String SESSION = "app";
    private final String socket = "threadlab-it-" + UUID.randomUUID();

    private Tmux() {}

    /** Whether tmux is installed; tests skip (or, in CI, fail) without it. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} in a {@code columns}×{@code rows} terminal, in {@code dir}, with {@code env} added
     * to this process's environment. When the command ends, the pane prints {@code EXITED <status>} and stays.
     */
    public static Tmux start(Path dir, int columns, int rows, Map<String, String> env, List<String> command) {
        Tmux tmux = new Tmux();
        StringBuilder line = new StringBuilder();
        env.forEach((k, v) -> line.append("export ").append(k).append('=').append(quote(v)).append("; "));
        for (String word : command) {
            line.append(quote(word)).append(' ');
        }
        line.append("; echo \"EXITED $?\"; sleep 600");
        tmux.tmux(List.of("new-session", "-d", "-s", SESSION, "-x", Integer.toString(columns), "-y",
                Integer.toString(rows), "-c", dir.toString(), "sh -c " + quote(line.toString())), env);
        tmux.tmux(List.of("set-option", "-t", SESSION, "history-limit", "50000"), Map.of());
        return tmux;
    }

    /** The {@code threadlab} command as the built jar runs it (system properties set by failsafe). */
    public static List<String> threadlab(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dthreadlab.engineJar=" + System.getProperty("threadlab.engineJar"));
        command.add("-jar");
        command.add(System.getProperty("threadlab.jar"));
        command.addAll(List.of(args));
        return command;
    }

    /** Presses keys, in tmux's names ({@code Enter}, {@code C-c}, {@code BTab}, {@code Up}) or as letters. */
    public void press(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args, Map.of());
    }

    /** Types {@code text} literally. */
    public void type(String text) {
        // tmux takes an argument's final ';' for a command separator, so that one goes as a byte
        boolean semicolon = text.endsWith(";");
        String body = semicolon ? text.substring(0, text.length() - 1) : text;
        if (!body.isEmpty()) {
            tmux(List.of("send-keys", "-t", SESSION, "-l", body), Map.of());
        }
        if (semicolon) {
            tmux(List.of("send-keys", "-t", SESSION, "-H", "3b"), Map.of());
        }
    }

    /** What the terminal shows now. */
    public String screen() {
        return tmux(List.of("capture-pane", "-p", "-t", SESSION), Map.of());
    }

    /** What the terminal shows now with its colours and styles as escape sequences. */
    public String styledScreen() {
        return tmux(List.of("capture-pane", "-p", "-e", "-t", SESSION), Map.of());
    }

    /** Everything printed so far, scrollback included. */
    public String history() {
        return tmux(List.of("capture-pane", "-p", "-S", "-", "-t", SESSION), Map.of());
    }

    /** Changes the terminal's size (the program gets SIGWINCH). */
    public void resize(int columns, int rows) {
        tmux(List.of("resize-window", "-t", SESSION, "-x", Integer.toString(columns), "-y", Integer.toString(rows)),
                Map.of());
    }

    /** Waits until everything printed since {@code mark} characters of history contains {@code text}; returns that part. */
    public String waitFor(String text, Duration bound) {
        return waitUntil(screen -> screen.contains(text), "'" + text + "'", bound);
    }

    /** Waits until the history satisfies {@code done}. */
    public String waitUntil(Predicate<String> done, String what, Duration bound) {
        long end = System.nanoTime() + bound.toNanos();
        String seen = history();
        while (!done.test(seen)) {
            if (System.nanoTime() > end) {
                fail("waited " + bound.toSeconds() + " s for " + what + " on the terminal; it shows:\n" + screen());
            }
            LockSupport.parkNanos(100_000_000L); // tmux is polled: nothing to wait on but the screen
            seen = history();
        }
        return seen;
    }

    /** The number of times {@code text} occurs in the history. */
    public int count(String text) {
        String all = history();
        int n = 0;
        for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    private String tmux(List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("tmux " + args + " did not answer within 30 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Kills the tmux server: the program and its engine go with it. */
    @Override
    public void close() {
        tmux(List.of("kill-server"), Map.of());
    }

    /** Writes an executable shell script {@code name} in {@code dir} with {@code body}. */
    public static Path script(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        file.toFile().setExecutable(true);
        return file;
    }
}
