package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class StopwatchTest {

    @Test
    void timingTakesWallAndCpuFromTheInjectedClocksAndKeepsTheValue() throws Exception {
        var wall = new FakeTicker();
        var cpu = new FakeTicker();
        var stopwatch = new Stopwatch(wall, () -> new CpuClocks.Reading(Map.of(1L, cpu.read()), -1, -1));
        Timing<String> timing = stopwatch.measure(() -> {
            wall.advance(Duration.ofMillis(100));
            cpu.advance(Duration.ofMillis(250));
            return "done";
        });
        assertEquals(new Timing<>(Duration.ofMillis(100), Duration.ofMillis(250), null, "done"), timing);
        assertEquals(2.5, timing.coresBusy(), 1e-9);
        assertNull(timing.callerCpu());
    }

    @Test
    void cpuSumsPerThreadDeltasCountingNewThreadsInFullAndIgnoringEndedOnes() {
        var before = new CpuClocks.Reading(Map.of(1L, 100L, 2L, 500L), 1_000_000_000L, 10L);
        var after = new CpuClocks.Reading(Map.of(1L, 400L, 3L, 50L), 1_000_000_000L, 40L);
        assertEquals(300 + 50, CpuClocks.allThreads(before, after));
    }

    @Test
    void theProcessClockWinsWhenItShowsMoreThanTwoTicksBeyondTheThreads() {
        var before = new CpuClocks.Reading(Map.of(1L, 0L), 0, -1);
        var withinTicks = new CpuClocks.Reading(Map.of(1L, 5_000_000L), 20_000_000L, -1);
        var threadsEnded = new CpuClocks.Reading(Map.of(1L, 5_000_000L), 90_000_000L, -1);
        assertEquals(5_000_000L, CpuClocks.allThreads(before, withinTicks));
        assertEquals(90_000_000L, CpuClocks.allThreads(before, threadsEnded));
    }

    @Test
    void aTinyTaskGetsAPreciseCpuTimeNotAWholeTick() throws Exception {
        Timing<Long> timing = Stopwatch.time(() -> Work.cpu(1_000L));
        assertEquals(Work.cpu(1_000L), timing.value());
        assertTrue(timing.cpu().toNanos() < CpuClocks.PROCESS_MARGIN_NANOS, "cpu " + timing.cpu());
        assertTrue(timing.callerCpu().toNanos() < CpuClocks.PROCESS_MARGIN_NANOS, "caller " + timing.callerCpu());
    }

    @Test
    void timingShowsItselfAsATableAndAOneLineText() {
        var timing = new Timing<Void>(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(1), null);
        var data = timing.mimeBundle().data();
        assertEquals("wall 100 ms · CPU 250 ms on all threads (2.50 cores busy) · calling thread 1 ms",
                data.get("text/plain"));
        assertTrue(data.get("text/html").contains(">CPU time, all threads</td>"), data.get("text/html"));
    }

    @Test
    void cpuCountsEveryThreadOfTheJvmNotOnlyTheCaller() {
        var threads = ManagementFactory.getThreadMXBean();
        AtomicLong busiestWorker = new AtomicLong();
        Runnable worker = () -> {
            long before = threads.getCurrentThreadCpuTime();
            Work.cpu(Duration.ofMillis(300));
            busiestWorker.accumulateAndGet(threads.getCurrentThreadCpuTime() - before, Math::max);
        };
        Timing<Void> timing = Stopwatch.time(() -> {
            Thread a = Thread.ofPlatform().start(worker);
            Thread b = Thread.ofPlatform().start(worker);
            try {
                assertTrue(a.join(Duration.ofSeconds(30)) && b.join(Duration.ofSeconds(30)), "workers did not finish");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
        long oneWorker = busiestWorker.get();
        assertTrue(timing.cpu().toNanos() >= 1.3 * oneWorker,
                "CPU of all threads " + timing.cpu() + " should exceed one worker's " + Duration.ofNanos(oneWorker));
        assertTrue(timing.callerCpu().toNanos() < oneWorker / 2, "caller " + timing.callerCpu());
    }

    @Test
    void timeitWarmsUpThenChoosesLoopsUntilARunTakesTheTargetAndReportsMeanAndSpread() {
        var wall = new FakeTicker();
        var stopwatch = new Stopwatch(wall, () -> new CpuClocks.Reading(Map.of(), 0, -1));
        var calls = new AtomicLong();
        Runnable task = () -> {
            calls.incrementAndGet();
            wall.advance(Duration.ofMillis(1));
        };
        long loops = stopwatch.loopsFor(task, Duration.ofMillis(200).toNanos());
        assertEquals(200, loops);
        calls.set(0);
        Timings timings = stopwatch.runs(task, 1, 7, loops);
        assertEquals(8 * 200, calls.get());
        assertEquals(Duration.ofMillis(1), timings.mean());
        assertEquals(Duration.ZERO, timings.standardDeviation());
        assertEquals("1 ms ± 0 ns per loop (mean ± std. dev. of 7 runs, 200 loops each); CPU 0 ns per loop",
                timings.line());
        assertTrue(timings.mimeBundle().data().get("text/html").contains(">std. dev.</td>"));
    }
}
