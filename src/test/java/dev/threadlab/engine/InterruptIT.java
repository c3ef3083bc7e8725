package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.interpreter.Output;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
final class InterruptIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    /** Runs {@code code} (one snippet), interrupts it once it printed "started", answers the outcome and how long stopping took. */
    private static Failed interruptAfterStart(String code) throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run(code, output));
        assertTrue(output.awaitFirstStdout(10_000), "the cell started");
        long start = System.nanoTime();
        kernel.interrupt();
        ExecuteOutcome result = outcome.get(5, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 1_000, "stopped within 1 s, took " + millis + " ms");
        return assertInstanceOf(Failed.class, result);
    }

    @Test
    void interruptStopsABusyLoopAndKeepsVariables() throws Exception {
        engine.run("int kept = 42;", new RecordingOutput());
        Failed failed = interruptAfterStart("if (true) {\n    System.out.println(\"started\");\n    while (true) { }\n}");
        assertEquals("Interrupted", failed.ename());
        assertEquals("The cell was interrupted.", failed.evalue());
        assertEquals("42", EngineCells.plain(engine.run("kept", new RecordingOutput())));
    }

    @Test
    void interruptStopsASleepAndKeepsVariables() throws Exception {
        engine.run("String alsoKept = \"yes\";", new RecordingOutput());
        Failed failed = interruptAfterStart("if (true) {\n    System.out.println(\"started\");\n    Thread.sleep(100_000);\n}");
        assertEquals("Interrupted", failed.ename());
        assertEquals("\"yes\"", EngineCells.plain(engine.run("alsoKept", new RecordingOutput())));
    }

    @Test
    void systemExitRestartsTheEngineAndTheNextCellWorks() {
        RecordingOutput output = new RecordingOutput();
        Failed failed = assertInstanceOf(Failed.class, engine.run("System.out.println(\"bye\");\nSystem.exit(3);", output));
        assertEquals("EngineExited", failed.ename());
        assertTrue(failed.evalue().contains("exited with code 3"), failed.evalue());
        assertEquals("bye\n", output.stdout());
        assertEquals("3", EngineCells.plain(engine.run("1 + 2", new RecordingOutput())));
    }

    @Test
    void aCellThatIgnoresStopGetsItsEngineRestarted() throws Exception {
        engine.run("int lost = 1;", new RecordingOutput());
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run(
                "if (true) {\n    System.out.println(\"started\");\n    new Semaphore(0).acquireUninterruptibly();\n}",
                output));
        assertTrue(output.awaitFirstStdout(10_000), "the cell started");
        long start = System.nanoTime();
        kernel.interrupt();
        Failed failed = assertInstanceOf(Failed.class, outcome.get(10, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("Interrupted", failed.ename());
        assertTrue(failed.evalue().contains("restarted"), failed.evalue());
        assertTrue(failed.traceback().stream().anyMatch(l -> l.contains("acquireUninterruptibly")),
                failed.traceback().toString());
        assertTrue(millis < 3_500, "killed within ~2 s, took " + millis + " ms");
        Failed gone = assertInstanceOf(Failed.class, engine.run("lost", new RecordingOutput()));
        assertEquals("CompileError", gone.ename());
    }

    @Test
    void aCellInCompletableFutureJoinIsRestartedWithinASecondAndTheErrorNamesTheCall() throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run(
                "if (true) {\n    System.out.println(\"started\");\n    new CompletableFuture<String>().join();\n}",
                output));
        assertTrue(output.awaitFirstStdout(10_000), "the cell started");
        long start = System.nanoTime();
        kernel.interrupt();
        Failed failed = assertInstanceOf(Failed.class, outcome.get(10, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(failed.evalue().startsWith(dev.threadlab.wire.ThreadDumpText.IGNORES_INTERRUPT + " (WAITING in"
                + " CompletableFuture.join)"), failed.evalue());
        assertTrue(failed.evalue().contains("restarted"), failed.evalue());
        assertTrue(millis < 1_500, "restarted within ~0.6 s, took " + millis + " ms");
        assertEquals("3", EngineCells.plain(engine.run("1 + 2", new RecordingOutput())));
    }

    @Test
    void aDeadlockedCellIsKilledAndTheLockCycleIsShown() throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> engine.run("""
                if (true) {
                    Object a = new Object(), b = new Object();
                    var otherHasB = new CountDownLatch(1);
                    Thread other = new Thread(() -> { synchronized (b) { otherHasB.countDown(); synchronized (a) { } } });
                    synchronized (a) {
                        other.start();
                        otherHasB.await();
                        System.out.println("started");
                        synchronized (b) { }
                    }
                }
                """, output));
        assertTrue(output.awaitFirstStdout(10_000), "the cell started");
        kernel.interrupt();
        Failed failed = assertInstanceOf(Failed.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals("Interrupted", failed.ename());
        assertTrue(failed.traceback().contains(dev.threadlab.wire.ThreadDumpText.DEADLOCK_HEADING), failed.traceback().toString());
        assertTrue(failed.traceback().stream().anyMatch(l -> l.contains("and waits for Object@")),
                failed.traceback().toString());
    }

    @Test
    void aDeadlockThatAnEarlierCellLeftIsNotBlamedOnTheNextInterruptedCell() throws Exception {
        ExecuteOutcome leftDeadlocked = engine.run("""
                Object left = new Object(), right = new Object();
                var bothHold = new CountDownLatch(2);
                Thread one = new Thread(() -> { synchronized (left) { bothHold.countDown();
                    try { bothHold.await(); } catch (InterruptedException e) { } synchronized (right) { } } }, "left then right");
                Thread two = new Thread(() -> { synchronized (right) { bothHold.countDown();
                    try { bothHold.await(); } catch (InterruptedException e) { } synchronized (left) { } } }, "right then left");
                one.start(); two.start();
                while (one.getState() != Thread.State.BLOCKED || two.getState() != Thread.State.BLOCKED) Thread.sleep(10);
                """);
        assertInstanceOf(ExecuteOutcome.Ok.class, leftDeadlocked, leftDeadlocked.toString());
        try {
            Failed failed = interruptAfterStart("if (true) {\n    System.out.println(\"started\");\n"
                    + "    Thread.sleep(100_000);\n}");
            assertEquals("Interrupted", failed.ename());
            assertEquals("The cell was interrupted.", failed.evalue(), "an old deadlock was blamed on this cell");
            assertTrue(failed.traceback().stream().noneMatch(l -> l.contains("Deadlock")), failed.traceback().toString());
        } finally {
            kernel.restart(); // as %reset: the deadlocked threads must not stay for the other tests
        }
    }

    @Test
    void runningOutOfMemoryRestartsTheEngine() {
        Failed failed = assertInstanceOf(Failed.class, engine.run(
                "List<long[]> hog = new ArrayList<>();\nwhile (true) hog.add(new long[10_000_000]);", new RecordingOutput()));
        assertEquals("EngineExited", failed.ename());
        assertTrue(failed.evalue().contains("OutOfMemoryError"), failed.evalue());
        assertEquals("5", EngineCells.plain(engine.run("2 + 3", new RecordingOutput())));
    }

    @Test
    void deepRecursionIsAShortTraceback() {
        Failed failed = assertInstanceOf(Failed.class, engine.run("int down(int n) { return down(n + 1) + 1; }\ndown(0)",
                new RecordingOutput()));
        assertEquals("StackOverflowError", failed.ename());
        assertTrue(failed.traceback().size() <= 5, failed.traceback().toString());
        assertTrue(failed.traceback().get(2).matches("    \\[the line above repeated \\d+ more times]"),
                failed.traceback().toString());
    }

    @Test
    void interruptWhileWaitingForInputDropsTheLateAnswer() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Output slowUser = new Output() {
            @Override public void stdout(String text) { }
            @Override public void stderr(String text) { }
            @Override public void display(MimeBundle bundle, String displayId) { }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { }
            @Override public void clear(boolean wait) { }
            @Override public String input(String prompt, boolean password) throws InterruptedException {
                if (calls.incrementAndGet() == 1) {
                    asked.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return "stale";
                }
                return "fresh";
            }
        };
        CompletableFuture<ExecuteOutcome> waiting = CompletableFuture.supplyAsync(
                () -> engine.runWithStdin("new Scanner(System.in).nextLine()", slowUser));
        assertTrue(asked.await(10, TimeUnit.SECONDS), "the engine asked for input");
        kernel.interrupt();
        Failed failed = assertInstanceOf(Failed.class, waiting.get(5, TimeUnit.SECONDS));
        assertEquals("Interrupted", failed.ename());
        release.countDown();
        ExecuteOutcome next = engine.runWithStdin("new Scanner(System.in).nextLine()", slowUser);
        assertEquals("\"fresh\"", EngineCells.plain(next));
    }

    @Test
    void interruptWithNoCellRunningDoesNothing() {
        kernel.interrupt();
        assertEquals("4", EngineCells.plain(engine.run("2 + 2", new RecordingOutput())));
    }
}
