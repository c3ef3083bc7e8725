package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** The daemon scheduler's contract once closed. */
final class SchedulerTest {

    @Test
    void aTaskScheduledAfterCloseIsDroppedNotAnError() {
        Scheduler scheduler = Scheduler.daemon("scheduler-test");
        scheduler.close();
        // A cell that ends while its interpreter closes (a kernel shut down mid-cell) schedules its idle check.
        assertDoesNotThrow(() -> scheduler.schedule(() -> { }, 1_000));
    }
}
