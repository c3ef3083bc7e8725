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
    void virtualThreadsParkedOnReentrantLocksWhoseOwnersAreKnownAreACycle() {
        Thread first = Thread.ofVirtual().name("v1").unstarted(() -> { });
        Thread second = Thread.ofVirtual().name("v2").unstarted(() -> { });
        // The JSON dump names the lock each waits for and no owner; the owners come from the locks.
        ThreadDump dump = new ThreadDump(List.of(
                new ThreadDump.Entry("v1", first.threadId(), "WAITING", true, "", "ReentrantLock$NonfairSync@a", List.of()),
                new ThreadDump.Entry("v2", second.threadId(), "WAITING", true, "", "ReentrantLock$NonfairSync@b", List.of())));
        ThreadDump withOwners = LockOwners.addTo(dump, java.util.Map.of(
                "ReentrantLock$NonfairSync@a", second, "ReentrantLock$NonfairSync@b", first), java.util.Map.of());
        assertEquals("ReentrantLock$NonfairSync@b", withOwners.threads().get(0).holds());
        assertEquals("ReentrantLock$NonfairSync@a held by v2", withOwners.threads().get(0).waitsFor());
        assertEquals(List.of(new Deadlock.Link("v1", "ReentrantLock$NonfairSync@b", "ReentrantLock$NonfairSync@a", "v2"),
                new Deadlock.Link("v2", "ReentrantLock$NonfairSync@a", "ReentrantLock$NonfairSync@b", "v1")),
                LockCycles.in(withOwners).links());
        assertFalse(LockCycles.in(dump).found(), "without owners there is no cycle to see");
    }

    @Test
    void onJdk21WhoseDumpNamesNoLockTheLocksTheThreadsAreParkedOnCloseTheCycle() {
        Thread first = Thread.ofVirtual().name("v1").unstarted(() -> { });
        Thread second = Thread.ofVirtual().name("v2").unstarted(() -> { });
        // JDK 21's JSON dump: no state, no locks; the locks come from LockSupport.getBlocker of each thread
        ThreadDump dump = new ThreadDump(List.of(
                new ThreadDump.Entry("v1", first.threadId(), "unknown", true, "", "", List.of()),
                new ThreadDump.Entry("v2", second.threadId(), "unknown", true, "", "", List.of())));
        ThreadDump known = LockOwners.addTo(dump,
                java.util.Map.of("ReentrantLock@a", second, "ReentrantLock@b", first),
                java.util.Map.of(first.threadId(), "ReentrantLock@a", second.threadId(), "ReentrantLock@b"));

        assertEquals("ReentrantLock@a held by v2", known.threads().get(0).waitsFor());
        assertEquals(List.of(new Deadlock.Link("v1", "ReentrantLock@b", "ReentrantLock@a", "v2"),
                new Deadlock.Link("v2", "ReentrantLock@a", "ReentrantLock@b", "v1")), LockCycles.in(known).links());
    }

    @Test
    void objectWaitOnALockItHoldsIsNoDeadlock() {
        assertFalse(LockCycles.in(new ThreadDump(List.of(thread("Finalizer", "Lock@1", "Lock@1")))).found());
    }
}
