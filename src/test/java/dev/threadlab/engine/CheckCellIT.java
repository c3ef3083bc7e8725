package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real check cell in a real engine: its value, its JSON display, its error and what it does not print. */
@Tag("integration")
final class CheckCellIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();

    private static final String CHECK_JSON = "application/vnd.threadlab.check+json";

    @Test
    void aPassingCheckCellsValueIsItsScoreAndItDisplaysItsJson() throws Exception {
        engine.run("static int twice(int x) { return 2 * x; }");
        RecordingOutput output = new RecordingOutput();

        ExecuteOutcome outcome = engine.run("""
                Check.cell("t-engine-pass", c -> {
                    c.that(1, "twice doubles", () -> Assertions.assertEquals(4, twice(2)));
                    c.that(2, "twice of zero is zero", () -> Assertions.assertEquals(0, twice(0)));
                })""", output);

        assertEquals("3", EngineCells.plain(outcome), "the number alone, as nbgrader reads it");
        JsonNode json = new ObjectMapper().readTree(checkJson(output));
        assertEquals(3, json.get("points").intValue());
        assertTrue(json.get("passed").booleanValue());
        assertEquals(List.of(checkJson(output)), output.calls().stream().filter(c -> c.kind().equals("report"))
                .map(RecordingOutput.Call::text).toList(), "the same report, sent to the kernel as the genuine one");
        assertEquals(List.of(), output.calls().stream().filter(c -> !c.kind().equals("display") && !c.kind().equals("report")).toList(),
                "a check cell prints nothing and leaves no threads behind");
    }

    @Test
    void aCheckCellThatEarnedNothingIsACheckFailedWithOneLinePointingAtTheTable() throws Exception {
        engine.run("static void runAll(List<Runnable> tasks) {\n"
                + "    throw new UnsupportedOperationException(\"Not written yet: start one thread per task\");\n}");
        engine.run("import static org.junit.jupiter.api.Assertions.*;");
        RecordingOutput output = new RecordingOutput();

        ExecuteOutcome outcome = engine.run("""
                Check.cell("t-engine-fail", c -> {
                    c.that(1, "runAll runs every task", () -> runAll(List.of()));
                    c.that(2, "the answer", () -> assertEquals(42, 41, "the answer is 42"));
                })""", output);

        Failed failed = assertInstanceOf(Failed.class, outcome);
        assertEquals("CheckFailed", failed.ename());
        String line = "0 of 3 points: see the ✗ rows above for what the check saw and what to change.";
        assertEquals(line, failed.evalue());
        assertEquals(List.of(line), failed.traceback(), "Notebook 6 draws an error from its traceback alone");
        JsonNode json = new ObjectMapper().readTree(checkJson(output));
        assertEquals("Your code threw UnsupportedOperationException: Not written yet: start one thread per task "
                + "(in runAll).", json.get("checks").get(0).get("message").textValue());
        assertEquals("the answer is 42. Expected 42, got 41.",
                json.get("checks").get(1).get("message").textValue());
        assertEquals(List.of(), output.calls().stream().filter(c -> !c.kind().equals("display") && !c.kind().equals("report")).toList(),
                "nothing on stderr or stdout");
    }

    @Test
    void aHangingCheckNamesTheStuckThreadAndLeavesNoThreadRunning() {
        RecordingOutput output = new RecordingOutput();

        ExecuteOutcome outcome = engine.run("""
                class Waiter { static void waitForever() throws InterruptedException { new CountDownLatch(1).await(); } }
                Check.cell("t-engine-hang", c -> {
                    c.timeout(Duration.ofMillis(300));
                    c.that(1, "finishes", () -> Waiter.waitForever());
                })""", output);

        assertInstanceOf(Failed.class, outcome);
        assertTrue(checkJson(output).contains("\"message\":\"Did not finish within 300 ms. Stuck: \\\"check 1\\\" "
                + "WAITING in CountDownLatch.await, called from Waiter.waitForever.\""), checkJson(output));
        assertEquals(List.of(), output.calls().stream().filter(c -> !c.kind().equals("display") && !c.kind().equals("report")).toList(),
                "no warning about leftover threads");
    }

    @Test
    void interruptingACheckCellStopsItsCheckPromptlyAndIsNoPass() throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run("""
                Check.cell("t-engine-interrupt", c -> {
                    c.timeout(Duration.ofMinutes(5));
                    c.that(1, "waits", () -> { System.out.println("started"); new CountDownLatch(1).await(); });
                })""", output));
        assertTrue(output.awaitFirstStdout(10_000), "the check started");
        long start = System.nanoTime();
        engine.kernel().interrupt();

        Failed failed = assertInstanceOf(Failed.class, outcome.get(10, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("Interrupted", failed.ename(), failed.toString());
        assertTrue(millis < 2_000, "stopped within 2 s, took " + millis + " ms");
        assertEquals("3", EngineCells.plain(engine.run("1 + 2")), "the engine still works");
    }

    @Test
    void interruptingBusyAnswerCodeInACheckIsNoExceptionOfTheAnswerAndLeavesTheRestUnchecked() throws Exception {
        engine.run("static void spin() { System.out.println(\"started\"); long i = 0; while (i >= 0) { i++; } }");
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run("""
                Check.cell("t-engine-stop", c -> {
                    c.that(1, "comes first", () -> { });
                    c.that(2, "spins", () -> spin());
                    c.that(2, "comes after", () -> { });
                })""", output));
        assertTrue(output.awaitFirstStdout(10_000), "the answer's loop started");
        engine.kernel().interrupt();

        Failed failed = assertInstanceOf(Failed.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals("Interrupted", failed.ename(), failed.toString());
        JsonNode checks = new ObjectMapper().readTree(checkJson(output)).get("checks");
        assertEquals("passed", checks.get(0).get("status").textValue());
        assertEquals("Interrupted while spin was running: this requirement and the ones after it were not checked.",
                checks.get(1).get("message").textValue());
        assertEquals("Not checked: the cell was interrupted.", checks.get(2).get("message").textValue());
        assertEquals(0, output.count("report"), "an interrupted check is no result for progress");
        assertEquals("3", EngineCells.plain(engine.run("1 + 2")), "the engine still works");
    }

    private static String checkJson(RecordingOutput output) {
        List<RecordingOutput.Call> displays = output.calls().stream().filter(c -> c.kind().equals("display")).toList();
        assertEquals(1, displays.size(), output.calls().toString());
        return displays.getFirst().bundle().data().get(CHECK_JSON);
    }
}
