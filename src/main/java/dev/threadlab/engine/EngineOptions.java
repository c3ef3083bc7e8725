package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * How to launch the engine JVM.
 *
 * <p>When the class path is one jar holding a module descriptor (target/threadlab-engine.jar, module
 * {@value #ENGINE_MODULE}), the engine runs as that named module: user code, in the unnamed module, sees
 * only the packages it exports (display, toolkit, JUnit's Assertions), and reflection cannot open the
 * others (the agent, the toolkit's internals) or the private state of the toolkit's objects. From a classes
 * directory (unit tests) it runs on the class path, without that boundary.
 *
 * @param javaHome     the JDK whose {@code bin/java} runs the engine; default: the kernel's {@code java.home}
 * @param classPath    the engine's class path (agent, display, toolkit and JUnit's Assertions), never empty;
 *                     default: system property {@code threadlab.engineJar}, else the jar the engine's code (the
 *                     wire package, which the engine jar holds with the agent) was loaded from, else (a classes directory, as in unit tests) that directory and the jars
 *                     holding JUnit's Assertions and what it needs
 * @param jvmFlags     extra flags before the main class; default {@link #DEFAULT_FLAGS}, then the flags in the
 *                     environment variable {@value #FLAGS_ENV} (split at white space), which may override them
 * @param startTimeout how long the whole start may take, process start to both connections; default 30 s
 * @param confinement  how tightly the engine is shut in; default {@link Confinement#open()}
 */
public record EngineOptions(Path javaHome, List<Path> classPath, List<String> jvmFlags, Duration startTimeout,
        Confinement confinement) {

    /** The name of the engine jar's module. */
    public static final String ENGINE_MODULE = "dev.threadlab.engine";

    /**
     * Flags measured on JDK 25 (see the engine's report): a bounded heap, exit (and restart) on
     * OutOfMemoryError, the serial collector (small and fast to start), CDS, UTF-8 streams. A small initial
     * heap and {@code -XX:-ShrinkHeapInSteps} let a full collection give back what a notebook dropped (the
     * heap never shrinks below its initial size, 1/64 of the machine's memory by default, and the serial
     * collector otherwise shrinks in steps over four collections); see {@code IdleMemory} in the agent.
     * {@code -XX:TieredStopAtLevel=1} is left out: it starts ~10 ms faster but slows user loops badly.
     * {@link #nativeHeapTrim} follows them where the JVM knows its flag.
     * (The launch adds {@code --add-exports java.base/jdk.internal.vm} for the agent, which lists virtual
     * threads with it, and {@code --add-opens java.base/java.util.concurrent.locks} for the toolkit, which
     * asks a {@code ReentrantLock} who holds it to find deadlocks of virtual threads, and, to the engine module only,
     * {@code --add-opens java.base/java.lang} and {@code java.base/java.util.concurrent} for the toolkit, which
     * finds the pool of a {@code ThreadPoolExecutor}'s worker to shut down a pool an answer left open (never to the
     * class path, where the learner's code would get them too), and
     * {@code --add-opens jdk.jshell/jdk.jshell.execution} for the agent, which loads a class JShell cannot
     * weave its stop checks into as compiled: to the engine module only, or to the class path when there is
     * no module.) Java2D is headless: the toolkit draws charts as
     * PNG too (SvgPng), which must need no display and, on macOS, show no Dock icon.
     */
    public static final List<String> DEFAULT_FLAGS = List.of(
            "-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-Xms32m", "-XX:-ShrinkHeapInSteps", "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true");

    /** Options for a live engine ({@link Confinement#open()}). */
    public EngineOptions(Path javaHome, List<Path> classPath, List<String> jvmFlags, Duration startTimeout) {
        this(javaHome, classPath, jvmFlags, startTimeout, Confinement.open());
    }

    /**
     * The environment variable whose flags are added to every engine JVM's, e.g.
     * {@code THREADLAB_ENGINE_OPTIONS="-XX:ActiveProcessorCount=1"} to try checks as a one-core machine sees them.
     */
    public static final String FLAGS_ENV = "THREADLAB_ENGINE_OPTIONS";

    public EngineOptions {
        Objects.requireNonNull(javaHome, "javaHome");
        classPath = List.copyOf(classPath);
        if (classPath.isEmpty()) {
            throw new IllegalArgumentException("classPath must name at least the engine's classes, was empty");
        }
        jvmFlags = List.copyOf(jvmFlags);
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
        Objects.requireNonNull(confinement, "confinement");
    }

    /** The defaults described on each component. */
    public static EngineOptions defaults() {
        return defaults(System.getenv());
    }

    /**
     * The flags that have the engine JVM hand the C library's free memory back to the system every second, or
     * none where the JVM does not know them: the JIT compilers free their arenas every 5 s, and the C library
     * kept them. Each trim took 0.1-0.6 ms on the JVM's own trimmer thread ({@code -Xlog:trimnative}); after
     * {@code bench/bench.py}'s cells an idle engine was 61.8-62.7 MB resident in six runs, against
     * 66.4-67.9 MB without them (README, "Where idle memory goes"). {@code TrimNativeHeapInterval} came with JDK 21.0.1 (21.0.0 refuses to
     * start with it) and trims only on Linux; elsewhere the JVM would print a warning into the cell's output,
     * which {@code -Xlog:trimnative=off} keeps quiet.
     *
     * @param javaVersion the engine's Java version, e.g. {@code 25.0.3} ({@link #javaVersion()})
     * @param osName      the {@code os.name} of the kernel, which the engine shares
     */
    static List<String> nativeHeapTrim(String javaVersion, String osName) {
        try {
            if (osName.startsWith("Linux")
                    && Runtime.Version.parse(javaVersion).compareToIgnoreOptional(Runtime.Version.parse("21.0.1")) >= 0) {
                return List.of("-XX:TrimNativeHeapInterval=1000", "-Xlog:trimnative=off");
            }
        } catch (IllegalArgumentException e) {
            // a version this code cannot read: no flag the JVM might refuse
        }
        return List.of();
    }

    /** The defaults, with the flags of {@value #FLAGS_ENV} taken from {@code environment}. */
    static EngineOptions defaults(java.util.Map<String, String> environment) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> flags = new java.util.ArrayList<>(StartupCache.apply(DEFAULT_FLAGS, System::getProperty));
        EngineOptions withoutFlags = new EngineOptions(javaHome, defaultClassPath(), List.of(), Duration.ofSeconds(30));
        flags.addAll(nativeHeapTrim(withoutFlags.javaVersion(), System.getProperty("os.name", "")));
        String extra = environment.getOrDefault(FLAGS_ENV, "").strip();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return new EngineOptions(javaHome, withoutFlags.classPath(), flags, withoutFlags.startTimeout());
    }

    /** A copy with another engine class path. */
    public EngineOptions withClassPath(List<Path> paths) {
        return new EngineOptions(javaHome, paths, jvmFlags, startTimeout, confinement);
    }

    /** A copy with another confinement. */
    public EngineOptions withConfinement(Confinement other) {
        return new EngineOptions(javaHome, classPath, jvmFlags, startTimeout, other);
    }

    /** Whether the engine runs as the named module {@value #ENGINE_MODULE}: one jar that holds its descriptor. */
    boolean modular() {
        if (classPath.size() != 1 || !Files.isRegularFile(classPath.getFirst())) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath.getFirst().toFile())) {
            return jar.getEntry("module-info.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The class path as the {@code -cp} argument of {@code java}. */
    String classPathArgument() {
        return classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
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

    /** The feature release of {@link #javaVersion()} as a number, e.g. 25. */
    public int javaFeature() {
        return Integer.parseInt(javaFeatureVersion());
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

    /**
     * Classes that check cells need at run time besides the engine's own: JUnit's {@code Assertions}, the
     * opentest4j failure it throws, the {@code @API} annotation and JUnit's commons. A jar holds them all;
     * a classes directory does not.
     */
    private static final List<String> CHECK_LIBRARIES = List.of(
            "org/junit/jupiter/api/Assertions.class", "org/opentest4j/AssertionFailedError.class",
            "org/apiguardian/api/API.class", "org/junit/platform/commons/util/Preconditions.class");

    static List<Path> defaultClassPath() {
        String configured = System.getProperty("threadlab.engineJar");
        if (configured != null && !configured.isBlank() && Files.exists(Path.of(configured))) {
            return List.of(Path.of(configured));
        }
        Path engine = locationOf(Wire.class.getProtectionDomain().getCodeSource().getLocation());
        if (!Files.isDirectory(engine)) {
            return List.of(engine);
        }
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(engine);
        ClassLoader loader = Wire.class.getClassLoader();
        for (String resource : CHECK_LIBRARIES) {
            URL url = loader.getResource(resource);
            if (url == null) {
                throw new IllegalStateException(resource + " is not on the kernel's class path, so check cells could"
                        + " not run; set -Dthreadlab.engineJar to the engine jar");
            }
            paths.add(rootOf(url, resource));
        }
        return List.copyOf(paths);
    }

    /** The jar or directory that {@code url}, the location of {@code resource}, comes from. */
    private static Path rootOf(URL url, String resource) {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return locationOf(url("jar", text.substring("jar:".length(), text.indexOf("!/"))));
        }
        return locationOf(url("class", text.substring(0, text.length() - resource.length())));
    }

    private static URL url(String what, String text) {
        try {
            return URI.create(text).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the " + what + " location " + text, e);
        }
    }

    private static Path locationOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot find where the engine classes come from (" + url
                    + "); set -Dthreadlab.engineJar", e);
        }
    }
}
