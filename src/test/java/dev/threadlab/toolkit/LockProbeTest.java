package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * The probe's locks against the transfers learners write: two locks taken in opposite orders deadlock and
 * are named at once (never a hang), one fixed order passes, a lock left locked or unlocked twice is named,
 * and a wait for a lock another thread keeps ends with the reason. The answers are the static methods at the
 * end; nothing is timed.
 */
final class LockProbeTest {

    /** A bank account guarded by its lock, as the lessons' checks build it. */
    private static final class Account {
        final String id;
        final ReentrantLock lock;
        long balance;

        Account(String id, long balance, ReentrantLock lock) {
            this.id = id;
            this.balance = balance;
            this.lock = lock;
        }

        void add(long amount) {
            if (!lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("account " + id + " changed without holding its lock");
            }
            balance += amount;
        }
    }

    @Test
    void locksTakenInOppositeOrdersDeadlockAndTheCycleIsNamedAndBroken() throws Throwable {
        LockProbe locks = LockProbe.of("transfer").pauseAfterLocking(Duration.ofMillis(1));
        Account a = new Account("A", 100, locks.lock("A's lock"));
        Account b = new Account("B", 100, locks.lock("B's lock"));

        AssertionError e = assertThrows(AssertionError.class, () -> ConcurrentCalls.of("transfer").threads(2)
                .run(40, i -> fromThenTo(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, 1)));

        assertTrue(e.getMessage().startsWith("transfer deadlocked: caller "), e.getMessage());
        assertTrue(e.getMessage().contains(" holds A's lock and waits for B's lock, held by caller ")
                && e.getMessage().contains(" holds B's lock and waits for A's lock, held by caller "), e.getMessage());
        assertTrue(e.getMessage().contains("Neither can ever go on. Take the locks in one fixed order"), e.getMessage());
        assertEquals(2, locks.deadlock().orElseThrow().links().size());
        assertThrows(AssertionError.class, locks::assertNoDeadlock);
        locks.assertNoneHeld(); // the broken transfer unlocked in its finally blocks
        assertEquals(200, a.balance + b.balance);
    }

    @Test
    void oneFixedOrderNeverDeadlocksAndLeavesEveryLockFree() throws Throwable {
        LockProbe locks = LockProbe.of("transfer").pauseAfterLocking(Duration.ofMillis(1));
        Account a = new Account("A", 100, locks.lock("A's lock"));
        Account b = new Account("B", 100, locks.lock("B's lock"));

        ConcurrentCalls.of("transfer").threads(2).run(20, i -> byId(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, 1));

        locks.assertNoDeadlock().assertNoneHeld();
        assertTrue(locks.deadlock().isEmpty());
        assertEquals(List.of(100L, 100L), List.of(a.balance, b.balance));
    }

    @Test
    void aLockLeftLockedIsNamedWithItsHolder() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock a = locks.lock("A's lock");
        a.lock();

        AssertionError e = assertThrows(AssertionError.class, locks::assertNoneHeld);

