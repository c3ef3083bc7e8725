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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Jupyter tools from Debian's packages, pointed at the jars under test through a temporary
 * kernelspec. In CI ({@code CI=true}) a missing Jupyter fails the test; elsewhere it is skipped with
 * the reason printed.
 */
public final class Jupyter {

    /** What a finished command printed and how it ended. */
    public record Run(int exitCode, String output) {

        private static final String RULE = "=".repeat(70);
        private static final int MOST = 6_000;

        /**
         * What a failed run's report must show even where the output above is cut from a build log: the
         * failures unittest listed (from its first {@code ====} rule to "Ran N tests"), else the last 40 lines.
         */
        public String failures() {
            int from = output.indexOf(RULE);
            int to = output.indexOf("\nRan ", Math.max(from, 0));
            String text;
            if (from >= 0) {
                text = output.substring(from, to > from ? to : output.length());
            } else {
                List<String> lines = output.lines().toList();
                text = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            }
            return text.length() <= MOST ? text : text.substring(0, MOST) + "\n[... cut at " + MOST + " characters]";
        }
    }

    private final Path python;
    private final Path home;

    private Jupyter(Path python, Path home) {
        this.python = python;
        this.home = home;
    }

    /** A temporary Jupyter data dir with a {@code threadlab} kernelspec for the built jars. */
    public static Jupyter withThreadlabKernel() {
        Path python = Path.of(System.getProperty("threadlab.python", "/usr/bin/python3"));
        String missing = missingPieces(python);
        require(missing == null, "Jupyter is not usable here: " + missing);
        try {
            Path home = Files.createTempDirectory("threadlab-jupyter");
            writeKernelspec(home.resolve("data/kernels/threadlab"));
            Files.createDirectories(home.resolve("runtime"));
            Files.createDirectories(home.resolve("config"));
            return new Jupyter(python, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Skips the calling test when {@code available} is false, printing why; in CI ({@code CI=true}) fails
     * it instead, because there a missing Jupyter is a broken set-up, not a reason to test less.
     */
    public static void require(boolean available, String why) {
        if (available) {
            return;
        }
        String message = why + ". Install Debian's python3-jupyter-client python3-nbclient "
                + "python3-jupyter-kernel-test jupyter-console (.ci/run does).";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        System.out.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    private static String missingPieces(Path python) {
        if (!Files.isExecutable(python)) {
            return python + " does not exist";
        }
        try {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import jupyter_client, nbclient, nbformat, jupyter_kernel_test")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "importing the Jupyter modules timed out";
            }
            return p.exitValue() == 0 ? null : "a Jupyter module is missing (" + out.strip() + ")";
        } catch (IOException e) {
            return "cannot run " + python + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void writeKernelspec(Path dir) throws IOException {
        Files.createDirectories(dir);
        String jar = requiredFile("threadlab.jar");
        String engineJar = requiredFile("threadlab.engineJar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = new ArrayList<>();
        argv.add(java);
        Files.readAllLines(Path.of("kernel", "jvm.options")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(argv::add);
        argv.addAll(List.of("-Dthreadlab.engineJar=" + engineJar, "-jar", jar, "kernel", "--connection-file",
                "{connection_file}"));
        StringBuilder json = new StringBuilder("{\n  \"argv\": [");
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
        }
        json.append("],\n  \"display_name\": \"Java (Threadlab, under test)\",\n  \"language\": \"java\",\n")
                .append("  \"interrupt_mode\": \"message\"\n}\n");
        Files.writeString(dir.resolve("kernel.json"), json);
    }

    private static String requiredFile(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            fail("system property " + property + " must name a built jar (run through ./mvnw verify), was " + path);
        }
        return path;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The folder of the Python test scripts. */
    public static Path scripts() {
        return Path.of("src", "test", "python").toAbsolutePath();
    }

    /** The Python that runs Jupyter. */
    public Path pythonPath() {
        return python;
    }

    /** Runs {@code python args...} in the scripts folder. */
    public Run python(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(python.toString());
        command.addAll(List.of(args));
        return run(command, timeout);
    }

    /** Where kernels started through {@link #run} record the learner's progress (a file in the temp home). */
    public Path progressFile() {
        return home.resolve("progress.json");
    }

    /** Runs a command with this Jupyter's environment in the scripts folder, echoing its output. */
    public Run run(List<String> command, Duration timeout) {
        return run(command, timeout, Map.of());
    }

    /**
     * Runs a command with this Jupyter's environment, changed by {@code overrides} (e.g. another
     * {@code JUPYTER_PATH}), in the scripts folder, echoing its output.
     */
    public Run run(List<String> command, Duration timeout, Map<String, String> overrides) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(scripts().toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", home.resolve("data").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("PATH", python.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        // Kernels started by the client inherit this: check cells run by tests never touch the real progress.
        env.put("THREADLAB_PROGRESS", progressFile().toString());
        env.putAll(overrides);
        try {
            Process process = builder.start();
            StringBuilder output = new StringBuilder();
            Thread pump = Thread.ofPlatform().daemon().start(() -> {
                try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                    reader.lines().forEach(line -> {
                        System.out.println(line);
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                    });
                } catch (IOException e) {
                    synchronized (output) {
                        output.append("(output lost: ").append(e.getMessage()).append(")\n");
                    }
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout);
            }
            pump.join(Duration.ofSeconds(10));
            synchronized (output) {
                return new Run(process.exitValue(), output.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
