package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * Calls from several threads at once against the answers learners write for "make this thread-safe": a
 * safe one passes, one that throws or never comes back is named, and nothing is timed. Answers are the
 * small static methods and classes at the end.
 */
final class ConcurrentCallsTest {

    private static final Duration QUICK = Duration.ofMillis(100);

    @Test
    void everyCallIsMadeOnceFromSeveralThreadsAndRunReturnsWhenAllReturned() throws Throwable {
        AtomicLong total = new AtomicLong();
        AtomicInteger[] made = new AtomicInteger[200];
        for (int i = 0; i < made.length; i++) {
            made[i] = new AtomicInteger();
        }
        ConcurrentCalls calls = ConcurrentCalls.of("add").threads(8);

        calls.run(200, i -> {
            made[i].incrementAndGet();
            total.addAndGet(i);
        });

        assertEquals(200, calls.returned());
        assertEquals(199 * 200 / 2, total.get());
        for (AtomicInteger count : made) {
            assertEquals(1, count.get());
        }
        assertTrue(calls.peak() >= 1 && calls.peak() <= 8, "peak " + calls.peak());
    }

    @Test
    void callsThatMeetAtALatchShowTheyRanAtTheSameMoment() throws Throwable {
        CountDownLatch meet = new CountDownLatch(4);
        ConcurrentCalls calls = ConcurrentCalls.of("meet").threads(4);

        calls.run(4, i -> {
            meet.countDown();
            meet.await();
        });

        assertEquals(4, calls.peak());
    }

    @Test
    void anExceptionOfTheAnswerIsNamedWithTheCallThatThrewIt() {
        ConcurrentCalls calls = ConcurrentCalls.of("transfer").threads(2);

        AssertionError e = assertThrows(AssertionError.class, () -> calls.run(10, i -> {
            if (i == 3) {
                throw new IllegalStateException("account B changed without holding its lock");
            }
        }));

        assertTrue(e.getMessage().startsWith("transfer threw IllegalStateException: account B changed without holding "
                + "its lock (in a lambda in ConcurrentCallsTest"), e.getMessage());
        assertTrue(e.getMessage().contains("in call 4 of 10, made by caller "), e.getMessage());
        assertTrue(calls.returned() < 10);
    }

    @Test
    void theChecksOwnAssertionsAndTheStubPassThroughAsTheyAre() {
        AssertionError failed = new AssertionError("the total changed");
        UnsupportedOperationException stub = new UnsupportedOperationException("Not written yet: lock, then unlock");

        assertSame(failed, assertThrows(AssertionError.class,
                () -> ConcurrentCalls.of("transfer").run(3, i -> { throw failed; })));
        assertSame(stub, assertThrows(UnsupportedOperationException.class,
                () -> ConcurrentCalls.of("transfer").run(3, i -> { throw stub; })));
    }

