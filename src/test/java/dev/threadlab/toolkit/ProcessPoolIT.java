package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
final class ProcessPoolIT {

    private static final String SLOW_DESCRIBE = ChildMains.class.getName() + "#slowDescribe";

    @Test
    void aPoolOfTwoMapsSixTasksInOrderInTwoDifferentProcesses() {
        var timeline = new Timeline();
        List<Long> pids;
        try (var pool = ProcessPool.start(2, SLOW_DESCRIBE, timeline)) {
            pids = pool.pids();
            List<String> results = pool.map(List.of("a", "b", "c", "d", "e", "f"));
            assertEquals(6, results.size());
            Set<String> usedPids = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                String expectedStart = "abcdef".charAt(i) + " @ pid ";
                assertTrue(results.get(i).startsWith(expectedStart), "result " + i + " was " + results.get(i));
                String pid = results.get(i).substring(expectedStart.length());
                assertTrue(pids.contains(Long.parseLong(pid)), "pid " + pid + " is not a worker of " + pids);
                usedPids.add(pid);
            }
            assertEquals(2, Set.copyOf(pids).size(), "the workers must be two processes: " + pids);
            assertFalse(pids.contains(ProcessHandle.current().pid()));
            assertEquals(2, usedPids.size(), "both workers should have taken tasks: " + results);
            assertEquals(6, timeline.spans().size());
            assertEquals(Set.of("a", "b", "c", "d", "e", "f"),
                    Set.copyOf(timeline.spans().stream().map(Span::label).toList()), "bars named as the results are");
            assertTrue(timeline.spans().stream().allMatch(s -> s.kind() == Span.Kind.PROCESS));
            assertEquals(List.of("x @ pid"), pool.map(List.of("x")).stream().map(r -> r.substring(0, 7)).toList(),
                    "a pool is reused for a second map");
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "worker " + pid + " outlived close");
        }
    }

    @Test
    void aFailingTaskNamesItsInputAndTheCause() {
        try (var pool = ProcessPool.start(1, ChildMains.class.getName() + "#failOnBoom")) {
            assertEquals(List.of("ok", "line\nbreak"), pool.map(List.of("ok", "line\nbreak")));
            var failure = assertThrows(IllegalStateException.class, () -> pool.map(List.of("fine", "boom")));
            assertTrue(failure.getMessage().startsWith("task 1 (input \"boom\") failed in worker pid "), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("IllegalArgumentException: no boom please"), failure.getMessage());
            var closed = assertThrows(IllegalStateException.class, () -> pool.map(List.of("fine")));
            assertTrue(closed.getMessage().startsWith("this ProcessPool is closed"), closed.getMessage());
        }
    }

    @Test
    void aWorkerThatDiesIsNamedWithWhatItPrinted() {
        try (var pool = ProcessPool.start(1, ChildMains.class.getName() + "#exitAtOnce")) {
            long pid = pool.pids().getFirst();
            var failure = assertThrows(IllegalStateException.class, () -> pool.map(List.of("this")));
            assertEquals("worker pid " + pid + " exited during task 0:\ngiving up on this", failure.getMessage());
        }
    }

    @Test
    void badPoolSizesAndFunctionNamesAreRejected() {
        assertEquals("workers must be between 1 and 64, was 0",
                assertThrows(IllegalArgumentException.class, () -> ProcessPool.start(0, SLOW_DESCRIBE)).getMessage());
        assertEquals("function must look like com.example.Tasks#square, was square",
                assertThrows(IllegalArgumentException.class, () -> ProcessPool.start(1, "square")).getMessage());
    }

    @Test
    void escapingKeepsEveryInputOnOneLine() {
        String tricky = "a\\nb\nc\r\\";
        String escaped = ProcessPool.Worker.escape(tricky);
        assertFalse(escaped.contains("\n") || escaped.contains("\r"));
        assertEquals(tricky, ProcessPool.Worker.unescape(escaped));
    }
}
