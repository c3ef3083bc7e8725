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

    @Test
    void onJdk21ToJdk24AClassDataArchiveIsWrittenAndReadWithTheFlagsThoseJdksKnow(@TempDir Path dir) throws IOException {
        Path archive = Files.createFile(dir.resolve("engine.jsa"));

        assertEquals(List.of("-Xmx1g", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dfile.encoding=UTF-8"), StartupCache.apply(FLAGS, Map.of(StartupCache.CACHE, archive.toString())::get));
        String output = dir.resolve("new.jsa").toString();
        assertEquals(List.of("-Xmx1g", "-XX:ArchiveClassesAtExit=" + output, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dfile.encoding=UTF-8"), StartupCache.apply(FLAGS, Map.of(StartupCache.OUTPUT, output)::get));
        assertEquals(FLAGS, StartupCache.forGrading(StartupCache.apply(FLAGS,
                Map.of(StartupCache.CACHE, archive.toString())::get), name -> null), "grading engines: the JDK's archive");
    }

    private static final List<String> LIVE = List.of("-Xmx1g", "-XX:AOTCache=/k/engine.aot", "-Xlog:aot*=off",
            "-Xlog:cds*=off", "-Dfile.encoding=UTF-8");

    @Test
    void aGradingEngineNeverReadsTheLiveEnginesCacheButTheDefaultArchive() {
        assertEquals(FLAGS, StartupCache.forGrading(LIVE, name -> null));
        assertEquals(FLAGS, StartupCache.forGrading(FLAGS, name -> null));
    }

    @Test
    void aGradingEngineReadsTheGradingCacheWhenThereIsOne(@TempDir Path dir) throws IOException {
        Path grading = Files.createFile(dir.resolve("grading-engine.aot"));
        Map<String, String> properties = Map.of(StartupCache.CACHE, "/k/engine.aot",
                StartupCache.GRADING_CACHE, grading.toString());

        assertEquals(List.of("-Xmx1g", "-XX:AOTCache=" + grading, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dfile.encoding=UTF-8"), StartupCache.forGrading(LIVE, properties::get));
        assertEquals(java.util.Optional.of(grading.toAbsolutePath()), StartupCache.gradingCache(properties::get));
    }

    @Test
    void aMissingGradingCacheLeavesTheDefaultArchiveAndNothingToBind(@TempDir Path dir) {
        Map<String, String> properties = Map.of(StartupCache.GRADING_CACHE, dir.resolve("gone.aot").toString());

        assertEquals(FLAGS, StartupCache.forGrading(LIVE, properties::get));
        assertEquals(java.util.Optional.empty(), StartupCache.gradingCache(properties::get));
    }

    @Test
    void aTrainingGradingEngineWritesTheGradingCacheAndReadsNone(@TempDir Path dir) throws IOException {
        String output = dir.resolve("grading-engine.aot").toString();
        Path old = Files.createFile(dir.resolve("old.aot"));
        Map<String, String> properties = Map.of(StartupCache.OUTPUT, "/k/other.aot",
                StartupCache.GRADING_OUTPUT, output, StartupCache.GRADING_CACHE, old.toString());

        assertEquals(List.of("-Xmx1g", "-XX:AOTCacheOutput=" + output, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dfile.encoding=UTF-8"), StartupCache.forGrading(LIVE, properties::get));
        assertEquals(java.util.Optional.empty(), StartupCache.gradingCache(properties::get));
    }
}
