package dev.threadlab.lessons.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.wire.CheckReport;
import dev.threadlab.wire.CheckReport.Item;
import dev.threadlab.wire.CheckReport.Status;
import dev.threadlab.lessons.progress.ProgressStore.CheckProgress;
import dev.threadlab.lessons.progress.ProgressStore.LessonPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProgressStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static CheckReport report(String id, double points, double max) {
        boolean passed = points == max;
        return new CheckReport(id, points, max, passed,
                List.of(new Item("a check", points, max, passed ? Status.PASSED : Status.FAILED, passed ? "" : "no")));
    }

    @Test
    void keepsTheBestScoreAndCountsEveryRun() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("sub/progress.json"), CLOCK);
        store.record(report("l01-a", 0, 3));
        store.record(report("l01-a", 3, 3));
        store.record(report("l01-a", 1, 3));
        store.record(report("l01-b", 0, 2));
        assertEquals(List.of(
                new CheckProgress("l01-a", 3, 3, true, 3, CLOCK.instant()),
                new CheckProgress("l01-b", 0, 2, false, 1, CLOCK.instant())), store.all());
    }

    @Test
    void anUnreadableFileIsKeptAsideAndANewOneStarted() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{ not json");
        ProgressStore store = new ProgressStore(file, CLOCK);
        store.record(report("l01-a", 3, 3));
        assertEquals(1, store.all().size());
        try (var files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().contains(".unreadable-")).toList();
            assertEquals(1, aside.size(), "the unreadable file must be kept");
            assertEquals("{ not json", Files.readString(aside.get(0)));
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), CLOCK);
        store.record(report("l01-a", 1, 3));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("progress.json", "progress.json.lock"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void twoKernelsRecordingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressStore one = new ProgressStore(file, CLOCK);
        ProgressStore two = new ProgressStore(file, CLOCK);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = List.of(
                    pool.submit(() -> recordMany(one, "l01-a", go)), pool.submit(() -> recordMany(two, "l01-b", go)));
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(25, 25), one.all().stream().map(CheckProgress::attempts).toList());
    }

    private static Void recordMany(ProgressStore store, String id, CountDownLatch go) throws Exception {
        assertTrue(go.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 25; i++) {
            store.record(report(id, 1, 3));
        }
        return null;
    }

    @Test
    void findsTheFileFromTheEnvironment() {
        assertEquals(Path.of("/tmp/p.json"), ProgressStore.forUser(Map.of("THREADLAB_PROGRESS", "/tmp/p.json")).file());
        assertEquals(Path.of("/data/threadlab/progress.json"),
                ProgressStore.forUser(Map.of("XDG_DATA_HOME", "/data")).file());
        assertTrue(ProgressStore.forUser(Map.of()).file().endsWith(".local/share/threadlab/progress.json"));
        assertEquals(Path.of("/elsewhere/.local/share/threadlab/progress.json"),
                ProgressStore.forUser(Map.of("HOME", "/elsewhere")).file(), "HOME=/elsewhere is honoured");
    }

    /** A file as every Threadlab before lesson places wrote it. */
    private static final String FILE_WITHOUT_PLACES = """
            {
              "checks" : {
                "l01-run-all-check" : {
                  "attempts" : 2,
                  "best" : 4.0,
                  "last_passed" : true,
                  "last_run" : "2026-11-20T09:00:00Z",
                  "max" : 4.0,
                  "passed" : true
                }
              },
              "version" : 1
            }
            """;

    @Test
    void aFileFromBeforePlacesLoadsWithItsChecksAndNoPlace() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, FILE_WITHOUT_PLACES);
        ProgressStore store = new ProgressStore(file, CLOCK);
        assertEquals(Optional.empty(), store.place("01-threads-io"));
        assertEquals(List.of(new CheckProgress("l01-run-all-check", 4, 4, true, 2, Instant.parse("2026-11-20T09:00:00Z"))),
                store.all());

        store.remember("01-threads-io", new LessonPlace(22, 54, Optional.of("cell-23")));
        assertEquals(Optional.of(new LessonPlace(22, 54, Optional.of("cell-23"))), store.place("01-threads-io"));
        assertEquals(2, store.all().getFirst().attempts(), "remembering a place must keep the checks");
    }

    @Test
    void recordingACheckKeepsThePlacesAndEachLessonHasItsOwn() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), CLOCK);
        store.remember("01-threads-io", new LessonPlace(22, 54, Optional.of("a")));
        store.remember("03-async", new LessonPlace(42, 42, Optional.empty()));
        store.remember("01-threads-io", new LessonPlace(5, 54, Optional.empty()));
        store.record(report("l01-a", 1, 3));
        assertEquals(Optional.of(new LessonPlace(5, 54, Optional.empty())), store.place("01-threads-io"),
                "the later place replaces the earlier one, cell id included");
        assertEquals(Optional.of(new LessonPlace(42, 42, Optional.empty())), store.place("03-async"));
        assertEquals(Optional.empty(), store.place("02-cpu-bound"));
        String written = Files.readString(store.file());
        assertTrue(written.contains("\"lessons\"") && written.contains("\"version\" : 1"), written);
    }

    @Test
    void aPlaceThatIsNotOneIsIgnoredAndReplacedByTheNextOne() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"lessons": {"a": {"index": -3, "cells": 5}, "b": {"index": "2", "cells": 5},
                             "c": {"index": 9, "cells": 5}, "d": 7, "e": {"index": 2.5, "cells": 5}},
                 "version": 1}""");
        ProgressStore store = new ProgressStore(file, CLOCK);
        for (String lesson : List.of("a", "b", "c", "d", "e")) {
            assertEquals(Optional.empty(), store.place(lesson), lesson);
        }
        store.remember("a", new LessonPlace(1, 5, Optional.empty()));
        assertEquals(Optional.of(new LessonPlace(1, 5, Optional.empty())), store.place("a"));

        Files.writeString(file, "{\"lessons\": [1, 2], \"checks\": {}}");
        store.remember("a", new LessonPlace(2, 5, Optional.empty()));
        assertEquals(Optional.of(new LessonPlace(2, 5, Optional.empty())), store.place("a"));
    }

    @Test
    void anEmptyStoreHasNothing() {
        assertFalse(Files.exists(dir.resolve("none.json")));
        assertEquals(List.of(), new ProgressStore(dir.resolve("none.json"), CLOCK).all());
        assertEquals(Optional.empty(), new ProgressStore(dir.resolve("none.json"), CLOCK).place("01-threads-io"));
    }
}
