package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntToLongFunction;
import java.util.function.LongBinaryOperator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The split probe against the answers learners write for "split this computation over N threads", "add up
 * a value per number from several threads" and "a RecursiveTask with a threshold": each mistake must be
 * named, each correct answer pass. Answers are the static methods and the task class at the end; a short
 * patience stands in where an answer never lets its threads meet.
 */
final class SplitProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final LongBinaryOperator SQUARES = (from, to) -> LongStream.range(from, to).map(i -> i * i).sum();
    private static final long SQUARES_BELOW_1000 = 332_833_500L;

    @Test
    void aThreadPerRangeStartedThenJoinedPassesEveryAssertion() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 4);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> threadPerRange(1000, 4, sumRange, false));

        assertEquals(SQUARES_BELOW_1000, total);
        probe.assertCovered(0, 1000).assertTotal(total).assertEvenParts().assertRanTogether()
                .assertWaitedForEveryPart().assertLeftNothingRunning();
        assertEquals(4, probe.peak());
        assertEquals(4, probe.calls());
    }

    @Test
    void aPoolOfExactlyTheThreadsAskedForPasses() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 3);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
                var parts = List.of(pool.submit(() -> sumRange.applyAsLong(0, 333)),
                        pool.submit(() -> sumRange.applyAsLong(333, 666)), pool.submit(() -> sumRange.applyAsLong(666, 1000)));
                long sum = 0;
                for (var part : parts) {
                    sum += part.get();
                }
                return sum;
            }
        });

        probe.assertCovered(0, 1000).assertTotal(total).assertEvenParts().assertRanTogether()
                .assertWaitedForEveryPart().assertLeftNothingRunning();
    }

    @Test
    void aGapLeftByEndingOneShortIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[2];
            Thread a = Thread.ofPlatform().start(() -> parts[0] = sumRange.applyAsLong(0, 499));
            Thread b = Thread.ofPlatform().start(() -> parts[1] = sumRange.applyAsLong(500, 1000));
            a.join();
            b.join();
            return parts[0] + parts[1];
        });

        probe.assertTotal(total).assertRanTogether();
        assertFails(() -> probe.assertCovered(0, 1000), "the numbers from 499 to 499 were never summed: the ranges "
                + "[0, 499) and [500, 1000) leave them out");
    }

    @Test
    void theRemainderDroppedByIntegerDivisionIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 3);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> threadPerRange(1000, 3, sumRange, true));

        assertFails(() -> probe.assertCovered(0, 1000), "the last numbers, from 999 to 999, were never summed");
        probe.assertTotal(total).assertEvenParts();
    }

    @Test
    void aLastRangeThatStopsAtNMinusOneIsNamedAsSuchNotAsARemainder() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 4);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[4];
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int slot = t;
                long from = t * 250L;
                long to = t == 3 ? 1002 - 1 : from + 250;
                threads.add(Thread.ofPlatform().start(() -> parts[slot] = sumRange.applyAsLong(from, to)));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return java.util.stream.LongStream.of(parts).sum();
        });

        assertFails(() -> probe.assertCovered(0, 1002), "the last number, 1001, was never summed: the last range "
                + "[750, 1001) ends at n − 1");
        probe.assertTotal(total);
    }

    @Test
    void runInsteadOfStartIsToldApartFromALoopOnTheCaller() throws Throwable {
        SplitProbe loop = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = loop.ranges("sumRange", SQUARES);
        loop.call(() -> sumRange.applyAsLong(0, 500) + sumRange.applyAsLong(500, 1000));
        assertFails(loop::assertRanTogether, "no thread of its own did any of it");

        SplitProbe run = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator ranRight = run.ranges("sumRange", SQUARES);
        run.call(() -> {
            long[] parts = new long[2];
            new Thread(() -> parts[0] = ranRight.applyAsLong(0, 500)).run();
            new Thread(() -> parts[1] = ranRight.applyAsLong(500, 1000)).run();
            return parts[0] + parts[1];
        });
        assertFails(run::assertRanTogether, "run() runs the code right where you call it");
    }

    @Test
    void overlappingRangesAreNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        probe.call(() -> {
            long[] parts = new long[2];
            Thread a = Thread.ofPlatform().start(() -> parts[0] = sumRange.applyAsLong(0, 501));
            Thread b = Thread.ofPlatform().start(() -> parts[1] = sumRange.applyAsLong(500, 1000));
            a.join();
            b.join();
            return parts[0] + parts[1];
        });

        assertFails(() -> probe.assertCovered(0, 1000), "the numbers from 500 to 500 were summed more than once");
    }

    @Test
    void aSharedTotalAddedToAroundTheCallLosesSumsAndIsNamedARace() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 4);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] shared = new long[1];
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long from = 250L * t;
                threads.add(Thread.ofPlatform().start(() -> shared[0] += sumRange.applyAsLong(from, from + 250)));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return shared[0];
        });

        probe.assertCovered(0, 1000).assertRanTogether().assertWaitedForEveryPart();
        String message = assertFails(() -> probe.assertTotal(total), "of the 4 ranges are missing");
        assertTrue(message.contains("a data race"), message);
    }

    @Test
    void runInsteadOfStartIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[2];
            new Thread(() -> parts[0] = sumRange.applyAsLong(0, 500)).run();
            new Thread(() -> parts[1] = sumRange.applyAsLong(500, 1000)).run();
            return parts[0] + parts[1];
        });

        probe.assertCovered(0, 1000).assertTotal(total).assertWaitedForEveryPart();
        assertFails(probe::assertRanTogether, "all the work ran on the thread that called sumInParallel");
    }

    @Test
    void joinRightAfterStartIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 3).patience(SHORT);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[3];
            for (int t = 0; t < 3; t++) {
                int slot = t;
                Thread thread = Thread.ofPlatform().start(() -> parts[slot] = sumRange.applyAsLong(slot * 10L, slot * 10L + 10));
                thread.join();
            }
            return parts[0] + parts[1] + parts[2];
        });

        probe.assertCovered(0, 30).assertTotal(total);
        assertFails(probe::assertRanTogether, "did you call join() right after start()?");
        assertEquals(1, probe.peak());
    }

    @Test
    void aParallelStreamIsTheCommonPoolOnAnyNumberOfCores() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 4).patience(SHORT);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> LongStream.range(0, 4).parallel()
                .map(t -> sumRange.applyAsLong(t * 250, t * 250 + 250)).sum());

        probe.assertCovered(0, 1000).assertTotal(total);
        assertFails(probe::assertRanTogether, "computed on the shared ForkJoin common pool, as a parallel stream does");
    }

    @Test
    void fewerThreadsThanAskedForAreCounted() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 3).patience(SHORT);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        probe.call(() -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                var parts = List.of(pool.submit(() -> sumRange.applyAsLong(0, 10)),
                        pool.submit(() -> sumRange.applyAsLong(10, 20)), pool.submit(() -> sumRange.applyAsLong(20, 30)));
                long sum = 0;
                for (var part : parts) {
                    sum += part.get();
                }
                return sum;
            }
        });

        assertFails(probe::assertRanTogether, "only 2 of the 3 threads did any work");
    }

    @Test
    void unevenAndTooManyRangesAreNamed() throws Throwable {
        SplitProbe uneven = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = uneven.ranges("sumRange", SQUARES);
        uneven.call(() -> twoThreads(sumRange, 0, 900, 900, 1000));
        assertFails(uneven::assertEvenParts, "very different sizes (the smallest 100 numbers, the largest 900)");

        SplitProbe many = SplitProbe.of("sumInParallel", 1);
        LongBinaryOperator more = many.ranges("sumRange", SQUARES);
        many.call(() -> twoThreads(more, 0, 500, 500, 1000));
        assertFails(many::assertEvenParts, "asked sumRange for 2 ranges: split the numbers into exactly 1 range, one per thread");
    }

    @Test
    void sleepingInsteadOfJoiningIsNamedAndItsTotalMisses() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 2);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[2];
            Thread.ofPlatform().start(() -> parts[0] = sumRange.applyAsLong(0, 500));
            Thread.ofPlatform().start(() -> parts[1] = sumRange.applyAsLong(500, 1000));
            Thread.sleep(50);
            return parts[0] + parts[1];
        });

        assertFails(probe::assertWaitedForEveryPart, "it waited with Thread.sleep (in a lambda in SplitProbeTest");
        assertFails(() -> probe.assertTotal(total), "it returned before its threads had finished");
        probe.assertCovered(0, 1000);
    }

    @Test
    void anInterleavedSharedTotalLosesUpdatesOnEveryRun() throws Throwable {
        for (int run = 0; run < 3; run++) {
            SplitProbe probe = SplitProbe.of("parallelTotal", 4).interleave();
            IntToLongFunction value = probe.elements("value", 4000, i -> i % 7);

            long total = probe.call(() -> perElement(4000, 4, value, Adding.PLAIN));

            probe.assertCovered(0, 4000).assertRanTogether().assertWaitedForEveryPart();
            assertFails(() -> probe.assertTotal(total), "went missing. Several threads added to one total");
        }
    }

    @Test
    void aLongAdderTotalIsRightEveryTime() throws Throwable {
        for (int run = 0; run < 3; run++) {
            SplitProbe probe = SplitProbe.of("parallelTotal", 4).interleave();
            IntToLongFunction value = probe.elements("value", 4000, i -> i % 7);

            long total = probe.call(() -> perElement(4000, 4, value, Adding.ADDER));

            probe.assertCovered(0, 4000).assertTotal(total).assertRanTogether().assertWaitedForEveryPart()
                    .assertLeftNothingRunning();
        }
    }

    @Test
    void aForgottenJoinIsJudgedOnceTheThreadsHaveDoneTheirWork() throws Throwable {
        SplitProbe probe = SplitProbe.of("parallelTotal", 4);
        IntToLongFunction value = probe.elements("value", 4000, i -> 1);

        long total = probe.call(() -> {
            LongAdder sum = new LongAdder();
            for (int t = 0; t < 4; t++) {
                int from = 1000 * t;
                Thread.ofPlatform().start(() -> IntStream.range(from, from + 1000).forEach(i -> sum.add(value.applyAsLong(i))));
            }
            return sum.sum();
        });

        assertFails(probe::assertWaitedForEveryPart, "parallelTotal returned while its threads were still computing: "
                + "did you forget join()?");
        probe.assertCovered(0, 4000).assertRanTogether();
        assertFails(() -> probe.assertTotal(total), "it returned before its threads had finished");
    }

    @Test
    void joiningOnlyTheLastThreadIsSeenReturningBeforeTheOthersComputed() throws Throwable {
        SplitProbe probe = SplitProbe.of("sumInParallel", 4).patience(SHORT);
        LongBinaryOperator sumRange = probe.ranges("sumRange", SQUARES);

        long total = probe.call(() -> {
            long[] parts = new long[4];
            Thread last = null;
            for (int t = 0; t < 4; t++) {
                int slot = t;
                last = Thread.ofPlatform().start(() -> parts[slot] = sumRange.applyAsLong(250L * slot, 250L * slot + 250));
            }
            last.join();
            return LongStream.of(parts).sum();
        });

        assertFails(probe::assertWaitedForEveryPart, "sumInParallel returned while its threads were still computing: "
                + "did you forget join()?");
        probe.assertCovered(0, 1000).assertRanTogether();
        assertFails(() -> probe.assertTotal(total), "it returned before its threads had finished");
    }

    @Test
    void aLockHeldAroundTheWorkIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("parallelTotal", 3).patience(SHORT).interleave();
        IntToLongFunction value = probe.elements("value", 300, i -> i);

        long total = probe.call(() -> perElement(300, 3, value, Adding.LOCKED));

        probe.assertCovered(0, 300).assertTotal(total);
        assertFails(probe::assertRanTogether, "value was called while holding a lock (synchronized in a lambda in SplitProbeTest.perElement)");
    }

    @Test
    void missingAndRepeatedElementsAreNamed() throws Throwable {
        SplitProbe missing = SplitProbe.of("parallelTotal", 1);
        IntToLongFunction value = missing.elements("value", 10, i -> i);
        missing.call(() -> LongStream.range(0, 9).map(i -> value.applyAsLong((int) i)).sum());
        assertFails(() -> missing.assertCovered(0, 10), "value(i) was never called for 1 of the 10 numbers, i = [9]");

        SplitProbe twice = SplitProbe.of("parallelTotal", 1);
        IntToLongFunction again = twice.elements("value", 3, i -> i);
        twice.call(() -> again.applyAsLong(0) + again.applyAsLong(1) + again.applyAsLong(2) + again.applyAsLong(2));
        assertFails(() -> twice.assertCovered(0, 3), "more than once for 1 of the 3 numbers, i = [2]");
    }

    @Test
    void forkComputeJoinRunsHalvesSideBySideWithinTheThreshold() throws Throwable {
        SplitProbe probe = SplitProbe.of("compute", 2);
        LongBinaryOperator leaf = probe.ranges("leaf", SQUARES);

        long total = probe.call(() -> forkJoin(1000, 50, leaf, Strategy.FORK_COMPUTE_JOIN));

        assertEquals(SQUARES_BELOW_1000, total);
        probe.assertCovered(0, 1000).assertTotal(total).assertLeavesAtMost(50).assertForked();
    }

    @Test
    void joiningTheForkedHalfRightAwayIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("compute", 2).patience(SHORT);
        LongBinaryOperator leaf = probe.ranges("leaf", SQUARES);

        long total = probe.call(() -> forkJoin(1000, 50, leaf, Strategy.JOIN_RIGHT_AFTER_FORK));

        probe.assertCovered(0, 1000).assertTotal(total).assertLeavesAtMost(50);
        assertFails(probe::assertForked, "compute() joined the half it had forked before computing the other one");
    }

    @Test
    void computingBothHalvesIsNamed() throws Throwable {
        SplitProbe probe = SplitProbe.of("compute", 2).patience(SHORT);
        LongBinaryOperator leaf = probe.ranges("leaf", SQUARES);

        probe.call(() -> forkJoin(1000, 50, leaf, Strategy.COMPUTE_BOTH));

        assertFails(probe::assertForked, "compute() computed both halves itself, one after the other");
    }

    @Test
    void noThresholdAndNoSplitAreNamed() throws Throwable {
        SplitProbe tiny = SplitProbe.of("compute", 2);
        LongBinaryOperator leaf = tiny.ranges("leaf", SQUARES);
        long total = tiny.call(() -> forkJoin(1000, 1, leaf, Strategy.FORK_COMPUTE_JOIN));
        tiny.assertCovered(0, 1000).assertTotal(total).assertForked();
        assertFails(() -> tiny.assertLeavesAtMost(50), "called leaf for ranges of 1 number (1,000 calls, where about 40 would do)");

        SplitProbe whole = SplitProbe.of("compute", 2).patience(SHORT);
        LongBinaryOperator once = whole.ranges("leaf", SQUARES);
        whole.call(() -> forkJoin(1000, 5000, once, Strategy.FORK_COMPUTE_JOIN));
        assertFails(() -> whole.assertLeavesAtMost(50), "it never split the range");
        assertFails(whole::assertForked, "there was only one leaf");
    }

    @Test
    void misuseIsRefusedWithTheRule() {
        assertThrows(IllegalArgumentException.class, () -> SplitProbe.of(" ", 2));
        assertThrows(IllegalArgumentException.class, () -> SplitProbe.of("sum", 0));
        SplitProbe probe = SplitProbe.of("sum", 2);
        assertThrows(IllegalStateException.class, () -> probe.call(() -> 1));
        probe.ranges("part", SQUARES);
        assertThrows(IllegalStateException.class, () -> probe.patience(SHORT));
        assertThrows(IllegalStateException.class, () -> probe.ranges("again", SQUARES));
        assertThrows(IllegalStateException.class, probe::assertEvenParts);
    }

    // --- answers, as learners write them ---

    /** A thread per range, each sum in a slot of its own; {@code dropRemainder}: n / threads per range, no rest. */
    private static long threadPerRange(long n, int threads, LongBinaryOperator sumRange, boolean dropRemainder)
            throws InterruptedException {
        long[] parts = new long[threads];
        List<Thread> started = new ArrayList<>();
        long chunk = n / threads;
        for (int t = 0; t < threads; t++) {
            int slot = t;
            long from = t * chunk;
            long to = t == threads - 1 && !dropRemainder ? n : from + chunk;
            started.add(Thread.ofPlatform().start(() -> parts[slot] = sumRange.applyAsLong(from, to)));
        }
        for (Thread thread : started) {
            thread.join();
        }
        return LongStream.of(parts).sum();
    }

    private static long twoThreads(LongBinaryOperator sumRange, long a, long b, long c, long d) throws InterruptedException {
        long[] parts = new long[2];
        Thread one = Thread.ofPlatform().start(() -> parts[0] = sumRange.applyAsLong(a, b));
        Thread two = Thread.ofPlatform().start(() -> parts[1] = sumRange.applyAsLong(c, d));
        one.join();
        two.join();
        return parts[0] + parts[1];
    }

    private enum Adding { PLAIN, ADDER, LOCKED }

    /** A thread per share of the numbers, each adding value(i) to one total as it goes. */
    private static long perElement(int n, int threads, IntToLongFunction value, Adding adding) throws InterruptedException {
        long[] plain = new long[1];
        LongAdder adder = new LongAdder();
        Object lock = new Object();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = n * t / threads;
            int to = n * (t + 1) / threads;
            started.add(Thread.ofPlatform().start(() -> {
                for (int i = from; i < to; i++) {
                    switch (adding) {
                        case PLAIN -> plain[0] += value.applyAsLong(i);
                        case ADDER -> adder.add(value.applyAsLong(i));
                        case LOCKED -> {
                            synchronized (lock) {
                                plain[0] += value.applyAsLong(i);
                            }
                        }
                    }
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
        return adding == Adding.ADDER ? adder.sum() : plain[0];
    }

    private enum Strategy { FORK_COMPUTE_JOIN, JOIN_RIGHT_AFTER_FORK, COMPUTE_BOTH }

    private static long forkJoin(long n, long threshold, LongBinaryOperator leaf, Strategy strategy) {
        try (ForkJoinPool pool = new ForkJoinPool(4)) {
            return pool.invoke(new RangeSum(0, n, threshold, leaf, strategy));
        }
    }

    /** A learner's RecursiveTask: halves until a range is no longer than the threshold. */
    private static final class RangeSum extends RecursiveTask<Long> {
        private final long from;
        private final long to;
        private final long threshold;
        private final LongBinaryOperator leaf;
        private final Strategy strategy;

        RangeSum(long from, long to, long threshold, LongBinaryOperator leaf, Strategy strategy) {
            this.from = from;
            this.to = to;
            this.threshold = threshold;
            this.leaf = leaf;
            this.strategy = strategy;
        }

        @Override
        protected Long compute() {
            if (to - from <= threshold) {
                return leaf.applyAsLong(from, to);
            }
            long mid = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, mid, threshold, leaf, strategy);
            RangeSum right = new RangeSum(mid, to, threshold, leaf, strategy);
            return switch (strategy) {
                case FORK_COMPUTE_JOIN -> {
                    left.fork();
                    long r = right.compute();
                    yield left.join() + r;
                }
                case JOIN_RIGHT_AFTER_FORK -> {
                    left.fork();
                    long l = left.join();
                    yield l + right.compute();
                }
                case COMPUTE_BOTH -> left.compute() + right.compute();
            };
        }
    }

    private static String assertFails(Runnable assertion, String expected) {
        AssertionFailedError error = assertThrows(AssertionFailedError.class, assertion::run);
        assertTrue(error.getMessage().contains(expected), () -> "expected feedback containing \"" + expected
                + "\", was: " + error.getMessage());
        return error.getMessage();
    }
}
