package dev.threadlab.engine;

import dev.threadlab.agent.EngineMain;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to launch the engine JVM.
 *
 * @param javaHome     the JDK whose {@code bin/java} runs the engine; default: the kernel's {@code java.home}
 * @param classPath    the engine's class path (agent, display, toolkit); default: system property
 *                     {@code threadlab.engineJar}, else the jar or directory {@link EngineMain} was loaded from
 * @param jvmFlags     extra flags before the main class; default {@link #DEFAULT_FLAGS}
 * @param startTimeout how long to wait for the engine to connect; default 30 s
 */
public record EngineOptions(Path javaHome, Path classPath, List<String> jvmFlags, Duration startTimeout) {

    /**
     * Flags measured on JDK 25 (see the engine's report): a bounded heap, exit (and restart) on
     * OutOfMemoryError, the serial collector (small and fast to start), CDS, UTF-8 streams.
     * {@code -XX:TieredStopAtLevel=1} is left out: it starts ~10 ms faster but slows user loops badly.
     * {@code jdk.internal.vm} is exported so the engine can list virtual threads (for {@code %threads} and
     * the warning about threads a cell left running) without a thread dump.
     */
    public static final List<String> DEFAULT_FLAGS = List.of(
            "-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Dfile.encoding=UTF-8",
            "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");

    public EngineOptions {
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(classPath, "classPath");
        jvmFlags = List.copyOf(jvmFlags);
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
    }

    /** The defaults described on each component. */
    public static EngineOptions defaults() {
        return new EngineOptions(Path.of(System.getProperty("java.home")), defaultClassPath(), DEFAULT_FLAGS,
                Duration.ofSeconds(30));
    }

    /** A copy with another engine class path. */
    public EngineOptions withClassPath(Path path) {
        return new EngineOptions(javaHome, path, jvmFlags, startTimeout);
    }

    /**
     * The engine's Java version, e.g. {@code 25.0.1}: from {@code <javaHome>/release}, without starting a
     * JVM; the kernel's own version when that file cannot be read.
     */
    public String javaVersion() {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "").strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: a JDK image without a release file
        }
        return Runtime.version().toString();
    }

    /** The feature release of {@link #javaVersion()}, e.g. {@code 25}. */
    public String javaFeatureVersion() {
        String version = javaVersion();
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.toString(Runtime.version().feature()) : version.substring(0, end);
    }

    /** {@code <javaHome>/bin/java}. */
    Path javaExecutable() {
        return javaHome.resolve("bin").resolve("java");
    }

    static Path defaultClassPath() {
        String configured = System.getProperty("threadlab.engineJar");
        if (configured != null && !configured.isBlank() && Files.exists(Path.of(configured))) {
            return Path.of(configured);
        }
        try {
            return Path.of(EngineMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot find where the engine classes come from; set -Dthreadlab.engineJar",
                    e);
        }
    }
}
