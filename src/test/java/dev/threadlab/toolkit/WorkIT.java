package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link Work#cpu(Duration)} against the thread's real CPU clock (its unit test moves a fake one). */
@Tag("integration")
final class WorkIT {

    @Test
    void cpuForADurationUsesAboutThatMuchCpuOfTheCallingThread() {
        var threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        Work.cpu(Duration.ofMillis(200));
        double usedMs = (threads.getCurrentThreadCpuTime() - before) / 1e6;
        // Work.cpu stops once the thread's CPU clock has moved 200 ms, give or take one chunk of the loop.
        assertTrue(usedMs >= 199 && usedMs < 260, "used " + usedMs + " ms of CPU for 200 ms of work");
    }
}
