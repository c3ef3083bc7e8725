package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.toolkit.SpinLooks.Look;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the looks tell a busy loop from a wait: by what a thread was doing at each look, so a spinner the machine
 * gave almost no processor time is still a spinner; and what each look makes of real threads that spin, wait
 * for an item, wait for a lock, or are not the learner's.
 */
@Timeout(30)
final class SpinLooksTest {

    private static SpinLooks looks(Thread thread, Look... seen) {
        SpinLooks looks = new SpinLooks();
        for (Look look : seen) {
            looks.record(thread, look);
            looks.looked();
        }
        return looks;
    }

    @Test
    void aThreadRunningAtEveryLookSpinsWhateverProcessorTimeItGot() {
        Thread t = Thread.currentThread();
        SpinLooks looks = looks(t, Look.RUNNING, Look.RUNNING, Look.RUNNING, Look.RUNNING, Look.RUNNING);

        assertEquals(List.of(t), looks.spinning());
        assertEquals(5, looks.looks());
    }

    @Test
    void spinnersThatQueueForOneLockStillSpin() {
        Thread t = Thread.currentThread();
        SpinLooks looks = looks(t, Look.RUNNING, Look.OTHER, Look.RUNNING, Look.OTHER, Look.RUNNING, Look.OTHER);

        assertEquals(List.of(t), looks.spinning());
    }

    @Test
    void aThreadSeenWaitingOnceDoesNotSpin() {
        Thread t = Thread.currentThread();
        SpinLooks looks = looks(t, Look.RUNNING, Look.RUNNING, Look.WAITING, Look.RUNNING, Look.RUNNING, Look.RUNNING);

        assertEquals(List.of(), looks.spinning());
    }

    @Test
    void aThreadBlockedOnALockOrInIoThroughoutDoesNotSpin() {
        Thread t = Thread.currentThread();
        SpinLooks looks = looks(t, Look.OTHER, Look.OTHER, Look.RUNNING, Look.OTHER, Look.RUNNING, Look.OTHER);

        assertEquals(List.of(), looks.spinning());
    }

    @Test
    void tooFewLooksJudgeNothing() {
        Thread t = Thread.currentThread();
        SpinLooks looks = looks(t, Look.RUNNING, Look.RUNNING, Look.RUNNING, Look.RUNNING);

        assertEquals(List.of(), looks.spinning());
    }

    @Test
    void aLoopOnIsEmptyAndYieldIsRunningAndATakeIsWaiting() throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        CountDownLatch stop = new CountDownLatch(1);
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            while (stop.getCount() > 0 && queue.isEmpty()) {
                Thread.yield();
            }
        });
        Thread taker = Thread.ofPlatform().daemon().start(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            awaitState(taker, s -> s == Thread.State.WAITING);
            assertEquals(Look.WAITING, SpinLooks.of(taker.getState(), taker.getStackTrace()));
            SpinLooks looks = SpinLooks.watch(() -> List.of(spinner, taker), java.time.Duration.ofMillis(60));
            assertEquals(List.of(spinner), looks.spinning());
            assertTrue(looks.looks() >= SpinLooks.MIN_LOOKS, "looks: " + looks.looks());
        } finally {
            stop.countDown();
            queue.add("done");
            spinner.join(5_000);
            taker.join(5_000);
        }
    }

    @Test
    void waitingForALockIsNeitherRunningNorWaitingForAnItem() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Object monitor = new Object();
        CountDownLatch done = new CountDownLatch(1);
        lock.lock();
        Thread locker;
        Thread blocked;
        synchronized (monitor) {
            locker = Thread.ofPlatform().daemon().start(() -> {
                lock.lock();
                lock.unlock();
            });
            blocked = Thread.ofPlatform().daemon().start(() -> {
                synchronized (monitor) {
                    done.countDown();
                }
            });
            try {
                awaitState(locker, s -> s == Thread.State.WAITING);
                awaitState(blocked, s -> s == Thread.State.BLOCKED);
                assertEquals(Look.OTHER, SpinLooks.of(locker.getState(), locker.getStackTrace()));
                assertEquals(Look.OTHER, SpinLooks.of(blocked.getState(), blocked.getStackTrace()));
            } finally {
                lock.unlock();
            }
        }
        assertTrue(done.await(5, TimeUnit.SECONDS));
        locker.join(5_000);
    }

    @Test
    void threadsWithoutTheLearnersCodeAreNeverRunning() {
        StackTraceElement jdk = new StackTraceElement("java.lang.ref.Reference", "waitForReferencePendingList", null, -2);
        StackTraceElement nativeRead = new StackTraceElement("sun.nio.ch.SocketDispatcher", "read0", null, -2);
        StackTraceElement learner = new StackTraceElement("REPL.$JShell$12", "lambda$pipeline$0", null, 7);
        StackTraceElement carrying = new StackTraceElement("jdk.internal.vm.Continuation", "run", null, 248);

        assertEquals(Look.OTHER, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[] {jdk}));
        assertEquals(Look.OTHER, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[0]));
        assertEquals(Look.OTHER, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[] {carrying}));
        assertEquals(Look.OTHER, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[] {nativeRead, learner}));
        assertEquals(Look.RUNNING, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[] {learner}));
    }

    @Test
    void theFirstOfTheLearnersFramesIsEnoughAndTheRestIsNotRead() {
        StackTraceElement learner = new StackTraceElement("REPL.$JShell$12", "lambda$pipeline$0", null, 7);

        // a stack whose later frames cannot be read: a look that scanned the whole stack would fail on them
        assertEquals(Look.RUNNING, SpinLooks.of(Thread.State.RUNNABLE, new StackTraceElement[] {learner, null, null}));
    }

    @Test
    void aVirtualThreadThatSpinsBeforeItTouchesTheProbeIsLookedAtAndSeenSpinning() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        Thread older = Thread.ofVirtual().start(() -> awaitQuietly(stop));      // made before the call: not the answer's
        PipelineLog log = new PipelineLog(List.of("a", "b"), java.time.Duration.ofSeconds(1), 1, -1);
        log.begin(Thread.currentThread(), -1, WhereStuck.nextThreadId());
        Thread spinner = Thread.ofVirtual().start(() -> {                      // a consumer that never took an item
            while (stop.getCount() > 0) {
                Thread.onSpinWait();
            }
        });
        try {
            long self = Thread.currentThread().threadId();
            assertTrue(log.watched(self).contains(spinner), "the looks see the virtual consumer: " + log.watched(self));
            assertTrue(!log.watched(self).contains(older), "a virtual thread made before the call is not the answer's");
            SpinLooks looks = SpinLooks.watch(() -> log.watched(self), java.time.Duration.ofMillis(60));
            assertTrue(looks.spinning().contains(spinner), "spinning: " + looks.spinning());
        } finally {
            stop.countDown();
            spinner.join(5_000);
            older.join(5_000);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitState(Thread t, Predicate<Thread.State> state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!state.test(t.getState())) {
            assertTrue(System.nanoTime() < deadline, t.getName() + " never reached the state, is " + t.getState());
            Thread.sleep(5);
        }
    }
}