    @Test
    void aDeadlockAmongTheCallersIsNamedWithItsCycleAndTheyAreStopped() {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        ConcurrentCalls calls = ConcurrentCalls.of("transfer").threads(2);

        AssertionError e = assertThrows(AssertionError.class,
                () -> calls.run(2, i -> lockBothInterruptibly(i == 0 ? a : b, i == 0 ? b : a, bothHoldOne)));

        assertTrue(e.getMessage().startsWith("transfer deadlocked: caller "), e.getMessage());
        assertTrue(e.getMessage().matches(".*holds ReentrantLock@\\p{XDigit}+ and waits for ReentrantLock@.*"), e.getMessage());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((a.isLocked() || b.isLocked()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(!a.isLocked() && !b.isLocked(), "the interrupted callers let go of their locks");
    }

    @Test
    void aDeadlockIsFollowedByTheAdviceTheExerciseGivesWhenTheCheckSaysWhatItIs() {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        ConcurrentCalls calls = ConcurrentCalls.of("transfer").threads(2).onDeadlock("use one lock for the whole bank.");

        AssertionError e = assertThrows(AssertionError.class,
                () -> calls.run(2, i -> lockBothInterruptibly(i == 0 ? a : b, i == 0 ? b : a, bothHoldOne)));

        assertTrue(e.getMessage().endsWith(". None of them can go on; use one lock for the whole bank."), e.getMessage());
        assertTrue(!e.getMessage().contains("fixed order"), e.getMessage());
    }

    @Test
    void aMonitorTheCheckNamedIsCalledByThatNameNotByItsClassAndHash() {
        Object account = new Object() {
            @Override
            public String toString() {
                return "A 1,000";   // what the feedback must not show: the balance, or Object@1b6d
            }
        };
        ConcurrentCalls calls = new ConcurrentCalls("transfer", QUICK).threads(2)
                .naming(List.of(account), lock -> "account A");
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);

        AssertionError e = assertThrows(AssertionError.class, () -> calls.run(2, i -> {
            if (i == 0) {
                synchronized (account) {
                    firstHolds.countDown();
                    never.await();   // holds the monitor until the callers are interrupted
                }
            } else {
                firstHolds.await();
                synchronized (account) {
                    account.hashCode();
                }
            }
        }));

        assertTrue(e.getMessage().contains("(for account A, held by caller "), e.getMessage());
        assertTrue(!e.getMessage().contains("$1@") && !e.getMessage().contains("A 1,000"), e.getMessage());
    }

    @Test
    void threadsOfEarlierCallsStillDeadlockedUnderTheSameNamesAreNotTakenForTheseCallers() throws Throwable {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread first = Thread.ofPlatform().name("caller 1").start(() -> lockBothQuietly(a, b, bothHoldOne));
        Thread second = Thread.ofPlatform().name("caller 2").start(() -> lockBothQuietly(b, a, bothHoldOne));
        try {
            bothHoldOne.await();
            AtomicLong total = new AtomicLong();
            ConcurrentCalls calls = ConcurrentCalls.of("add").threads(2);

            calls.run(200, i -> {
                total.incrementAndGet();
                Thread.sleep(1); // long enough for the deadlock poll to look
            });

            assertEquals(200, total.get());
        } finally {
            first.interrupt();
            second.interrupt();
            first.join();
            second.join();
        }
    }

    @Test
    void aLockOneCallNeverGaveBackLeavesTheOthersStuckAndTheHolderIsNamed() {
        ReentrantLock lock = new ReentrantLock();
        ConcurrentCalls calls = new ConcurrentCalls("transfer", QUICK).threads(3);
        CountDownLatch othersStarted = new CountDownLatch(2);
        CountDownLatch firstHolds = new CountDownLatch(1);

        AssertionError e = assertThrows(AssertionError.class, () -> calls.run(3, i -> {
            if (i == 0) {
                othersStarted.await(); // so that each thread makes one call
                lock.lock(); // and never unlocks: its thread then ends, still holding it
                firstHolds.countDown();
            } else {
                othersStarted.countDown();
                firstHolds.await();
                lock.lockInterruptibly();
            }
        }));

        assertTrue(e.getMessage().startsWith("transfer did not come back: no call returned for "), e.getMessage());
        assertTrue(e.getMessage().contains("WAITING in ReentrantLock.lockInterruptibly, called from a lambda in "
                + "ConcurrentCallsTest"), e.getMessage());
        assertTrue(e.getMessage().contains("held by a thread that has ended") || e.getMessage().contains("held by caller"),
                e.getMessage());
        assertTrue(e.getMessage().contains("put it in finally"), e.getMessage());
    }

    @Test
    void callsThatKeepRunningButNeverReturnAreStuckAfterThePatience() {
        ConcurrentCalls calls = ConcurrentCalls.of("spin").threads(1).patience(QUICK);

        AssertionError e = assertThrows(AssertionError.class, () -> calls.run(1, i -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }));

        assertTrue(e.getMessage().contains("spin did not come back"), e.getMessage());
        assertTrue(e.getMessage().contains("\"caller 1\" RUNNABLE"), e.getMessage());
    }

