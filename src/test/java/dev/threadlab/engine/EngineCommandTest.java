package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EngineCommandTest {

    private static Path jar(Path dir, boolean module) throws IOException {
        Path jar = dir.resolve(module ? "engine-module.jar" : "engine-plain.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry(module ? "module-info.class" : "dev/threadlab/agent/EngineMain.class"));
            out.write(new byte[] {1});
            out.closeEntry();
        }
        return jar;
    }

    private static EngineOptions options(Path jar, Confinement confinement) {
        return new EngineOptions(Path.of(System.getProperty("java.home")), List.of(jar), EngineOptions.DEFAULT_FLAGS,
                Duration.ofSeconds(30), confinement);
    }

    @Test
    void aJarWithADescriptorRunsAsTheEngineModuleWithTheInternalsExportedToItOnly(@TempDir Path dir) throws IOException {
        List<String> java = EngineCommand.java(options(jar(dir, true), Confinement.open()));
        assertTrue(java.contains("--add-exports=java.base/jdk.internal.vm=dev.threadlab.engine"), java::toString);
        assertTrue(java.contains("--add-opens=java.base/java.lang=dev.threadlab.engine"),
                "the toolkit reaches the pool of a worker thread, to shut down a pool an answer left open: " + java);
        assertTrue(java.contains("--add-modules=ALL-DEFAULT"), java::toString);
        assertEquals("dev.threadlab.engine/dev.threadlab.agent.EngineMain", java.getLast());
        assertEquals(dir.resolve("engine-module.jar").toAbsolutePath().toString(),
                java.get(java.indexOf("--module-path") + 1));
        assertEquals(java.get(java.indexOf("-cp") + 1), java.get(java.indexOf("--module-path") + 1),
                "the class path names the jar too, for child JVMs");
    }

    @Test
    void aJarWithoutADescriptorOrAClassesDirectoryRunsOnTheClassPath(@TempDir Path dir) throws IOException {
        List<String> java = EngineCommand.java(options(jar(dir, false), Confinement.open()));
        assertFalse(java.contains("--module-path"), java::toString);
        assertTrue(java.contains("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"), java::toString);
        assertFalse(java.contains("--add-opens=java.base/java.lang=ALL-UNNAMED"),
                "on the class path the learner's code would get java.lang opened too: " + java);
        assertEquals("dev.threadlab.agent.EngineMain", java.getLast());
    }

    @Test
    void aGradingEngineGetsItsFlagsAndAnEnvironmentWithNothingOfTheGradersOwn(@TempDir Path dir) throws IOException {
        EngineOptions grading = options(jar(dir, true), Confinement.grading(Optional.empty()));
        List<String> java = EngineCommand.java(grading);
        assertTrue(java.containsAll(Confinement.grading(Optional.empty()).jvmFlags(grading.javaFeature())), java::toString);
        Map<String, String> environment = new HashMap<>(Map.of("HOME", "/home/teacher", "SECRET", "s3cret",
                "PATH", "/home/teacher/bin:/usr/bin"));
        EngineCommand.environment(grading, environment);
        assertEquals(Map.of("LANG", "C.UTF-8", "PATH", "/usr/local/bin:/usr/bin:/bin"), environment);

        Map<String, String> live = new HashMap<>(Map.of("SECRET", "mine"));
        EngineCommand.environment(options(jar(dir, true), Confinement.open()), live);
        assertEquals(Map.of("SECRET", "mine"), live, "a learner's own engine keeps their environment");
    }

    @Test
    void theSandboxShowsTheSystemTheJdkTheJarAndTheSocketReadOnlyAndNothingElse(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, true);
        EngineOptions sandboxed = options(jar,
                Confinement.grading(Optional.of(new Confinement.Sandbox(Path.of("/usr/bin/bwrap")))));
        try (EngineListener listener = EngineListener.unix()) {
            List<String> bwrap = EngineCommand.sandbox(sandboxed.confinement().sandbox().orElseThrow(), sandboxed, listener);
            String line = String.join(" ", bwrap);
            assertTrue(line.startsWith("/usr/bin/bwrap --die-with-parent --new-session --unshare-all --cap-drop ALL"), line);
            assertTrue(line.contains("--ro-bind " + jar.toAbsolutePath() + " " + jar.toAbsolutePath()), line);
            assertTrue(line.contains("--ro-bind " + listener.socketDirectory() + " " + listener.socketDirectory()), line);
            assertTrue(line.contains("--tmpfs /tmp") && line.contains("--ro-bind-try /usr /usr"), line);
            assertFalse(line.contains("--bind "), "nothing is bound writable: " + line);
            assertFalse(line.contains(" " + dir + " "), "not the jar's directory, only the jar: " + line);
            assertEquals("--", bwrap.getLast());
        }
    }

    @Test
    void aGradingEngineStartsWithTheJdksArchiveNotTheLiveEnginesCacheWhichItsModuleOptionsCannotUse(@TempDir Path dir)
            throws IOException {
        Path jar = jar(dir, true);
        Path cache = Files.createFile(dir.resolve("engine.aot"));
        List<String> flags = StartupCache.apply(EngineOptions.DEFAULT_FLAGS,
                java.util.Map.of(StartupCache.CACHE, cache.toString())::get);
        EngineOptions live = new EngineOptions(Path.of(System.getProperty("java.home")), List.of(jar), flags,
                Duration.ofSeconds(30), Confinement.open());
        EngineOptions sandboxed = new EngineOptions(Path.of(System.getProperty("java.home")), List.of(jar), flags,
                Duration.ofSeconds(30), Confinement.grading(Optional.of(new Confinement.Sandbox(Path.of("/usr/bin/bwrap")))));
        assertTrue(EngineCommand.java(live).contains("-XX:AOTCache=" + cache), EngineCommand.java(live).toString());
        List<String> grading = EngineCommand.java(sandboxed);
        assertTrue(grading.contains("-Xshare:auto"), grading.toString());
        assertFalse(grading.stream().anyMatch(f -> f.startsWith("-XX:AOTCache")), grading.toString());
        try (EngineListener listener = EngineListener.unix()) {
            String line = String.join(" ", EngineCommand.sandbox(sandboxed.confinement().sandbox().orElseThrow(),
                    sandboxed, listener));
            assertFalse(line.contains(cache.toString()), "nothing the engine does not read: " + line);
        }
    }

    @Test
    void confinementFlagsFollowWhatEachJdkCanDeny() {
        Confinement grading = Confinement.grading(Optional.empty());
        assertEquals(List.of(), Confinement.open().jvmFlags(25));
        assertEquals(List.of("-XX:+DisableAttachMechanism", "-Dthreadlab.grading=true"), grading.jvmFlags(21));
        assertTrue(grading.jvmFlags(23).contains("--sun-misc-unsafe-memory-access=deny"));
        assertFalse(grading.jvmFlags(23).contains("--illegal-native-access=deny"));
        assertTrue(grading.jvmFlags(24).contains("--illegal-native-access=deny"));
        assertEquals(Optional.empty(), Confinement.weakerOn(24));
        assertTrue(Confinement.weakerOn(21).orElseThrow().contains("sun.misc.Unsafe"));
    }
}
