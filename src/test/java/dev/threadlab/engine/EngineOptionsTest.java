package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EngineOptionsTest {

    @Test
    void runFromAClassesDirectoryTheEngineAlsoGetsTheJarsCheckCellsNeed() {
        String saved = System.getProperty("threadlab.engineJar");
        System.clearProperty("threadlab.engineJar");
        try {
            List<Path> classPath = EngineOptions.defaults().classPath();

            assertTrue(Files.isDirectory(classPath.getFirst()), "the engine's own classes come first: " + classPath);
            for (String jar : List.of("junit-jupiter-api", "opentest4j", "apiguardian-api", "junit-platform-commons")) {
                assertTrue(classPath.stream().anyMatch(p -> p.getFileName().toString().startsWith(jar)),
                        jar + " is missing from " + classPath);
            }
        } finally {
            if (saved != null) {
                System.setProperty("threadlab.engineJar", saved);
            }
        }
    }

    @Test
    void theEngineJarPropertyIsTheWholeClassPath(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("threadlab-engine.jar"));
        String saved = System.getProperty("threadlab.engineJar");
        System.setProperty("threadlab.engineJar", jar.toString());
        try {
            EngineOptions options = EngineOptions.defaults();

            assertEquals(List.of(jar), options.classPath());
            assertEquals(jar.toString(), options.classPathArgument());
        } finally {
            if (saved == null) {
                System.clearProperty("threadlab.engineJar");
            } else {
                System.setProperty("threadlab.engineJar", saved);
            }
        }
    }

    @Test
    void severalEntriesJoinWithThePathSeparatorAndAnEmptyClassPathIsRejected() {
        EngineOptions options = EngineOptions.defaults().withClassPath(List.of(Path.of("a"), Path.of("b.jar")));

        assertEquals("a" + File.pathSeparator + "b.jar", options.classPathArgument());
        assertEquals("classPath must name at least the engine's classes, was empty",
                assertThrows(IllegalArgumentException.class, () -> options.withClassPath(List.of())).getMessage());
    }

    @Test
    void flagsInTheEnvironmentVariableFollowTheDefaultsSoTheyCanOverrideThem() {
        EngineOptions options = EngineOptions.defaults(Map.of(EngineOptions.FLAGS_ENV,
                " -XX:ActiveProcessorCount=1  -Xmx512m "));

        List<String> flags = options.jvmFlags();
        List<String> defaults = new ArrayList<>(EngineOptions.DEFAULT_FLAGS);
        defaults.addAll(EngineOptions.nativeHeapTrim(options.javaVersion(), System.getProperty("os.name")));
        assertEquals(defaults, flags.subList(0, defaults.size()));
        assertEquals(List.of("-XX:ActiveProcessorCount=1", "-Xmx512m"), flags.subList(defaults.size(), flags.size()));
        assertEquals(defaults, EngineOptions.defaults(Map.of()).jvmFlags());
    }

    @Test
    void theNativeHeapIsTrimmedOnlyWhereTheJvmKnowsTheFlag() {
        List<String> trim = List.of("-XX:TrimNativeHeapInterval=1000", "-Xlog:trimnative=off");
        assertEquals(trim, EngineOptions.nativeHeapTrim("21.0.1", "Linux"));
        assertEquals(trim, EngineOptions.nativeHeapTrim("25.0.3", "Linux"));
        assertEquals(List.of(), EngineOptions.nativeHeapTrim("21", "Linux"), "JDK 21.0.0 refuses the flag");
        assertEquals(List.of(), EngineOptions.nativeHeapTrim("25.0.3", "Mac OS X"));
        assertEquals(List.of(), EngineOptions.nativeHeapTrim("not a version", "Linux"));
    }
}
