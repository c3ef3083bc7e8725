package dev.threadlab.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The engine JVM's class-data flags: the JDK's default CDS archive ({@code -Xshare:auto}), or on JDK 25+ an
 * ahead-of-time cache (JEP 483/514/515: the engine's classes loaded and linked, lambdas resolved, method
 * profiles) that {@code install.sh} makes once in a training run; on JDK 21-24, which have none, a dynamic
 * class-data archive made the same way (a file named {@code *.jsa}: {@code -XX:SharedArchiveFile},
 * {@code -XX:ArchiveClassesAtExit}). The two exclude each other (the JVM refuses
 * {@code -Xshare} beside {@code -XX:AOTCache}), so the cache flags replace {@code -Xshare:auto}. Grading engines
 * have a cache of their own ({@link #forGrading}).
 *
 * <p>Read from system properties of the kernel JVM: {@value #CACHE} names a cache to use (ignored when the
 * file is missing; a cache the JVM cannot use, made by another JDK or for other flags, is skipped by the JVM
 * without a word); {@value #OUTPUT} names where a training engine writes one when it exits normally. The
 * JVM's own lines about the cache are switched off, since the engine's standard output is the cell's.
 * Stateless.
 */
final class StartupCache {

    /** System property: the ahead-of-time cache engines start with. */
    static final String CACHE = "threadlab.engineAotCache";
    /** System property: where a training engine writes its ahead-of-time cache at exit. */
    static final String OUTPUT = "threadlab.engineAotOutput";
    /** System property: the ahead-of-time cache grading engines start with (see {@link #forGrading}). */
    static final String GRADING_CACHE = "threadlab.gradingEngineAotCache";
    /** System property: where a training grading engine writes its cache at exit. */
    static final String GRADING_OUTPUT = "threadlab.gradingEngineAotOutput";
    private static final String DEFAULT_ARCHIVE = "-Xshare:auto";
    private static final String USE = "-XX:AOTCache=";
    private static final String WRITE = "-XX:AOTCacheOutput=";
    private static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");
    private static final String USE_ARCHIVE = "-XX:SharedArchiveFile=";
    private static final String WRITE_ARCHIVE = "-XX:ArchiveClassesAtExit=";
    /** JDK 21 knows no {@code aot} log tag (and refuses a selection that names one). */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private StartupCache() {}

    /** Whether {@code file} is a JDK 21-24 class-data archive rather than an ahead-of-time cache. */
    private static boolean archive(String file) {
        return file.endsWith(".jsa");
    }

    /** {@code flags} with {@code -Xshare:auto} replaced by the cache flags the properties ask for, if any. */
    static List<String> apply(List<String> flags, UnaryOperator<String> properties) {
        String output = properties.apply(OUTPUT);
        String cache = properties.apply(CACHE);
        List<String> replacement;
        if (output != null && !output.isBlank()) {
            replacement = archive(output) ? new ArrayList<>(List.of(WRITE_ARCHIVE + output))
                    : new ArrayList<>(List.of(WRITE + output));
        } else if (cache != null && !cache.isBlank() && Files.isRegularFile(Path.of(cache))) {
            replacement = archive(cache) ? new ArrayList<>(List.of(USE_ARCHIVE + cache))
                    : new ArrayList<>(List.of(USE + cache));
        } else {
            return flags;
        }
        replacement.addAll(archive(output != null && !output.isBlank() ? output : cache) ? QUIET_ARCHIVE : QUIET);
        List<String> result = new ArrayList<>();
        for (String flag : flags) {
            if (flag.equals(DEFAULT_ARCHIVE)) {
                result.addAll(replacement);
            } else {
                result.add(flag);
            }
        }
        return result;
    }

    /**
     * {@code flags} for a grading engine: the live engine's cache cannot serve it (its module options differ:
     * {@code --illegal-native-access=deny}, {@code --enable-native-access} for the engine module, and a JVM that
     * cannot map its cache goes on with no class-data archive at all), so a grading engine reads a cache of its
     * own, {@value #GRADING_CACHE}, made by a training run with the grading flags ({@value #GRADING_OUTPUT}), and
     * otherwise the JDK's default archive.
     */
    static List<String> forGrading(List<String> flags, UnaryOperator<String> properties) {
        List<String> plain = new ArrayList<>();
        for (String flag : flags) {
            if (flag.startsWith(USE) || flag.startsWith(WRITE) || QUIET.contains(flag) || flag.startsWith(USE_ARCHIVE)
                    || flag.startsWith(WRITE_ARCHIVE) || QUIET_ARCHIVE.contains(flag)) {
                if (!plain.contains(DEFAULT_ARCHIVE)) {
                    plain.add(DEFAULT_ARCHIVE);
                }
            } else {
                plain.add(flag);
            }
        }
        return apply(plain, name -> switch (name) {
            case CACHE -> properties.apply(GRADING_CACHE);
            case OUTPUT -> properties.apply(GRADING_OUTPUT);
            default -> properties.apply(name);
        });
    }

    /** The grading engines' cache file the properties name and a grading engine would read, if any. */
    static Optional<Path> gradingCache(UnaryOperator<String> properties) {
        return forGrading(List.of(DEFAULT_ARCHIVE), properties).stream()
                .filter(flag -> flag.startsWith(USE))
                .map(flag -> Path.of(flag.substring(USE.length())).toAbsolutePath().normalize())
                .findFirst();
    }
}
