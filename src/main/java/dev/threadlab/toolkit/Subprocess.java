package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM to run once: a class on this JVM's class path, or a single-file Java program given as
 * text (run with the JDK's source launcher, {@code java Program.java}).
 *
 * <pre>{@code
 * var result = Subprocess.ofSource("""
 *         class Hello {
 *             public static void main(String[] args) {
 *                 System.out.println("hello from pid " + ProcessHandle.current().pid());
 *                 System.exit(3);
 *             }
 *         }""").withTimeout(Duration.ofSeconds(30)).run();
 * result.exitCode();   // 3
 * result.stdout();     // "hello from pid 4242\n"
 * Subprocess.ofClass("com.example.Crunch", "10").withStdin("1 2 3\n").onTimeline(timeline, "crunch").run();
 * }</pre>
 *
 * <p>The child uses the same {@code java} as this JVM and its class path
 * ({@code java.class.path}; classes declared in notebook cells are not on it). Its stdout and stderr
 * are captured as UTF-8 text; {@code stdin} (default none) is written and then closed. When the
 * timeout (default 60 s) passes, the child and every process it started are killed and the result
 * says {@link Result#timedOut()}. No child outlives this JVM: a shutdown hook kills those still
 * running. Immutable and thread-safe; {@link #run()} may be called from many threads at once.
 */
public final class Subprocess {

    /**
     * What a finished child did; shown as a one-row table.
     *
     * <pre>{@code
     * Subprocess.Result r = Subprocess.ofClass("com.example.Crunch").run();
     * if (!r.ok()) System.out.println("exit " + r.exitCode() + (r.timedOut() ? " (timed out)" : "") + ": " + r.stderr());
     * }</pre>
     *
     * @param exitCode its exit code (after a timeout, the code of the killed process)
     * @param stdout   everything it printed to stdout, never null
     * @param stderr   everything it printed to stderr, never null
     * @param wall     from start to exit, as seen by this JVM
     * @param pid      its process id
     * @param timedOut whether it was killed because the timeout passed
     */
    public record Result(int exitCode, String stdout, String stderr, Duration wall, long pid, boolean timedOut)
            implements Displayable {

        public Result {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
            Objects.requireNonNull(wall, "wall");
        }

        /** Whether it exited with code 0 in time. */
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }

        @Override
        public MimeBundle mimeBundle() {
            return Table.of(List.of("pid", "exit code", "wall", "timed out", "stdout", "stderr"),
                    List.of(List.of(pid, exitCode, wall, timedOut, Text.truncate(stdout, 200),
                            Text.truncate(stderr, 200)))).mimeBundle();
        }
    }

    private static final Pattern PUBLIC_CLASS = Pattern.compile(
            "public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    private final List<String> launch;
    private final String source;
    private final String stdin;
    private final Duration timeout;
    private final Timeline timeline;
    private final String label;

    private Subprocess(List<String> launch, String source, String stdin, Duration timeout, Timeline timeline,
            String label) {
        this.launch = List.copyOf(launch);
        this.source = source;
        this.stdin = stdin;
        this.timeout = timeout;
        this.timeline = timeline;
        this.label = label;
    }

    /** Runs {@code mainClass} (a class name on this JVM's class path) with {@code args}. */
    public static Subprocess ofClass(String mainClass, String... args) {
        Objects.requireNonNull(mainClass, "mainClass");
        List<String> launch = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        launch.addAll(List.of(args));
        return new Subprocess(launch, null, null, Duration.ofSeconds(60), null, mainClass);
    }

    /** Runs {@code mainClass} (which must be on this JVM's class path, not declared in a cell) with {@code args}. */
    public static Subprocess ofClass(Class<?> mainClass, String... args) {
        return ofClass(mainClass.getName(), args);
    }

    /**
     * Runs a single-file program: {@code source} is written to a temporary {@code Name.java} (named
     * after its public class, else {@code Main.java}) and run with {@code java Name.java args}; the
     * first class in the file must have the {@code main} method. The file is deleted afterwards.
     */
    public static Subprocess ofSource(String source, String... args) {
        Objects.requireNonNull(source, "source");
        Matcher m = PUBLIC_CLASS.matcher(source);
        String name = m.find() ? m.group(1) : "Main";
        List<String> launch = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), name + ".java"));
        launch.addAll(List.of(args));
        return new Subprocess(launch, source, null, Duration.ofSeconds(60), null, name + ".java");
    }

    /** A copy that writes {@code text} (UTF-8) to the child's stdin and then closes it. */
    public Subprocess withStdin(String text) {
        return new Subprocess(launch, source, Objects.requireNonNull(text, "stdin"), timeout, timeline, label);
    }

    /** A copy that kills the child and its descendants after {@code timeout} (default 60 s). */
    public Subprocess withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
        }
        return new Subprocess(launch, source, stdin, timeout, timeline, label);
    }

    /** A copy that records the child's life on {@code timeline} as a span labelled {@code label}, on a row {@code pid N}. */
    public Subprocess onTimeline(Timeline timeline, String label) {
        return new Subprocess(launch, source, stdin, timeout, Objects.requireNonNull(timeline, "timeline"),
                Objects.requireNonNull(label, "label"));
    }

    /** The command line it will run, after the {@code java} launcher. */
    public List<String> arguments() {
        return launch;
    }

    /**
     * Starts the child, waits for it (at most the timeout) and returns what it did.
     *
     * @throws CancellationException if this thread is interrupted: the child is killed and the
     *                               interrupt flag set again
     * @throws UncheckedIOException  if the child could not be started
     */
    public Result run() {
        Path dir = null;
        try {
            dir = writeSource();
            return runIn(builder(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + label + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Starts the child and returns at once, for talking to it through its pipes
     * ({@code process.outputWriter()}, {@code process.inputReader()}); the caller owns the pipes and
     * the wait, and the timeout and stdin text do not apply. It is still killed when this JVM exits,
     * and on a timeline it is a span from now until it exits.
     *
     * <pre>{@code
     * Process p = Subprocess.ofClass("com.example.Upper").start();
     * try (var in = p.outputWriter()) { in.write("hello\n"); }
     * p.inputReader().readLine();   // "HELLO"
     * }</pre>
     *
     * @throws UncheckedIOException if the child could not be started
     */
    public Process start() {
        try {
            Path dir = writeSource();
            Process process = Children.start(builder(dir));
            process.onExit().thenRun(() -> deleteQuietly(dir));
            if (timeline != null) {
                timeline.process(label, process.toHandle());
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + label + ": " + e.getMessage(), e);
        }
    }

    private Result runIn(ProcessBuilder builder) throws IOException {
        long startNanos = System.nanoTime();
        long timelineStart = timeline == null ? 0 : timeline.now();
        Process process = Children.start(builder);
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        feed(process.getOutputStream(), stdin);
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                Children.destroyTree(process, Duration.ofSeconds(10));
            }
            process.waitFor(10, TimeUnit.SECONDS);
            Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
            if (timeline != null) {
                timeline.recordProcess(label, process.pid(), timelineStart, timeline.now());
            }
            return new Result(process.isAlive() ? -1 : process.exitValue(), out.get(10, TimeUnit.SECONDS),
                    err.get(10, TimeUnit.SECONDS), wall, process.pid(), !exited);
        } catch (InterruptedException e) {
            Children.destroyTree(process, Duration.ofSeconds(1));
            Thread.currentThread().interrupt();
            var cancelled = new CancellationException("interrupted while waiting for " + label + "; it was killed");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new UncheckedIOException(new IOException("lost the output of " + label, e));
        }
    }

    /** For a source program: a new temporary directory holding it; otherwise null. */
    private Path writeSource() throws IOException {
        if (source == null) {
            return null;
        }
        Path dir = Files.createTempDirectory("threadlab-subprocess");
        Files.writeString(dir.resolve(launch.get(2)), source);
        return dir;
    }

    /** {@code java} and the arguments, run in {@code dir} when it is not null. */
    private ProcessBuilder builder(Path dir) {
        List<String> command = new ArrayList<>();
        command.add(Children.java());
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command);
        return dir == null ? builder : builder.directory(dir.toFile());
    }

    /** Reads a stream to its end on a virtual thread, so a chatty child never blocks on a full pipe. */
    static CompletableFuture<String> drain(InputStream in) {
        var text = new CompletableFuture<String>();
        Thread.ofVirtual().name("subprocess-reader").start(() -> {
            try (in) {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("(output lost: " + e.getMessage() + ")");
            }
        });
        return text;
    }

    private static void feed(OutputStream stdin, String text) {
        if (text == null) {
            closeQuietly(stdin);
            return;
        }
        Thread.ofVirtual().name("subprocess-writer").start(() -> {
            try (stdin) {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The child exited without reading all its input: that is its choice, not an error here.
            }
        });
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // Nothing was written; a failed close changes nothing for the child.
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless; the program already ran.
        }
    }
}
