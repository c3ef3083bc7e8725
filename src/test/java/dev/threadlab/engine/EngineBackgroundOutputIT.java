package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Output of threads that outlive their cell goes to the cell that started them, complete and in order. */
@Tag("integration")
final class EngineBackgroundOutputIT {

    private static final long WAIT_MILLIS = 20_000;
    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void aThreadStartedInOneCellPrintsIntoThatCellWhileTheNextCellRuns() throws Exception {
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var go1 = new CountDownLatch(1);
                var late1 = new Thread(() -> {
                    try { go1.await(); } catch (InterruptedException e) { return; }
                    System.out.println("from cell 1");
                    System.err.println("error from cell 1");
                });
                late1.start();
                """, first));
        assertInstanceOf(Ok.class, engine.run("go1.countDown(); late1.join(10_000); System.out.println(\"cell 2\");", second));
        assertTrue(first.awaitStdout(s -> s.contains("from cell 1"), WAIT_MILLIS), first.calls().toString());
        assertTrue(first.calls().stream().anyMatch(c -> c.kind().equals("stderr") && c.text().contains("error from cell 1")),
                first.calls().toString());
        assertEquals("cell 2\n", second.stdout());
        assertTrue(second.calls().stream().noneMatch(c -> c.kind().equals("stderr")), second.calls().toString());
    }

    @Test
    void threeThreadsPrintingAThousandLinesEachAfterTheirCellEndedLoseNoLineAndKeepTheirOrder() throws Exception {
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var go3 = new CountDownLatch(1);
                for (int t = 0; t < 3; t++) {
                    int id = t;
                    new Thread(() -> {
                        try { go3.await(); } catch (InterruptedException e) { return; }
                        for (int i = 0; i < 1000; i++) System.out.println("t" + id + " " + i);
                    }, "printer-" + t).start();
                }
                """, first));
        assertInstanceOf(Ok.class, engine.run("go3.countDown();", second));
        assertTrue(first.awaitStdout(s -> s.lines().filter(l -> l.startsWith("t")).count() == 3000, WAIT_MILLIS),
                "lines arrived: " + first.stdout().lines().count());
        List<String> lines = first.stdout().lines().filter(l -> l.startsWith("t")).toList();
        for (int t = 0; t < 3; t++) {
            String prefix = "t" + t + " ";
            List<String> own = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            assertEquals(IntStream.range(0, 1000).mapToObj(i -> prefix + i).toList(), own);
        }
        assertFalse(second.stdout().contains("t0 "), "no line went to the later cell");
    }

    @Test
    void stdoutStderrAndDisplaysOfABackgroundThreadKeepTheirOrderInItsCell() throws Exception {
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var goD = new CountDownLatch(1);
                Thread.ofVirtual().start(() -> {
                    try { goD.await(); } catch (InterruptedException e) { return; }
                    System.out.print("one ");
                    System.err.print("two ");
                    Display.show(MimeBundle.text("three"));
                    System.out.print("four\\n");
                });
                """, first));
        assertInstanceOf(Ok.class, engine.run("goD.countDown();", second));
        assertTrue(first.awaitStdout(s -> s.contains("four"), WAIT_MILLIS), first.calls().toString());
        List<RecordingOutput.Call> calls = first.calls();
        assertTrue(calls.get(0).text().startsWith("⚠ Still running from this cell: 1 thread (#"), calls.toString());
        assertEquals(List.of("stdout", "stderr", "display", "stdout"),
                calls.subList(1, calls.size()).stream().map(RecordingOutput.Call::kind).toList());
        assertEquals(List.of(), second.calls());
    }

    @Test
    void aPoolThreadIdleAtTheEndOfACellPrintsTheNextCellsTaskIntoThatCell() throws Exception {
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();
        RecordingOutput third = new RecordingOutput();
        engine.run("var reused = Executors.newFixedThreadPool(1); reused.submit(() -> System.out.println(\"task 1\")).get();",
                first);
        engine.run("reused.submit(() -> System.out.println(\"task 2\")).get();", second);
        // The cell waits until the pool thread has taken the task: a thread takes the cell during which it left
        // the idle state, and one woken only after its cell ended (a loaded machine) takes the next one instead.
        engine.run("""
                var goR = new CountDownLatch(1);
                var tookR = new CountDownLatch(1);
                reused.submit(() -> { tookR.countDown(); try { goR.await(); } catch (InterruptedException e) { }
                                      System.out.println("task 3"); });
                tookR.await();
                """, third);
        engine.run("goR.countDown(); reused.shutdown(); reused.awaitTermination(10, TimeUnit.SECONDS);", new RecordingOutput());
        assertTrue(third.awaitStdout(s -> s.contains("task 3"), WAIT_MILLIS), third.calls().toString());
        assertTrue(first.stdout().startsWith("task 1\n"), first.stdout());
        assertEquals("task 2\n", second.stdout());
        assertFalse(first.stdout().contains("task 2") || first.stdout().contains("task 3"), first.stdout());
    }

    @Test
    void aTaskQueuedBehindABusyPoolThreadStaysWithThatThreadsCellAndTheCommonPoolFallsBackToTheLatestCell()
            throws Exception {
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();
        RecordingOutput third = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                var goP = new CountDownLatch(1);
                var pool = Executors.newSingleThreadExecutor();
                pool.submit(() -> { try { goP.await(); } catch (InterruptedException e) { return; }
                                    System.out.println("pool task of cell 1"); });
                CompletableFuture.runAsync(() -> { try { goP.await(); } catch (InterruptedException e) { return; }
                                                   System.out.println("common pool"); });
                """, first));
        assertInstanceOf(Ok.class, engine.run("pool.submit(() -> System.out.println(\"pool task of cell 2\"));", second));
        assertInstanceOf(Ok.class, engine.run("goP.countDown(); pool.shutdown(); pool.awaitTermination(10, TimeUnit.SECONDS);"
                + " Thread.sleep(200);", third));
        assertTrue(first.awaitStdout(s -> s.contains("pool task of cell 2"), WAIT_MILLIS), first.calls().toString());
        assertTrue(first.stdout().contains("pool task of cell 1"), first.stdout());
        assertTrue(third.awaitStdout(s -> s.contains("common pool"), WAIT_MILLIS), third.calls().toString());
        assertEquals("", second.stdout());
    }
}
