package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

final class ThreadsTest {

    /** Polls {@code condition} until true or ten seconds pass; nothing signals "now blocked in lock()". */
    private static void awaitCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static Thread lockBoth(String name, ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            first.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await(10, TimeUnit.SECONDS);
                second.lockInterruptibly();
                second.unlock();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                first.unlock();
            }
        });
    }

    @Test
    void deadlockBetweenTwoThreadsIsExplainedNamingBothThreadsAndLocks() throws InterruptedException {
        var a = new ReentrantLock();
        var b = new ReentrantLock();
        var bothHoldOne = new CountDownLatch(2);
        Thread one = lockBoth("worker-1", a, b, bothHoldOne);
        Thread two = lockBoth("worker-2", b, a, bothHoldOne);
        try {
            awaitCondition("both workers deadlock", () -> Threads.deadlocks().found());
            Deadlock deadlock = Threads.deadlocks();
            String text = deadlock.explanation();
            assertEquals(2, deadlock.links().size(), text);
            assertTrue(text.matches("Deadlock: worker-[12] holds ReentrantLock@\\p{XDigit}+ and waits for "
                    + "ReentrantLock@\\p{XDigit}+ held by worker-[12]; worker-[12] holds .*"), text);
            assertTrue(text.contains("worker-1 holds") && text.contains("worker-2 holds"), text);
            var first = deadlock.links().get(0);
            var second = deadlock.links().get(1);
            assertEquals(first.waitsFor(), second.holds(), text);
            assertEquals(second.waitsFor(), first.holds(), text);
            assertTrue(deadlock.mimeBundle().data().get("text/html").contains("<td"));
        } finally {
            one.interrupt();
            two.interrupt();
            assertTrue(one.join(Duration.ofSeconds(10)) && two.join(Duration.ofSeconds(10)), "workers did not stop");
        }
        assertFalse(Threads.deadlocks().found(), Threads.deadlocks().explanation());
    }

    @Test
    void noDeadlockIsSaidInWords() {
        var none = Threads.deadlocks();
        assertFalse(none.found());
        assertEquals("No deadlock: no platform threads wait for each other in a cycle.", none.mimeBundle().data().get("text/plain"));
    }

    @Test
    void dumpShowsStateLocksHeldAndAwaitedAndTopFrames() throws InterruptedException {
        var lock = new ReentrantLock();
        lock.lock();
        Thread waiter = Thread.ofPlatform().name("dump-waiter").daemon().start(lock::lock);
        try {
            awaitCondition("the waiter blocks", () -> lock.hasQueuedThread(waiter));
            ThreadDump dump = Threads.dump();
            var me = dump.matching(Thread.currentThread().getName()).threads().getFirst();
            assertEquals("RUNNABLE", me.state());
            assertTrue(me.holds().startsWith("ReentrantLock@"), me.holds());
            var other = dump.matching("dump-waiter").threads().getFirst();
            assertEquals("WAITING", other.state());
            assertEquals(me.holds() + " held by " + Thread.currentThread().getName(), other.waitsFor());
            assertTrue(other.frames().size() <= Threads.FRAMES && !other.frames().isEmpty());
            String text = dump.matching("dump-waiter").mimeBundle().data().get("text/plain");
            assertTrue(text.contains("│ dump-waiter │") && text.contains("WAITING"), text);
        } finally {
            lock.unlock();
            assertTrue(waiter.join(Duration.ofSeconds(10)));
        }
    }

    @Test
    void dumpFramesReadAsTheCodeWasWrittenWithoutLambdaProxies() throws InterruptedException {
        Object monitor = new Object();
        Thread blocked;
        synchronized (monitor) {
            blocked = Thread.ofPlatform().name("dump-blocked").daemon().start(() -> {
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            });
            awaitCondition("the thread blocks", () -> blocked.getState() == Thread.State.BLOCKED);
            List<String> frames = Threads.dump().matching("dump-blocked").threads().getFirst().frames();
            assertTrue(frames.getFirst().startsWith("a lambda in ThreadsTest.dumpFramesReadAsTheCodeWasWrittenWithoutLambdaProxies:"),
                    frames.toString());
            assertTrue(frames.stream().noneMatch(f -> f.contains("$$Lambda")), "a lambda's proxy class is no code to read: " + frames);
        }
        assertTrue(blocked.join(Duration.ofSeconds(10)));
    }

    @Test
    void dumpAllListsVirtualThreadsThatThreadMxBeanCannotSee() throws InterruptedException {
        var release = new CountDownLatch(1);
        Thread virtual = Thread.ofVirtual().name("lesson-virtual").start(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            awaitCondition("the virtual thread parks", () -> virtual.getState() == Thread.State.TIMED_WAITING);
            assertTrue(Threads.dump().matching("lesson-virtual").threads().isEmpty());
            var entries = Threads.dumpAll().matching("lesson-virtual").threads();
            assertEquals(1, entries.size());
            var entry = entries.getFirst();
            assertEquals(virtual.threadId(), entry.id());
            assertFalse(entry.frames().isEmpty());
            if (Runtime.version().feature() >= 25) {
                assertTrue(entry.virtual());
                assertEquals("TIMED_WAITING", entry.state());
                assertTrue(entry.waitsFor().startsWith("CountDownLatch@"), entry.waitsFor());
            }
        } finally {
            release.countDown();
            assertTrue(virtual.join(Duration.ofSeconds(10)));
        }
    }

    /** The learner's code as a dump should name it: a method of its own that waits on a latch. */
    private static void waitForTheStart(CountDownLatch start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aThreadWaitingOnALatchShowsTheAwaitAndTheCodeThatWaitsNotOnlyTheJdksParking() throws InterruptedException {
        var start = new CountDownLatch(1);
        Thread platform = Thread.ofPlatform().name("latch-platform").daemon().start(() -> waitForTheStart(start));
        Thread virtual = Thread.ofVirtual().name("latch-virtual").start(() -> waitForTheStart(start));
        try {
            awaitCondition("both threads wait", () -> platform.getState() == Thread.State.TIMED_WAITING
                    && virtual.getState() == Thread.State.TIMED_WAITING);
            List<String> fromMxBean = Threads.dump().matching("latch-platform").threads().getFirst().frames();
            List<String> fromJson = Threads.dumpAll().matching("latch-virtual").threads().getFirst().frames();
            for (List<String> frames : List.of(fromMxBean, fromJson)) {
                assertTrue(frames.size() <= Threads.FRAMES, frames.toString());
                assertTrue(frames.stream().anyMatch(f -> f.startsWith("CountDownLatch.await")), "what it waits on: " + frames);
                assertTrue(frames.stream().anyMatch(f -> f.startsWith("ThreadsTest.waitForTheStart")),
                        "the code that waits: " + frames);
                assertEquals(DumpFrames.LEFT_OUT, frames.getFirst(), "the JDK's parking frames above are left out: " + frames);
            }
        } finally {
            start.countDown();
            assertTrue(platform.join(Duration.ofSeconds(10)) && virtual.join(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aStackWithoutTheLearnersCodeShowsItsTopFrames() {
        List<StackTraceElement> pool = List.of(new StackTraceElement("jdk.internal.misc.Unsafe", "park", null, -1),
                new StackTraceElement("java.util.concurrent.locks.LockSupport", "park", null, 371),
                new StackTraceElement("java.util.concurrent.LinkedBlockingQueue", "take", null, 435),
                new StackTraceElement("java.util.concurrent.ThreadPoolExecutor", "getTask", null, 1070),
                new StackTraceElement("java.util.concurrent.ThreadPoolExecutor", "runWorker", null, 1130),
                new StackTraceElement("java.lang.Thread", "run", null, 1583));

        assertEquals(List.of("Unsafe.park", "LockSupport.park:371", "LinkedBlockingQueue.take:435",
                "ThreadPoolExecutor.getTask:1070", "ThreadPoolExecutor.runWorker:1130"),
                DumpFrames.shown(pool, e -> Threads.frame(e.getClassName(), e.getMethodName(), e.getLineNumber()), 5));
    }

    @Test
    void jsonFramesAndLocksAreShortenedToClassMethodAndLine() {
        assertEquals("VirtualThread.park:742",
                ThreadsJson.shortFrame("java.base/java.lang.VirtualThread.park(VirtualThread.java:742)"));
        assertEquals("Unsafe.park", ThreadsJson.shortFrame("java.base/jdk.internal.misc.Unsafe.park(Native Method)"));
        assertEquals("Dump.main:17", ThreadsJson.shortFrame("Dump.main(Dump.java:17)"));
        assertEquals("ReentrantLock@15eb5ee5",
                ThreadsJson.shortLock("java.util.concurrent.locks.ReentrantLock$NonfairSync@15eb5ee5"));
        assertEquals("Object@1f", ThreadsJson.shortLock("java.lang.Object@1f"));
    }

    @Test
    void aJdkLocksInnerSyncIsNamedByTheLockTheLearnerMadeAndOwnClassesKeepTheirNames() {
        assertEquals("ReentrantLock@1b6d3586", Threads.lockName("java.util.concurrent.locks.ReentrantLock$FairSync", 0x1b6d3586));
        assertEquals("ReentrantReadWriteLock@a",
                Threads.lockName("java.util.concurrent.locks.ReentrantReadWriteLock$NonfairSync", 10));
        assertEquals("Semaphore@b", Threads.lockName("java.util.concurrent.Semaphore$NonfairSync", 11));
        assertEquals("CountDownLatch@c", Threads.lockName("java.util.concurrent.CountDownLatch$Sync", 12));
        assertEquals("Bank$Sync@d", Threads.lockName("com.example.Bank$Sync", 13));
        assertEquals("Account@e", Threads.lockName("Account", 14));
    }

    @Test
    void aCellsCodeIsNamedAsTheLearnerWroteItWithoutJShellsWrappersOrTheirLineNumbers() {
        assertEquals("nap", ThreadsJson.shortFrame("REPL.$JShell$17.nap(#12:6)"));
        assertEquals("Sleeper.sleep", ThreadsJson.shortFrame("REPL.$JShell$20$Sleeper.sleep(#15:5)"));
        assertEquals("a lambda in the cell's code", ThreadsJson.shortFrame("REPL.$JShell$18.lambda$do_it$$0(#13:7)"));
        assertEquals("Account@1b6d3586", ThreadsJson.shortLock("REPL.$JShell$20$Account@1b6d3586"));
        assertEquals("nap", Threads.frame("REPL.$JShell$17", "nap", 6));
        assertEquals("Thread.sleep:540", Threads.frame("java.lang.Thread", "sleep", 540));
    }
}
