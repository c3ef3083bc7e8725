package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class SubprocessIT {

    @Test
    void aSingleFileProgramPrintsAndExitsWithItsCode() {
        var result = Subprocess.ofSource("""
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + args[0]);
                        System.err.println("to stderr");
                        System.exit(3);
                    }
                }
                """, "world").run();
        assertEquals(3, result.exitCode(), result.stderr());
        assertEquals("hello world\n", result.stdout());
        assertEquals("to stderr\n", result.stderr());
        assertFalse(result.timedOut());
        assertFalse(result.ok());
        assertTrue(result.pid() > 0 && result.pid() != ProcessHandle.current().pid());
        assertTrue(result.wall().toMillis() > 0);
    }

    @Test
    void aClassOnTheClassPathReadsStdinAndIsRecordedOnTheTimeline() {
        var timeline = new Timeline();
        var result = Subprocess.ofClass(ChildMains.Shout.class, "0").withStdin("quiet please\n")
                .onTimeline(timeline, "shout").run();
        assertTrue(result.ok(), result.stderr());
        assertEquals("QUIET PLEASE\n", result.stdout());
        var spans = timeline.spans();
        assertEquals(1, spans.size());
        assertEquals("pid " + result.pid(), spans.getFirst().thread());
        assertEquals(Span.Kind.PROCESS, spans.getFirst().kind());
    }

    @Test
    void aStartedChildIsDrivenThroughItsPipes() throws Exception {
        Process process = Subprocess.ofClass(ChildMains.Shout.class, "5").start();
        try (var in = process.outputWriter()) {
            in.write("through a pipe\n");
        }
        assertEquals("THROUGH A PIPE", process.inputReader().readLine());
        assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the child did not exit");
        assertEquals(5, process.exitValue());
    }

    @Test
    void theTimeoutKillsTheChildAndTheProcessesItStarted() {
        var result = Subprocess.ofClass(ChildMains.SleepWithGrandchild.class).withTimeout(Duration.ofSeconds(5)).run();
        assertTrue(result.timedOut());
        assertTrue(result.wall().toSeconds() >= 5, "killed after " + result.wall());
        String printed = result.stdout().strip();
        assertFalse(printed.isEmpty(), "the child never printed its grandchild's pid; stderr: " + result.stderr());
        long grandchild = Long.parseLong(printed);
        var handle = ProcessHandle.of(grandchild);
        if (handle.isPresent()) {
            assertTrue(handle.get().onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .handle((p, e) -> e == null).join(), "the grandchild sleep " + grandchild + " is still alive");
        }
        assertFalse(Children.live().stream().anyMatch(p -> p.pid() == result.pid()));
    }

    @Test
    void badTimeoutsAreRejectedWithTheRuleAndTheValue() {
        var subprocess = Subprocess.ofClass("x.Y");
        assertEquals("timeout must be > 0, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> subprocess.withTimeout(Duration.ZERO)).getMessage());
        assertEquals(List.of("-cp", System.getProperty("java.class.path"), "x.Y"), subprocess.arguments());
    }

    @Test
    void interruptingTheWaitingThreadKillsTheChildAndKeepsTheFlag() throws Exception {
        var outcome = new java.util.concurrent.CompletableFuture<String>();
        Thread waiter = Thread.ofPlatform().daemon().start(() -> {
            try {
                Subprocess.ofClass(ChildMains.SleepWithGrandchild.class).run();
                outcome.complete("finished");
            } catch (java.util.concurrent.CancellationException e) {
                outcome.complete("cancelled, flag " + Thread.currentThread().isInterrupted());
            }
        });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (Children.live().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<Process> started = Children.live();
        assertEquals(1, started.size(), "the child did not start");
        waiter.interrupt();
        assertEquals("cancelled, flag true", outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(started.getFirst().waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "the child is still alive");
    }

    @Test
    void noChildOutlivesTheJvmThatStartedIt() throws Exception {
        var result = Subprocess.ofClass(ChildMains.ExitsWhileItsChildRuns.class).withTimeout(Duration.ofSeconds(60)).run();
        assertEquals(0, result.exitCode(), result.stderr());
        long orphan = Long.parseLong(result.stdout().strip());
        var handle = ProcessHandle.of(orphan);
        if (handle.isPresent()) {
            boolean exited = handle.get().onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .handle((p, e) -> e == null).join();
            if (!exited) { // do not leave it running for the rest of the build
                handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
                handle.get().destroyForcibly();
            }
            assertTrue(exited, "the child " + orphan + " outlived its parent JVM");
        }
    }
}
