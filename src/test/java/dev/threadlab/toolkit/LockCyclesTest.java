package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LockCyclesTest {

    private static ThreadDump.Entry thread(String name, String holds, String waitsFor) {
        return new ThreadDump.Entry(name, name.hashCode(), "BLOCKED", true, holds, waitsFor, List.of());
    }

    @Test
    void twoVirtualThreadsWaitingForEachOtherAreACycle() {
        Deadlock d = LockCycles.in(new ThreadDump(List.of(
                thread("main", "", ""),
                thread("v1", "Object@a", "Object@b"),
                thread("v2", "Object@b", "Object@a"))));
        assertEquals(List.of(new Deadlock.Link("v1", "Object@a", "Object@b", "v2"),
                new Deadlock.Link("v2", "Object@b", "Object@a", "v1")), d.links());
    }

    @Test
    void waitingForALockHeldByAThreadThatRunsIsNoDeadlock() {
        assertFalse(LockCycles.in(new ThreadDump(List.of(
                thread("v1", "Object@a", "Object@b held by v2"),
                thread("v2", "Object@b", "")))).found());
    }

    @Test
    void objectWaitOnALockItHoldsIsNoDeadlock() {
        assertFalse(LockCycles.in(new ThreadDump(List.of(thread("Finalizer", "Lock@1", "Lock@1")))).found());
    }
}