    @Test
    void callersThatEachHoldALockAndSpinOnTryLockForTheOtherAreADeadlockThatSpins() {
        var locks = LockProbe.of("transfer");
        ReentrantLock a = locks.lock("A's lock");
        ReentrantLock b = locks.lock("B's lock");
        CountDownLatch bothHold = new CountDownLatch(2);
        ConcurrentCalls calls = ConcurrentCalls.of("transfer").threads(2).patience(Duration.ofMillis(300));

        AssertionError e = assertThrows(AssertionError.class, () -> calls.run(2, i -> {
            ReentrantLock first = i == 0 ? a : b;
            ReentrantLock second = i == 0 ? b : a;
            first.lock();
            try {
                bothHold.countDown();
                bothHold.await();
                while (!second.tryLock()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                }
                second.unlock();
            } finally {
                first.unlock();
            }
        }));

        assertTrue(e.getMessage().contains("kept calling tryLock() again and again"), e.getMessage());
        assertTrue(e.getMessage().contains("a deadlock that spins instead of waiting"), e.getMessage());
        assertFalse(e.getMessage().contains("never gives back"), e.getMessage());
    }

    @Test
    void callersThatTakeGiveWayAndRetryInStepForEverAreALivelock() {
        // the probe's locks count failed tries: a failed ReentrantLock.tryLock() is too quick for a look at the stack
        var locks = LockProbe.of("transfer");
        java.util.concurrent.locks.Lock a = locks.lock("A's lock");
        java.util.concurrent.locks.Lock b = locks.lock("B's lock");
        ConcurrentCalls calls = ConcurrentCalls.of("transfer").threads(2).patience(Duration.ofMillis(300));

        // each takes its first lock, then finds the second taken: here one another thread holds for good, so that
        // the calls never get both, as two that give way in step never do
        java.util.concurrent.locks.Lock heldForGood = locks.lock("C's lock");
        Thread holder = Thread.ofPlatform().start(heldForGood::lock);
        AssertionError e = assertThrows(AssertionError.class, () -> {
            holder.join();
            calls.run(2, i -> {
                java.util.concurrent.locks.Lock first = i == 0 ? a : b;
                while (!Thread.currentThread().isInterrupted()) {
                    if (first.tryLock()) {
                        try {
                            if (heldForGood.tryLock()) {
                                heldForGood.unlock();
                                return;
                            }
                        } finally {
                            first.unlock();
                        }
                    }
                }
            });
        });

        assertTrue(e.getMessage().contains("kept calling tryLock() again and again"), e.getMessage());
        assertTrue(e.getMessage().contains("a livelock"), e.getMessage());
    }

    @Test
    void noCallsAtAllReturnAtOnceAndMisuseIsRefusedWithTheRule() throws Throwable {
        ConcurrentCalls none = ConcurrentCalls.of("add");
        none.run(0, i -> { throw new AssertionError("never called"); });
        assertEquals(0, none.returned());

        assertEquals("these concurrent calls already ran; make a new ConcurrentCalls",
                assertThrows(IllegalStateException.class, () -> none.run(1, i -> { })).getMessage()
                        .replace("run(...): ", ""));
        assertEquals("threads must be between 1 and 256, was 0",
                assertThrows(IllegalArgumentException.class, () -> ConcurrentCalls.of("add").threads(0)).getMessage());
        assertEquals("calls must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> ConcurrentCalls.of("add").run(-1, i -> { }))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConcurrentCalls.of(" "));
    }

    /** {@link #lockBothInterruptibly}, ending quietly when interrupted. */
    private static void lockBothQuietly(ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne) {
        try {
            lockBothInterruptibly(first, second, bothHoldOne);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes {@code first}, waits until the other caller took its first lock too, then takes {@code second}. */
    private static void lockBothInterruptibly(ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne)
            throws InterruptedException {
        first.lockInterruptibly();
        try {
            bothHoldOne.countDown();
            bothHoldOne.await();
            second.lockInterruptibly();
            second.unlock();
        } finally {
            first.unlock();
        }
    }
}
