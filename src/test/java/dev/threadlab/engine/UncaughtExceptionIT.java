package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import dev.threadlab.testing.RecordingOutput;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exception a thread of the cell does not catch is shown on the cell's stderr, as a plain JVM shows it. */
@Tag("integration")
final class UncaughtExceptionIT {

    private static final long WAIT_MILLIS = 10_000;
    @RegisterExtension
    static final EngineCells engine = new EngineCells();

    /** No JShell wrapper names, no reflection or agent frames. */
    private static void assertReadable(String stderr) {
        for (String noise : new String[] {"$JShell$", "do_it$", "jdk.internal", "java.lang.reflect", "dev.threadlab.agent",
                "REPL."}) {
            assertFalse(stderr.contains(noise), "no " + noise + " in:\n" + stderr);
        }
    }

    @Test
    void aPlatformThreadsExceptionAppearsOnTheCellsStderrWithItsNameMessageAndReadableFrames() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                class Reader {
                    void read(int page) { throw new IllegalStateException("page " + page + " is missing"); }
                }
                Thread reader = new Thread(() -> new Reader().read(2), "reader");
                reader.start();
                reader.join();
                """, output));
        assertTrue(output.awaitStderr(s -> s.contains("is missing"), WAIT_MILLIS), output.calls().toString());
        String stderr = output.stderr();
        assertTrue(stderr.startsWith("Exception in thread \"reader\" java.lang.IllegalStateException: page 2 is missing\n"),
                stderr);
        assertTrue(stderr.contains("    at Reader.read\n"), stderr);
        assertTrue(stderr.contains("    at a lambda in the cell's code\n"), stderr);
        assertReadable(stderr);
    }

    @Test
    void aTaskThatFailsInAPoolThreadViaExecuteIsShown() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var pool = Executors.newFixedThreadPool(1);
                pool.execute(() -> { throw new IllegalArgumentException("no such page"); });
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.SECONDS);
                """, output));
        assertTrue(output.awaitStderr(s -> s.contains("no such page"), WAIT_MILLIS), output.calls().toString());
        assertTrue(output.stderr().matches("(?s)Exception in thread \"pool-\\d+-thread-1\" "
                + "java.lang.IllegalArgumentException: no such page\n    at a lambda in the cell's code\n"), output.stderr());
    }

    @Test
    void aVirtualThreadsExceptionIsShown() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                Thread.ofVirtual().name("virtual-reader").start(() -> { throw new IllegalStateException("virtual page"); }).join();
                """, output));
        assertTrue(output.awaitStderr(s -> s.contains("virtual page"), WAIT_MILLIS), output.calls().toString());
        assertTrue(output.stderr().startsWith(
                "Exception in thread \"virtual-reader\" java.lang.IllegalStateException: virtual page\n"), output.stderr());
        assertReadable(output.stderr());
    }

    @Test
    void aCauseIsShownBelowTheException() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                Thread parser = new Thread(() -> {
                    try { Integer.parseInt("two"); }
                    catch (NumberFormatException e) { throw new IllegalStateException("page number unreadable", e); }
                }, "parser");
                parser.start();
                parser.join();
                """, output));
        assertTrue(output.awaitStderr(s -> s.contains("Caused by"), WAIT_MILLIS), output.calls().toString());
        assertTrue(output.stderr().contains("\nCaused by: java.lang.NumberFormatException: For input string: \"two\"\n"
                + "    at a lambda in the cell's code\n"), output.stderr());
    }

    /** Runs {@code code}, interrupts it once it printed "started", answers the outcome. */
    private static ExecuteOutcome interruptAfterStart(String code, RecordingOutput output) throws Exception {
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run(code, output));
        assertTrue(output.awaitFirstStdout(WAIT_MILLIS), "the cell started");
        engine.kernel().interrupt();
        return outcome.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Test
    void anInterruptedBusyLoopPrintsNoThreadDeath() throws Exception {
        RecordingOutput output = new RecordingOutput();
        ExecuteOutcome outcome = interruptAfterStart("""
                if (true) {
                    System.out.println("started");
                    while (true) { }
                }
                """, output);
        assertEquals("Interrupted", assertInstanceOf(Failed.class, outcome).ename());
        assertEquals("", output.stderr());
    }

    @Test
    void aBusyThreadOfTheCellEndedByAnInterruptPrintsNoThreadDeath() throws Exception {
        RecordingOutput output = new RecordingOutput();
        // The cell outlives the spinner, so its report (if any) comes before the cell ends: the joins ignore
        // the interrupts, and forEach's loop is the JDK's, which the stop does not end.
        interruptAfterStart("""
                if (true) { // one snippet: an interrupt between two snippets would skip the rest of the cell
                    Thread spinner = new Thread(() -> {
                        try {
                            while (true) { }
                        } finally {
                            System.out.println("spinner ended");
                        }
                    }, "spinner");
                    spinner.start();
                    System.out.println("started");
                    IntStream.range(0, 100).forEach(i -> {
                        try { spinner.join(); } catch (InterruptedException e) { }
                    });
                }
                """, output);
        assertTrue(output.stdout().contains("spinner ended"), output.calls().toString());
        assertEquals("", output.stderr());
    }

    @Test
    void aHandlerSetOnTheThreadIsUsedInstead() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                Thread handled = new Thread(() -> { throw new IllegalStateException("boom"); });
                handled.setUncaughtExceptionHandler((t, e) -> System.out.println("handled " + e.getMessage()));
                handled.start();
                handled.join();
                """, output));
        assertEquals("handled boom\n", output.stdout());
        assertEquals("", output.stderr());
    }

    @Test
    void aDefaultHandlerSetByTheLearnerIsUsedInstead() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var before = Thread.getDefaultUncaughtExceptionHandler();
                Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default " + e.getMessage()));
                try {
                    Thread failing = new Thread(() -> { throw new IllegalStateException("bang"); });
                    failing.start();
                    failing.join();
                    Thread.ofVirtual().start(() -> { throw new IllegalStateException("virtual bang"); }).join();
                } finally {
                    Thread.setDefaultUncaughtExceptionHandler(before);
                }
                """, output));
        assertEquals("default bang\ndefault virtual bang\n", output.stdout());
        assertEquals("", output.stderr());
    }

    @Test
    void theCellsOwnExceptionIsItsErrorAndIsNotPrinted() {
        RecordingOutput output = new RecordingOutput();
        Failed failed = assertInstanceOf(Failed.class, engine.run("throw new IllegalStateException(\"own\");", output));
        assertEquals("IllegalStateException", failed.ename());
        assertEquals("own", failed.evalue());
        assertEquals("", output.stderr());
    }

    @Test
    void threadsACheckInterruptsToCleanUpAfterAWrongAnswerEndQuietly() {
        engine.run("""
                static void startAll(List<Runnable> tasks) {
                    for (Runnable task : tasks) {
                        new Thread(task).start();
                    }
                }
                """);
        RecordingOutput output = new RecordingOutput();
        Failed failed = assertInstanceOf(Failed.class, engine.run("""
                Check.cell("t-uncaught-cleanup", c -> {
                    c.that(1, "startAll waits", () -> {
                        startAll(List.of(() -> Work.io(Duration.ofSeconds(5)), () -> Work.io(Duration.ofSeconds(5))));
                        Assertions.fail("startAll returned before its tasks finished");
                    });
                })""", output));
        assertEquals("CheckFailed", failed.ename());
        assertEquals("", output.stderr(), "the CancellationException of the interrupted Work.io is not shown");
    }

    @Test
    void theCellRunsOnTheOnlyThreadNamedMain() {
        assertEquals("\"main\"", EngineCells.plain(engine.run("Thread.currentThread().getName()")));
        assertEquals("1", EngineCells.plain(engine.run(
                "Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(\"main\")).count()")));
    }
}
