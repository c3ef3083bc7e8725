package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(EngineOptions.DEFAULT_FLAGS, flags.subList(0, EngineOptions.DEFAULT_FLAGS.size()));
        assertEquals(List.of("-XX:ActiveProcessorCount=1", "-Xmx512m"),
                flags.subList(EngineOptions.DEFAULT_FLAGS.size(), flags.size()));
        assertEquals(EngineOptions.DEFAULT_FLAGS, EngineOptions.defaults(Map.of()).jvmFlags());
    }
}
