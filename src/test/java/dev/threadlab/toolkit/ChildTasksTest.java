package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The child-side functions, called in this JVM (the pool around them is ProcessPoolIT's). */
final class ChildTasksTest {

    private static final String PID = " @ pid " + ProcessHandle.current().pid();

    @Test
    void cpuAnswersTheChecksumOfWorkAndThePid() {
        assertEquals(Work.cpu(5_000) + PID, ChildTasks.cpu(" 5000\n"));
        assertThrows(NumberFormatException.class, () -> ChildTasks.cpu("lots"));
    }

    @Test
    void computeTakesItsProcessorTimeAndAnswersTheNameAndThePid() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();

        assertEquals("a" + PID, ChildTasks.compute("a"));

        long used = threads.getCurrentThreadCpuTime() - before;
        assertTrue(used >= Duration.ofMillis(ChildTasks.COMPUTE_MILLIS).toNanos(), "used " + used + " ns");
    }

    @Test
    void aPoolsTimelineNamesEachTaskAfterItsInputShortenedInTheMiddle() {
        assertEquals("a", ProcessPool.label("a"));
        assertEquals("cpu 2000000", ProcessPool.label("cpu 2000000"));
        String shortened = ProcessPool.label("fetch http://127.0.0.1:41234/page-1");
        assertEquals("fetch http:…41234/page-1", shortened);
        assertEquals("two\\nlines", ProcessPool.label("two\nlines"));
    }

    @Test
    void fetchAnswersTheBodyLengthFromASlowServer() throws Exception {
        try (SlowServer server = SlowServer.start(Duration.ZERO)) {
            String got = ChildTasks.fetch(server.uri("/page/1").toString());
            assertTrue(got.matches("\\d+ bytes" + PID), got);
            assertEquals(1, server.served());
            assertTrue(ChildTasks.run("fetch " + server.uri("/page/2")).endsWith(" bytes" + PID));
        }
    }

    @Test
    void runDispatchesOnTheTasksFirstWordAndNamesTheFormOtherwise() throws Exception {
        assertEquals(Work.cpu(3_000) + PID, ChildTasks.run("cpu 3000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChildTasks.run("sleep 5"));
        assertTrue(e.getMessage().contains("\"cpu ITERATIONS\" or \"fetch URI\""), e.getMessage());
    }
}
