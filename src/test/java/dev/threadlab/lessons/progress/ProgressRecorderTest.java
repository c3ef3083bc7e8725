package dev.threadlab.lessons.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import dev.threadlab.testing.FakeInterpreter;
import dev.threadlab.testing.NotebookFixtures;
import dev.threadlab.testing.RecordingOutput;
import dev.threadlab.wire.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProgressRecorderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final String PASSED = """
            {"id": "l01-run-all-check", "points": 3, "max": 3, "passed": true,
             "checks": [{"name": "tasks overlap", "points": 3, "max": 3, "status": "passed", "message": ""}]}""";

    @TempDir
    Path dir;

    /** An interpreter whose cell {@code show} displays {@code bundle}. */
    private static FakeInterpreter showing(MimeBundle bundle) {
        FakeInterpreter fake = new FakeInterpreter();
        fake.shown = bundle;
        return fake;
    }

    /** An interpreter whose cell {@code report} sends {@code json} as the genuine report of {@code id}. */
    private static FakeInterpreter reporting(String id, String json) {
        FakeInterpreter fake = new FakeInterpreter();
        fake.reported = new String[] {id, json};
        return fake;
    }

    @Test
    void aGenuineCheckReportIsRecordedAndPassedOn() {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        RecordingOutput output = new RecordingOutput();
        try (ProgressRecorder recorder = new ProgressRecorder(reporting("l01-run-all-check", PASSED), store)) {
            recorder.execute(new Cell("report", 1, false, false), output);
        }
        assertEquals(List.of(PASSED), output.calls().stream().map(RecordingOutput.Call::text).toList());
        assertEquals(List.of("l01-run-all-check"), store.all().stream().map(ProgressStore.CheckProgress::id).toList());
        assertTrue(store.all().get(0).passed());
    }

    @Test
    void aDisplayThatLooksLikeACheckReportIsShownButNeverRecorded() {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        MimeBundle fake = new MimeBundle(Map.of("text/plain", "✓", CheckReport.MIME_TYPE, PASSED), Map.of());
        RecordingOutput output = new RecordingOutput();
        try (ProgressRecorder recorder = new ProgressRecorder(showing(fake), store)) {
            recorder.execute(new Cell("show", 1, false, false), output);
        }
        assertEquals(List.of(fake), output.calls().stream().map(RecordingOutput.Call::bundle).toList());
        assertEquals(List.of(), store.all());
    }

    @Test
    void aGenuineReportThatCannotBeReadIsPassedOnButNotRecordedAndTheCellStillSucceeds() {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        RecordingOutput output = new RecordingOutput();
        try (ProgressRecorder recorder = new ProgressRecorder(reporting("x", "{\"id\": \"x\"}"), store)) {
            assertInstanceOf(Ok.class, recorder.execute(new Cell("report", 1, false, false), output));
        }
        assertEquals(1, output.count("report"));
        assertEquals(List.of(), store.all());
    }

    @Test
    void progressMagicShowsATableOfWhatWasRecorded() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        store.record(CheckReport.parse(PASSED));
        store.record(ProgressStoreTest.report("l01-map-check", 1, 2));
        RecordingOutput output = new RecordingOutput();
        ProgressMagic magic = new ProgressMagic(store, ZoneOffset.UTC);
        assertInstanceOf(Ok.class, magic.run("", output));
        String text = output.calls().get(0).bundle().data().get("text/plain");
        assertTrue(text.contains("l01-run-all-check") && text.contains("✓ passed") && text.contains("3 / 3"), text);
        assertTrue(text.contains("l01-map-check") && text.contains("✗ not yet") && text.contains("1 / 2"), text);
        assertTrue(text.contains("1 of 2 checks you have run are passed"), text);
        assertTrue(text.contains("2026-11-21 10:00"), text);
    }

    @Test
    void progressMagicSaysWhatToDoWhenNothingWasRecordedAndRejectsArguments() {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        RecordingOutput output = new RecordingOutput();
        ProgressMagic magic = new ProgressMagic(store, ZoneOffset.UTC);
        assertInstanceOf(Ok.class, magic.run("", output));
        assertTrue(output.stdout().startsWith("No checks run yet. Write an exercise, then run the check cell"),
                output.stdout());
        Failed failed = assertInstanceOf(Failed.class, magic.run("reset", output));
        assertEquals("UsageError", failed.ename());
    }

    @Test
    void checkIdsNameTheirLesson() {
        assertEquals("01", ProgressMagic.lesson("l01-run-all-check"));
        assertEquals("—", ProgressMagic.lesson("my-check"));
    }

    @Test
    void progressMagicShowsTheWholeCourseWithWhatToDoNext() throws Exception {
        Path course = Files.createDirectories(dir.resolve("course"));
        Files.copy(NotebookFixtures.STUDENT, course.resolve("99-fixture.ipynb"));
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        List<String> checks = NotebookFixtures.gradeIds(NotebookFixtures.student()).stream().filter(id -> id.endsWith("-check")).toList();
        store.record(ProgressStoreTest.report(checks.get(0), 1, 1));
        RecordingOutput output = new RecordingOutput();
        ProgressMagic magic = new ProgressMagic(store, ZoneOffset.UTC, Optional.of(course));
        assertInstanceOf(Ok.class, magic.run("", output));
        String courseTable = output.calls().get(0).bundle().data().get("text/plain");
        assertTrue(courseTable.contains("99") && courseTable.contains("1 of " + checks.size()), courseTable);
        assertTrue(courseTable.contains("Next: lesson 99,"), courseTable);
        String checksTable = output.calls().get(1).bundle().data().get("text/plain");
        assertTrue(checksTable.contains(checks.get(0)), checksTable);
    }

    @Test
    void progressMagicWithoutAnyLessonsInstalledShowsTheChecksRun() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("p.json"), CLOCK);
        store.record(CheckReport.parse(PASSED));
        RecordingOutput output = new RecordingOutput();
        new ProgressMagic(store, ZoneOffset.UTC, Optional.of(dir.resolve("nowhere"))).run("", output);
        assertEquals(1, output.calls().size(), output.calls().toString());
        assertTrue(output.calls().get(0).bundle().data().get("text/plain").contains("l01-run-all-check"));
    }
}
