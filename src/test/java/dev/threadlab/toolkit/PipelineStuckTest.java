package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;

/**
 * What the pipeline probe's watch does with answers that cannot end by themselves, and says why: consumers run
 * with run() instead of start() (named within a few ticks, not after the patience, and each new wait ended), a
 * caller that spins on poll() for items offer() dropped (named, stopped when its loop looks at its interrupt,
 * and its check given up at once when it does not), consumer threads never started, and too few pills (the
 * answer did not return by itself). The toolkit's tests run without the engine, which alone can stop a loop that
 * ignores interrupts (see CellCode).
 */
@Timeout(60)
final class PipelineStuckTest {

    /** The lesson's patience: the run() case must be named well before it. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final String PILL = "\u0000end";

    private static List<String> items(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "item " + i).toList();
    }

    @Test
    void consumersRunWithRunInsteadOfStartAreNamedAndEveryWaitInThemEnded() throws Throwable {
        PipelineProbe probe = PipelineProbe.of("pipeline").patience(PATIENCE);
        Iterator<String> source = probe.source(items(6));
        Consumer<String> handle = probe.handler();

        probe.run(() -> runInsteadOfStart(source, 3, handle));

        for (var assertion : List.<Runnable>of(probe::assertHandledEveryItemOnce, probe::assertConsumedWhileProducing,
                () -> probe.assertWaitedWithoutSpinning())) {
            AssertionFailedError e = assertThrows(AssertionFailedError.class, assertion::run);
            assertTrue(e.getMessage().startsWith("pipeline called run() on a thread instead of start(), and waited "
                    + "inside it (") && e.getMessage().contains("Call start()"), e.getMessage());
        }
        assertFalse(Thread.currentThread().isInterrupted(), "the watch's interrupts stay inside the call");
    }

    @Test
    void consumersRunWithRunAfterTheItemsWereQueuedAreNamedOnTheCallersThread() throws Throwable {
        PipelineProbe probe = PipelineProbe.of("pipeline").patience(PATIENCE).atOnce(2);
        Iterator<String> source = probe.source(items(6));
        Consumer<String> handle = probe.handler();

        probe.run(() -> queueThenRun(source, 2, handle));

        probe.assertHandledEveryItemOnce(); // it did return, every item handled once: that requirement holds
        AssertionFailedError e = assertThrows(AssertionFailedError.class, probe::assertConsumedWhileProducing);
        assertTrue(e.getMessage().contains("called run() on its consumer threads instead of start()"), e.getMessage());
        e = assertThrows(AssertionFailedError.class, () -> probe.assertConsumedAtOnce(2));
        assertTrue(e.getMessage().contains("inside a Thread's run() that it called"), e.getMessage());
    }

    @Test
    void consumerThreadsNeverStartedAreAskedAbout() throws Throwable {
        PipelineProbe probe = PipelineProbe.of("pipeline").patience(Duration.ofMillis(300));
        Iterator<String> source = probe.source(items(6));
        Consumer<String> handle = probe.handler();

        probe.run(() -> neverStarted(source, 2, handle));

        AssertionFailedError e = assertThrows(AssertionFailedError.class, probe::assertHandledEveryItemOnce);
        assertTrue(e.getMessage().startsWith("pipeline handled none of the 6 items")
                && e.getMessage().contains("were the consumer threads started?"), e.getMessage());
    }

    @Test
    void onePillForSeveralConsumersFailsTheAssertionThatPipelineReturned() throws Throwable {
        PipelineProbe probe = PipelineProbe.of("pipeline").patience(Duration.ofMillis(500));
        Iterator<String> source = probe.source(items(6));
        Consumer<String> handle = probe.handler();

        probe.run(() -> PipelineProbeTest.pipeline(source, 3, handle, 1));

        probe.assertHandledEveryItemOnce(); // every item once: that much holds
        AssertionFailedError e = assertThrows(AssertionFailedError.class, probe::assertReturned);
        assertTrue(e.getMessage().startsWith("pipeline did not return by itself: every item had been handled, yet ")
                && e.getMessage().contains("would have waited for ever")
                && e.getMessage().contains("as many pills as there are consumers"), e.getMessage());
    }

    @Test
    void aCallerSpinningOnPollForItemsOfferDroppedIsNamedAndStoppedByItsInterrupt() throws Throwable {
        PipelineProbe probe = PipelineProbe.of("workAhead").patience(Duration.ofMillis(500)).backPressure(2);
        Iterator<String> source = probe.source(items(7));
        Function<String, Integer> work = probe.work(String::length);
        AtomicBoolean stop = new AtomicBoolean(); // set only if this test fails: its loop must never outlive it
        try {
            List<Integer> results = probe.call(() -> offerAndSpin(source, 2, work, true, stop));

            AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> probe.assertResultsInOrder(results));
            assertTrue(e.getMessage().startsWith("workAhead's calling thread ran on for 500 ms without taking an item")
                    && e.getMessage().contains("a busy loop") && e.getMessage().contains("offer() drops an item")
                    && e.getMessage().endsWith("The check stopped the loop."), e.getMessage());
            e = assertThrows(AssertionFailedError.class, probe::assertWaitedWithoutSpinning);
            assertTrue(e.getMessage().contains("a busy loop"), e.getMessage());
        } finally {
            stop.set(true);
        }
    }

    @Test
    void aCheckWhoseCallerSpinsInALoopThatIgnoresInterruptsIsGivenUpAtOnceAndSaysSo() {
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        try {
            CheckResults results = Check.run("t-spin", c -> {
                c.timeout(Duration.ofSeconds(60));
                c.that(1, "workAhead returns", () -> {
                    PipelineProbe probe = PipelineProbe.of("workAhead").patience(Duration.ofMillis(500)).backPressure(2);
                    Iterator<String> source = probe.source(items(7));
                    Function<String, Integer> work = probe.work(String::length);
                    probe.assertResultsInOrder(probe.call(() -> offerAndSpin(source, 2, work, false, stop)));
                });
            });
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            Verdict verdict = results.results().getFirst().verdict();
            assertEquals(Verdict.Failed.class, verdict.getClass(), verdict.toString());
            assertTrue(verdict.message().contains("a busy loop") && verdict.message().contains("could not stop")
                    && verdict.message().contains("%reset"), verdict.message());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "given up, not timed out: " + took);
        } finally {
            stop.set(true);
        }
    }

    /** Consumer threads made, and run() called on each: its loop waits in take() on the calling thread. */
    static void runInsteadOfStart(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (String item = queue.take(); !item.equals(PILL); item = queue.take()) {
                        handle.accept(item);
                    }
                } catch (InterruptedException e) {
                    return; // swallowed: the next run() waits again
                }
            });
            threads.add(t);
            t.run();
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
        for (int i = 0; i < consumers; i++) {
            queue.put(PILL);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Every item and a pill per consumer queued, then run() on each consumer thread: all of it on the caller. */
    static void queueThenRun(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        source.forEachRemaining(queue::add);
        for (int i = 0; i < consumers; i++) {
            queue.add(PILL);
        }
        for (int i = 0; i < consumers; i++) {
            new Thread(() -> {
                for (String item = queue.poll(); item != null && !item.equals(PILL); item = queue.poll()) {
                    handle.accept(item);
                }
            }).run();
        }
    }

    /** Consumer threads made and joined, never started. */
    static void neverStarted(Iterator<String> source, int consumers, Consumer<String> handle) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            threads.add(new Thread(() -> {
                try {
                    for (String item = queue.take(); !item.equals(PILL); item = queue.take()) {
                        handle.accept(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        while (source.hasNext()) {
            queue.put(source.next());
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * offer() instead of put(), so a full queue drops items (held on its first item, the work lets the producer
     * read them all), no end marker, and a caller that spins on poll() for more; it looks at its interrupt when
     * {@code interruptible}, and otherwise only at {@code stop}.
     */
    static List<Integer> offerAndSpin(Iterator<String> source, int capacity, Function<String, Integer> work,
            boolean interruptible, AtomicBoolean stop) throws Exception {
        BlockingQueue<Optional<String>> queue = new ArrayBlockingQueue<>(capacity);
        Thread producer = Thread.ofPlatform().start(() -> {
            while (source.hasNext()) {
                queue.offer(Optional.of(source.next()));
            }
        });
        List<Integer> results = new ArrayList<>();
        while (!stop.get() && !(interruptible && Thread.currentThread().isInterrupted())) {
            Optional<String> item = queue.poll();
            if (item == null) {
                continue;
            }
            if (item.isEmpty()) {
                break;
            }
            results.add(work.apply(item.get()));
        }
        producer.join();
        return results;
    }
}
