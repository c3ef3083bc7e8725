package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CellThreadsTest {

    private static final String KERNEL_REAPER = "process reaper (pid 4100)";

    private static Thread named(String name) {
        return Thread.ofPlatform().name(name).unstarted(() -> { });
    }

    @Test
    void theReaperWaitingForTheKernelAloneMeansNoChildToLookFor() {
        assertFalse(CellThreads.mayHaveChildren(List.of(named("main"), named(KERNEL_REAPER),
                named("threadlab-commands")), KERNEL_REAPER));
        assertFalse(CellThreads.mayHaveChildren(List.of(named("main")), KERNEL_REAPER));
    }

    @Test
    void aReaperWaitingForAnotherProcessOrAnIdlePooledOneMeansLooking() {
        assertTrue(CellThreads.mayHaveChildren(List.of(named(KERNEL_REAPER), named("process reaper (pid 4321)")),
                KERNEL_REAPER));
        assertTrue(CellThreads.mayHaveChildren(List.of(named(KERNEL_REAPER), named("process reaper")), KERNEL_REAPER));
    }

    @Test
    void withoutAKernelEveryReaperMeansLooking() {
        assertTrue(CellThreads.mayHaveChildren(List.of(named("process reaper (pid 4100)")), ""));
    }
}
