package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Threads, executors and child processes a cell leaves running: the warning, {@code %threads}, {@code %reset}. */
@Tag("integration")
final class LeftoversIT {

    private Magics kernel;
    private int count;

    @BeforeEach
    void start() {
        kernel = new Magics(new JShellInterpreter());
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private ExecuteOutcome run(String code, RecordingOutput output) {
        return kernel.execute(new Cell(code, ++count, false, false), output);
    }

    private String stdoutOf(String code) {
        RecordingOutput output = new RecordingOutput();
        ExecuteOutcome outcome = run(code, output);
        assertInstanceOf(Ok.class, outcome, () -> outcome + " " + output.calls());
        return output.stdout();
    }

    @Test
    void aCellThatLeavesThreadsRunningSaysSoInOneLineNamingThem() {
        String out = stdoutOf("""
                var stop = new CountDownLatch(1);
                Runnable wait = () -> { try { stop.await(); } catch (InterruptedException e) { } };
                new Thread(wait, "worker-1").start();
                Thread daemon = new Thread(wait, "worker-2");
                daemon.setDaemon(true);
                daemon.start();
                System.out.println("started");
                """);
        assertEquals("started\n⚠ Still running from this cell: 2 threads (worker-1, worker-2)."
                + " %threads lists them; %reset stops them.\n", out);
        String next = stdoutOf("System.out.println(\"next\");");
        assertEquals("next\n", next, "threads of an earlier cell are not reported again");
        assertEquals("", stdoutOf("stop.countDown(); Thread.sleep(100);"));
    }

    @Test
    void aCellWhoseThreadsAndExecutorsAreDoneSaysNothing() {
        assertEquals("", stdoutOf("""
                Thread t = new Thread(() -> {});
                t.start();
                t.join();
                var done = Executors.newFixedThreadPool(2);
                done.submit(() -> 1).get();
                done.shutdown();
                done.awaitTermination(5, TimeUnit.SECONDS);
                """));
    }

    @Test
    void anExecutorLeftAliveAndAVirtualThreadAreNamedAndASilentCellSaysNothing() {
        String out = stdoutOf("""
                var pool = Executors.newFixedThreadPool(2);
                pool.submit(() -> 1).get();
                pool.submit(() -> 2).get();
                var latch = new CountDownLatch(1);
                Thread.ofVirtual().name("vt").start(() -> { try { latch.await(); } catch (InterruptedException e) { } });
                """);
        assertTrue(out.matches("⚠ Still running from this cell: 1 thread \\(vt\\), 2 idle executor threads "
                + "\\(pool-\\d+-thread-1, pool-\\d+-thread-2; call shutdown\\(\\) on the executor when done\\)\\."
                + " %threads lists them; %reset stops them.\n"), out);
        RecordingOutput silent = new RecordingOutput();
        kernel.execute(new Cell("new Thread(() -> { try { latch.await(); } catch (InterruptedException e) { } }).start();",
                count, true, false), silent);
        assertEquals(List.of(), silent.calls());
        stdoutOf("latch.countDown(); pool.shutdown();");
    }

    @Test
    void threadsAndProcessesTheToolkitOrTheJdkRunForThemselvesAreNotTheLearnersLeftovers() {
        assertEquals("", stdoutOf("""
                import java.net.http.*;
                SlowServer server = SlowServer.start(Duration.ofMillis(10));
                HttpClient client = HttpClient.newHttpClient();
                client.send(HttpRequest.newBuilder(server.uri("/a")).build(), HttpResponse.BodyHandlers.ofString());
                """), "lesson 09's set-up: the server's and the HttpClient's own threads");
        assertEquals("", stdoutOf("""
                var pool = ProcessPool.start(1, "dev.threadlab.toolkit.ProcessPool$Worker#describe");
                pool.map(List.of("a"));
                """), "lesson 09: the pool's worker processes and their readers");
        assertEquals("", stdoutOf("""
                Check.cell("t-own-threads", c -> {
                    Thread.ofVirtual().name("shop.user-reply")
                            .start(() -> { try { Thread.sleep(3_000); } catch (InterruptedException e) { } });
                    c.that(1, "holds", () -> { });
                })"""), "lesson 03: a thread of the check's own");
        String mine = stdoutOf("""
                Thread.ofVirtual().name("mine").start(() -> { try { Thread.sleep(3_000); } catch (InterruptedException e) { } });
                """);
        assertTrue(mine.startsWith("⚠ Still running from this cell: 1 thread (mine)."), mine);
        stdoutOf("pool.close(); server.close();");
    }

    @Test
    void aCheckShutsDownThePoolItsAnswerLeftOpenAndNamesOnceTheThreadsItCannotEnd() {
        stdoutOf("""
                static int sum() throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    return pool.submit(() -> 1).get() + pool.submit(() -> 2).get();
                }
                CountDownLatch bothHoldOne = new CountDownLatch(2);
                void transfer(Object from, Object to) throws InterruptedException {
                    synchronized (from) {
                        bothHoldOne.countDown();
                        bothHoldOne.await();
                        synchronized (to) { }
                    }
                }
                """);
        RecordingOutput output = new RecordingOutput();
        ExecuteOutcome outcome = run("""
                Check.cell("t-left-behind", c -> {
                    c.that(1, "sums on a pool", () -> Assertions.assertEquals(3, sum()));
                    c.that(1, "transfers both ways at once", () -> {
                        Object a = new Object();
                        Object b = new Object();
                        ConcurrentCalls.of("transfer").threads(2).naming(List.of(a, b), o -> o == a ? "account A" : "account B")
                                .run(2, i -> transfer(i == 0 ? a : b, i == 0 ? b : a));
                    });
                })""", output);

        assertEquals("1", ((Ok) outcome).result().data().get("text/plain"), "what was left costs no point: " + outcome);
        String table = output.calls().stream().filter(c -> c.kind().equals("display"))
                .map(c -> c.bundle().data().get("text/plain")).findFirst().orElseThrow();
        assertTrue(table.contains("⚠ Your answer left an executor open (a fixed pool of 2 threads "
                + "(Executors.newFixedThreadPool(2))); the check ended its threads."), table);
        // which caller made which call is the callers' race: either may wait for account A
        assertTrue(table.matches("(?s).*⚠ 2 threads your answer's code runs on are still blocked, and the check could not"
                + " end them: caller 1 waits for account [AB], held by caller 2; caller 2 waits for account [AB], held by"
                + " caller 1\\. They stay until you run %reset .*"), table);
        assertFalse(output.stdout().contains("Still running"), output.stdout());
        RecordingOutput threads = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%threads", threads));
        String listed = threads.calls().stream().filter(c -> c.kind().equals("display"))
                .map(c -> c.bundle().data().get("text/plain")).findFirst().orElse("");
        assertFalse(listed.contains("pool-"), "the pool's threads ended with the check: " + listed);
        assertTrue(listed.lines().filter(l -> l.contains("caller ") && l.contains("BLOCKED")).count() == 2, listed);
    }

    @Test
    void threadsListsLiveThreadsWithStateKindOriginAndWhereAndChildProcesses() {
        stdoutOf("""
                void nap() { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }
                var sleeper = new Thread(() -> nap(), "sleeper");
                sleeper.start();
                var child = new ProcessBuilder("sleep", "60").start();
                var idlePool = Executors.newSingleThreadExecutor();
                idlePool.submit(() -> 1).get();
                """);
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%threads", output));
        List<RecordingOutput.Call> displays = output.calls().stream().filter(c -> c.kind().equals("display")).toList();
        assertEquals(2, displays.size(), output.calls().toString());
        String threads = displays.get(0).bundle().data().get("text/plain");
        assertTrue(threads.lines().anyMatch(l -> l.contains("sleeper") && l.contains("TIMED_WAITING")
                && l.contains("platform") && l.contains("In [" + (count - 1) + "]") && l.contains("│ nap (In [" + (count - 1) + "], line 1)")
                && !l.contains("JShell")), threads);
        assertTrue(threads.lines().anyMatch(l -> l.contains("pool-") && l.contains("WAITING (idle in an executor)")),
                threads);
        assertTrue(displays.get(0).bundle().data().get("text/html").contains("<table"), "an HTML table too");
        String processes = displays.get(1).bundle().data().get("text/plain");
        assertTrue(processes.contains("sleep 60") && processes.contains("In [" + (count - 1) + "]"), processes);
    }

    @Test
    void resetGivesAFreshEngineAndKillsChildProcesses() throws Exception {
        String out = stdoutOf("""
                int kept = 42;
                var child = new ProcessBuilder("sleep", "60").start();
                System.out.println(child.pid());
                """);
        long pid = Long.parseLong(out.lines().findFirst().orElseThrow());
        assertTrue(out.contains("1 child process (" + pid + " sleep 60)"), out);
        RecordingOutput reset = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%reset", reset));
        assertTrue(reset.stdout().matches("Fresh Java engine ready in [0-9.]+ s: variables, classes, threads and child "
                + "processes of earlier cells are gone.\n"), reset.stdout());
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        if (child.isPresent()) {
            child.get().onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child process is gone");
        assertInstanceOf(Failed.class, run("kept", new RecordingOutput()), "variables are gone");
        assertEquals("No thread started by a cell is running.\n", stdoutOf("%threads"));
    }
}
