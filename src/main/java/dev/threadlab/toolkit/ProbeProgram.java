package dev.threadlab.toolkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A child program that a {@link ProcessProbe} hands to the learner's code: a small JVM whose behaviour the
 * check chooses step by step (print, complain on stderr, fail, hang, start a helper, wait at the probe's
 * gate, play a guessing game on its pipes), and which reports to the probe what happened to it.
 *
 * <pre>{@code
 * ProbeProgram big = probe.program("big").prints(1 << 20).warns("disk almost full").lingers();
 * String out = probe.call(() -> output(big.command()));    // the learner starts it with a ProcessBuilder
 * probe.assertOutput(big, out);
 * Process game = probe.program("game").guessGame(637).start();   // or the probe starts it
 * }</pre>
 *
 * <p>Steps run in the order they are added; a program without {@link #exits}, {@link #hangs} or
 * {@link #guessGame} exits with code 0 after its last step. {@link #stdout()} and {@link #stderr()} say
 * exactly what it prints. Built on the check's thread, then read by the probe from any.
 */
public final class ProbeProgram {

    /** How long {@link #slowToStop()} takes to stop after {@code destroy()}. */
    static final long SLOW_STOP_MILLIS = 1_000;
    /** How long {@link #lingers()} runs on after closing its output. */
    static final long LINGER_MILLIS = 250;
    /**
     * How many guesses {@link #guessGame} answers at most: twice as many as there are numbers, so that only a guesser
     * that repeats itself or leaves the range gets there; then it closes its output (the guesser's {@code readLine()}
     * returns null) instead of answering for ever.
     */
    static final int MOST_GUESSES = 2_000;

    private final ProcessProbe probe;
    private final String name;
    private final String token;
    private final List<String> steps = new ArrayList<>();
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private Integer exitCode;
    private boolean hangs;
    private boolean helper;
    private boolean together;
    private Integer secret;
    private List<String> command;

    ProbeProgram(ProcessProbe probe, String name, String token) {
        this.probe = probe;
        this.name = name;
        this.token = token;
    }

    /** Waits at the probe's gate before its other steps, so that the probe sees how many run at once. */
    public ProbeProgram together() {
        requireOpen();
        together = true;
        steps.addFirst("gate");
        return this;
    }

    /** Prints {@code bytes} bytes of numbered lines on stdout (a multiple of 64 ends with a whole line). */
    public ProbeProgram prints(int bytes) {
        requirePositive(bytes);
        requireOpen();
        steps.add("out:" + bytes);
        stdout.append(text("out", bytes));
        return this;
    }

    /** Prints {@code line} and a line break on stdout. */
    public ProbeProgram printsLine(String line) {
        Objects.requireNonNull(line, "line");
        requireOpen();
        steps.add("say:" + escape(line));
        stdout.append(line).append('\n');
        return this;
    }

    /** Prints {@code bytes} bytes of numbered lines on stderr. */
    public ProbeProgram warnsBytes(int bytes) {
        requirePositive(bytes);
        requireOpen();
        steps.add("err:" + bytes);
        stderr.append(text("err", bytes));
        return this;
    }

    /** Prints {@code line} and a line break on stderr. */
    public ProbeProgram warns(String line) {
        Objects.requireNonNull(line, "line");
        requireOpen();
        steps.add("warn:" + escape(line));
        stderr.append(line).append('\n');
        return this;
    }

    /** Starts a helper program of its own (a grandchild of the caller) that runs until it is killed. */
    public ProbeProgram startsHelper() {
        requireOpen();
        steps.add("helper");
        helper = true;
        return this;
    }

    /** Takes {@value #SLOW_STOP_MILLIS} ms to stop when asked politely ({@code destroy()}), as a program that saves its work. */
    public ProbeProgram slowToStop() {
        requireOpen();
        steps.add("hook:" + SLOW_STOP_MILLIS);
        return this;
    }

    /** Closes stdout and stderr, then runs on for {@value #LINGER_MILLIS} ms: its output ends before it exits. */
    public ProbeProgram lingers() {
        requireOpen();
        steps.add("linger:" + LINGER_MILLIS);
        return this;
    }

    /** Exits with {@code code} (its last step). */
    public ProbeProgram exits(int code) {
        requireOpen();
        requireNoEnd();
        steps.add("exit:" + code);
        exitCode = code;
        return this;
    }

    /** Never ends by itself: runs until it is killed (its last step). */
    public ProbeProgram hangs() {
        requireOpen();
        requireNoEnd();
        steps.add("hang");
        hangs = true;
        return this;
    }

    /**
     * Plays higher-or-lower on its pipes (its last step): reads one guess per line on stdin, answers
     * {@code higher}, {@code lower} or {@code correct} on stdout; after {@code correct} it waits for its input
     * to be closed, then runs on for {@value #LINGER_MILLIS} ms and exits with code 0. After
     * {@value #MOST_GUESSES} guesses it stops answering and closes its stdout.
     */
    public ProbeProgram guessGame(int secret) {
        requireOpen();
        requireNoEnd();
        steps.add("game:" + secret);
        steps.add("linger:" + LINGER_MILLIS);
        steps.add("exit:0");
        this.secret = secret;
        exitCode = 0;
        return this;
    }

    /**
     * The command that runs it: {@code java}, its options, the class path and the program's arguments, for a
     * {@code ProcessBuilder}. After this call the program cannot be changed.
     */
    public List<String> command() {
        if (command == null) {
            command = List.copyOf(probe.commandFor(token));
        }
        return command;
    }

    /** Starts it with a plain {@code ProcessBuilder} (pipes for its stdin, stdout and stderr), for the learner's code to drive. */
    public Process start() {
        try {
            return new ProcessBuilder(command()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the program " + name + ": " + e.getMessage(), e);
        }
    }

    /** Its name in the feedback. */
    public String name() {
        return name;
    }

    /** Exactly what it prints on stdout. */
    public String stdout() {
        return stdout.toString();
    }

    /** Exactly what it prints on stderr. */
    public String stderr() {
        return stderr.toString();
    }

    /** The code it exits with when it ends by itself; -1 for one that {@link #hangs()}. */
    public int exitCode() {
        return exitCode == null ? (hangs ? -1 : 0) : exitCode;
    }

    String token() {
        return token;
    }

    boolean hangsForever() {
        return hangs;
    }

    boolean hasHelper() {
        return helper;
    }

    boolean waitsAtGate() {
        return together;
    }

    Integer secret() {
        return secret;
    }

    List<String> steps() {
        return List.copyOf(steps);
    }

    /** The JVM options a program runs with: a small, quickly started JVM. */
    static List<String> jvmOptions() {
        return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-Xss512k", "-XX:-UsePerfData");
    }

    /** The class path that holds {@link ProbeChild}: this JVM's, or the jar the toolkit was loaded from. */
    static String classPath() {
        try {
            return Path.of(ProbeChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return System.getProperty("java.class.path");
        }
    }

    /** Exactly {@code bytes} bytes of 64-byte numbered lines, for {@code stream} ("out" or "err"). */
    static String text(String stream, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 64);
        for (int line = 1; text.length() < bytes; line++) {
            String head = stream + " line " + line + " ";
            text.append(head).append(".".repeat(63 - head.length())).append('\n');
        }
        text.setLength(bytes);
        return text.toString();
    }

    static String escape(String s) {
        return ProcessPool.Worker.escape(s);
    }

    static String unescape(String s) {
        return ProcessPool.Worker.unescape(s);
    }

    private void requireOpen() {
        if (command != null) {
            throw new IllegalStateException("the program " + name + " was already handed out; build it before command()");
        }
    }

    private void requireNoEnd() {
        if (exitCode != null || hangs) {
            throw new IllegalStateException("the program " + name + " already ends (exits, hangs or plays a game)");
        }
    }

    private static void requirePositive(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be > 0, was " + bytes);
        }
    }

    @Override
    public String toString() {
        return "ProbeProgram[" + name + ", " + String.join(" ", steps) + "]";
    }
}
