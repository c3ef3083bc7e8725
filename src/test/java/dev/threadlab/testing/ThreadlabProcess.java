package dev.threadlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code threadlab} command run as a teacher or author runs it: the shaded jar in its own
 * process (system properties {@code threadlab.jar} and {@code threadlab.engineJar}, set by failsafe),
 * with a bound after which it and its children are killed and the test fails.
 */
public final class ThreadlabProcess {

    /** What a finished {@code threadlab} process left. */
    public record Finished(int exitCode, String stdout, String stderr) {}

    private ThreadlabProcess() {
    }

    /** Runs {@code threadlab args...} in {@code dir} (its output files go there too), waiting at most {@code bound}. */
    public static Finished run(Path dir, Duration bound, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dthreadlab.engineJar=" + required("threadlab.engineJar"));
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        command.add("-jar");
        command.add(required("threadlab.jar"));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("threadlab " + String.join(" ", args) + " did not finish within " + bound + "; stderr: "
                    + Files.readString(stderr));
        }
        return new Finished(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static String required(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            fail("system property " + property + " must name a built jar (run through ./mvnw verify), was " + path);
        }
        return path;
    }
}
