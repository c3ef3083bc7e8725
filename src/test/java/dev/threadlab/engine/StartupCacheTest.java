package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StartupCacheTest {

    private static final List<String> FLAGS = List.of("-Xmx1g", "-Xshare:auto", "-Dfile.encoding=UTF-8");

    @Test
    void withoutTheCachePropertiesTheDefaultArchiveStays() {
        assertEquals(FLAGS, StartupCache.apply(FLAGS, name -> null));
    }

    @Test
    void anExistingCacheReplacesTheDefaultArchiveAndSilencesTheJvmAboutIt(@TempDir Path dir) throws IOException {
        Path cache = Files.createFile(dir.resolve("engine.aot"));

        List<String> flags = StartupCache.apply(FLAGS, Map.of(StartupCache.CACHE, cache.toString())::get);

        assertEquals(List.of("-Xmx1g", "-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dfile.encoding=UTF-8"), flags);
    }

    @Test
    void aMissingCacheFileLeavesTheDefaultArchive(@TempDir Path dir) {
        String missing = dir.resolve("gone.aot").toString();

        assertEquals(FLAGS, StartupCache.apply(FLAGS, Map.of(StartupCache.CACHE, missing)::get));
    }

    @Test
    void aTrainingEngineWritesTheCacheInsteadOfReadingOne(@TempDir Path dir) throws IOException {
        Path cache = Files.createFile(dir.resolve("old.aot"));
        String output = dir.resolve("engine.aot").toString();

        List<String> flags = StartupCache.apply(FLAGS,
                Map.of(StartupCache.CACHE, cache.toString(), StartupCache.OUTPUT, output)::get);

        assertEquals(List.of("-Xmx1g", "-XX:AOTCacheOutput=" + output, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dfile.encoding=UTF-8"), flags);
    }
}