        assertTrue(e.getMessage().startsWith("tryTransfer left A's lock (by the thread that called tryTransfer) locked "
                + "after it returned: every lock() or successful tryLock() needs its unlock()"), e.getMessage());
        a.unlock();
        locks.assertNoneHeld();
    }

    @Test
    void unlockingALockThisThreadDoesNotHoldSaysWhat() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdElsewhere(b)) {
            IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, b::unlock);
            assertEquals("tryTransfer called unlock() on B's lock, which this thread does not hold (another thread does): "
                    + "unlock only a lock that your lock() or tryLock() actually got, once for each time it got it.",
                    e.getMessage());
        }
    }

    @Test
    void lockOnALockAnotherThreadKeepsEndsAtOnceInsteadOfWaitingForEver() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdElsewhere(b)) {
            AssertionError e = assertThrows(AssertionError.class, b::lock);
            assertTrue(e.getMessage().startsWith("tryTransfer waited for B's lock with lock(), which waits with no time "
                    + "limit, while another thread held it and kept it"), e.getMessage());
            assertFalse(b.isHeldByCurrentThread());
        }
        assertThrows(AssertionError.class, locks::assertNoDeadlock);
    }

    @Test
    void lockAfterIsLockedSawTheLockFreeEndsAtOnceWhenAnotherThreadTookItInBetween() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.takeWhenSeenFree(b)) {
            AssertionError e = assertThrows(AssertionError.class, () -> lookThenLock(b));
            assertTrue(e.getMessage().startsWith("tryTransfer looked at B's lock with isLocked(), saw it free, and then "
                    + "waited for it with lock(); between the look and the lock() another thread took it"), e.getMessage());
            assertFalse(b.isHeldByCurrentThread());
        }
        assertThrows(AssertionError.class, locks::assertNoDeadlock);
        locks.assertNoneHeld();
    }

    @Test
    void aLockTakenWhenSeenFreeIsTakenAsUsualByAnAnswerThatNeverLooks() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.takeWhenSeenFree(b)) {
            assertTrue(b.tryLock(1, TimeUnit.MINUTES));
            b.unlock();
            b.lock();
            b.unlock();
            assertFalse(b.isLocked(), "the look answers what it saw");
            assertFalse(b.tryLock(20, TimeUnit.MILLISECONDS), "after the look another thread holds it");
        }
        locks.assertNoDeadlock().assertNoneHeld();
        assertThrows(IllegalStateException.class, () -> {
            b.lock();
            try {
                locks.takeWhenSeenFree(b);
            } finally {
                b.unlock();
            }
        });
    }

    @Test
    void aWaitLongerThanTheAnswerWasAllowedEndsAtOnceAndSaysHowLong() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer").waitsAtMost(Duration.ofMillis(50));
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdElsewhere(b)) {
            AssertionError e = assertThrows(AssertionError.class, () -> b.tryLock(1, TimeUnit.DAYS));
            assertEquals("tryTransfer waited for B's lock with tryLock(1440 min 00 s), longer than the 50 ms it was told it may "
                    + "wait: pass on the timeout it was given.", e.getMessage());
        }
        assertTrue(b.tryLock(1, TimeUnit.DAYS), "a free lock is no wait at all");
        b.unlock();
    }

    @Test
    void aTimedWaitWithinTheAllowedTimeGivesUpNormally() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer").waitsAtMost(Duration.ofMillis(50));
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdElsewhere(b)) {
            assertFalse(b.tryLock(20, TimeUnit.MILLISECONDS));
            assertFalse(b.tryLock());
        }
        locks.assertNoDeadlock().assertNoneHeld();
        assertTrue(b.tryLock());
        b.unlock();
    }

    @Test
    void aLockHeldUntilWantedIsGivenToATimedWaitButNotToATryLockWithoutTime() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdUntilWanted(b)) {
            assertFalse(b.tryLock());
            assertTrue(locks.gaveUpAtOnce(b));
            assertTrue(b.tryLock(1, TimeUnit.MINUTES), "the holder lets go as soon as the lock is wanted");
            b.unlock();
        }
        locks.assertNoneHeld();
    }

    @Test
    void aLockHeldUntilWantedIsTakenByAnAnswerThatTriesAgainAndAgainUntilItsTimeout() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        boolean got = false;
        try (LockProbe.Held other = locks.holdUntilWanted(b)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // the answer's own timeout
            while (!got && System.nanoTime() < deadline) {
                got = b.tryLock();                                             // polls, a millisecond apart
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            if (got) {
                b.unlock();
            }
        }
        assertTrue(got, "a tryLock() that found the lock taken wants it too: the holder lets go");
        locks.assertNoneHeld();
    }

    @Test
    void aTimedTryLockOfNoTimeGivesUpAtOnceAsATryLockWithoutTimeDoes() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdUntilWanted(b)) {
            assertFalse(b.tryLock(0, TimeUnit.SECONDS), "500 ms in whole seconds: no wait, and the lock is taken");
            assertTrue(locks.gaveUpAtOnce(b));
        }
        locks.assertNoneHeld();
    }

    @Test
    void aTimedWaitShorterThanAMillisecondIsATryThatNeverGetsALockHeldUntilWanted() throws Throwable {
        for (int i = 0; i < 20; i++) { // the first try of each: once it gave up, the holder lets go for a later one
            LockProbe fresh = LockProbe.of("tryTransfer");
            ReentrantLock lock = fresh.lock("B's lock");
            try (LockProbe.Held other = fresh.holdUntilWanted(lock)) {
                assertFalse(lock.tryLock(10_000, TimeUnit.NANOSECONDS), "10 s in milliseconds, read as nanoseconds");
                assertTrue(fresh.gaveUpAtOnce(lock));
            }
            fresh.assertNoneHeld();
        }
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock b = locks.lock("B's lock");

        try (LockProbe.Held other = locks.holdUntilWanted(b)) {
            assertFalse(b.tryLock(10_000, TimeUnit.NANOSECONDS));
            assertEquals(Optional.of("it asked tryLock to wait only 10 µs, too short for another thread to let go, though "
                    + "the timeout was 10 s: is the number counted in the unit you named? timeout.toMillis() counts "
                    + "milliseconds, so it goes with TimeUnit.MILLISECONDS."), locks.whyGaveUpAtOnce(b, Duration.ofSeconds(10)));
            assertTrue(b.tryLock(1, TimeUnit.MINUTES), "the tries wanted it: the holder lets go");
            b.unlock();
        }
        locks.assertNoneHeld();
    }

    @Test
    void whyAnAnswerGaveUpAtOnceNamesTheTryThatDidIt() throws Throwable {
        LockProbe locks = LockProbe.of("tryTransfer");
        ReentrantLock a = locks.lock("A's lock");
        ReentrantLock b = locks.lock("B's lock");
        assertEquals(Optional.empty(), locks.whyGaveUpAtOnce(b, Duration.ofSeconds(10)), "nothing tried yet");

        try (LockProbe.Held other = locks.holdElsewhere(b)) {
            assertFalse(b.tryLock());
            assertEquals(Optional.of("tryLock() without a time does not wait at all. Use tryLock(timeout.toMillis(), "
                    + "TimeUnit.MILLISECONDS)."), locks.whyGaveUpAtOnce(b, Duration.ofSeconds(10)));
            assertFalse(b.tryLock(0, TimeUnit.SECONDS));
            assertEquals(Optional.of("did it wait 0? tryLock(0, unit) does not wait at all, and the timeout of 500 ms "
                    + "became 0 on the way. In whole seconds (timeout.toSeconds()) 500 ms is 0. Use "
                    + "tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)."), locks.whyGaveUpAtOnce(b, Duration.ofMillis(500)));
            assertTrue(locks.whyGaveUpAtOnce(b, Duration.ofSeconds(10)).orElseThrow()
                    .endsWith("The milliseconds part (timeout.toMillisPart()) of 10 s is 0. Use tryLock(timeout.toMillis(), "
                            + "TimeUnit.MILLISECONDS)."), "10 s, whose milliseconds part is 0");
            assertFalse(b.tryLock());
            assertTrue(locks.whyGaveUpAtOnce(b, Duration.ofSeconds(10)).orElseThrow().startsWith("tryLock() without a time"),
                    "the last try is the one that made it give up");
        }
        assertTrue(a.tryLock(0, TimeUnit.SECONDS), "a free lock is taken by a try");
        a.unlock();
        assertEquals(Optional.empty(), locks.whyGaveUpAtOnce(a, Duration.ofSeconds(10)), "it never gave up on A's lock");
    }

    @Test
    void aWaitForALockWhoseOwnerEndedWithoutUnlockingEndsWithTheReason() throws Throwable {
        LockProbe locks = LockProbe.of("transfer");
        ReentrantLock a = locks.lock("A's lock");
        Thread leaker = Thread.ofPlatform().name("caller 1").start(a::lock);
        leaker.join();

        AssertionError e = assertThrows(AssertionError.class, a::lock);

        assertTrue(e.getMessage().startsWith("transfer waits for A's lock, which caller 1 locked and never unlocked before "
                + "it ended"), e.getMessage());
    }

    @Test
    void misuseIsRefusedWithTheRule() {
        LockProbe locks = LockProbe.of("transfer");
        assertThrows(IllegalArgumentException.class, () -> locks.holdUntilWanted(new ReentrantLock()));
        assertThrows(IllegalArgumentException.class, () -> locks.lock(" "));
        assertEquals("pause must not be negative, was PT-0.001S", assertThrows(IllegalArgumentException.class,
                () -> locks.pauseAfterLocking(Duration.ofMillis(-1))).getMessage());
    }

    private static void fromThenTo(Account from, Account to, long amount) {
        from.lock.lock();
        try {
            to.lock.lock();
            try {
                from.add(-amount);
                to.add(amount);
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }

    /** Looks whether the lock is free, then waits for it: the look and the lock are two steps. */
    private static void lookThenLock(ReentrantLock lock) {
        if (lock.isLocked()) {
            return;
        }
        lock.lock();
        lock.unlock();
    }

    private static void byId(Account from, Account to, long amount) {
        Account first = from.id.compareTo(to.id) < 0 ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.add(-amount);
                to.add(amount);
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }
}
