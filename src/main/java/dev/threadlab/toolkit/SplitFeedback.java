package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Turns what a {@link SplitProbe} saw into feedback a learner can act on: the mistake in their terms (a gap
 * between ranges, a remainder dropped, a parallel stream, a lock around the work, a total updated from
 * several threads, {@code join()} right after {@code fork()}), then what to do. Each method answers empty
 * when its requirement held. Stateless apart from what it judges.
 */
final class SplitFeedback {

    private final String answer;
    private final String function;
    private final int threads;
    private final SplitCalls calls;
    private final ProbeFacts facts;
    private final long late;

    SplitFeedback(String answer, String function, int threads, SplitCalls calls, ProbeFacts facts, long late) {
        this.answer = answer;
        this.function = function;
        this.threads = threads;
        this.calls = calls;
        this.facts = facts;
        this.late = late;
    }

    /** Each number from {@code lo} to {@code hi} − 1 was handed to the work exactly once. */
    Optional<String> covered(long lo, long hi) {
        if (calls.calls() == 0) {
            return never();
        }
        int[] counts = calls.elementCounts();
        return counts == null ? rangesCover(lo, hi) : elementsCover(counts);
    }

    private Optional<String> rangesCover(long lo, long hi) {
        long next = lo;
        SplitCalls.Range before = null;
        for (SplitCalls.Range r : calls.ranges()) {
            if (r.to() < r.from()) {
                return Optional.of(answer + " asked " + function + " for " + r + ", a range that ends before it starts.");
            }
            if (r.from() > next) {
                return Optional.of("the numbers from " + next + " to " + (r.from() - 1) + " were never summed: "
                        + (before == null ? "the first range starts at " + r.from() + ", not at " + lo
                        : "the ranges " + before + " and " + r + " leave them out") + ". A range [from, to) stops "
                        + "just before to, so let each range start exactly where the one before it ends.");
            }
            if (r.from() < next) {
                return Optional.of("the numbers from " + r.from() + " to " + (Math.min(next, r.to()) - 1) + " were "
                        + "summed more than once: the ranges " + before + " and " + r + " overlap. Each number belongs "
                        + "to one range; a range [from, to) stops just before to, where the next one starts.");
            }
            next = r.to();
            before = r;
        }
        if (next == hi - 1 && before != null && (hi - lo) % threads != 1) {
            // One number short, which no remainder explains: [from, to) read as [from, to].
            return Optional.of("the last number, " + next + ", was never summed: the last range " + before + " ends at n − 1,"
                    + " but a range [from, to) stops just before to. Let the last range end at n itself.");
        }
        if (next < hi) {
            return Optional.of("the last numbers, from " + next + " to " + (hi - 1) + ", were never summed: when n is "
                    + "not a multiple of the number of threads, n / threads leaves a remainder. Let the last range end "
                    + "at n.");
        }
        if (next > hi) {
            return Optional.of("the ranges go past the end: " + before + " reaches " + next + ", but the numbers stop "
                    + "at " + (hi - 1) + ".");
        }
        return Optional.empty();
    }

    private Optional<String> elementsCover(int[] counts) {
        List<Integer> never = new ArrayList<>();
        List<Integer> twice = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                never.add(i);
            } else if (counts[i] > 1) {
                twice.add(i);
            }
        }
        String n = Text.count(counts.length);
        if (!never.isEmpty()) {
            return Optional.of(function + "(i) was never called for " + Text.count(never.size()) + " of the " + n
                    + " numbers, i = " + Text.listed(never, 4) + ": every number from 0 to n − 1 must be added once. "
                    + "When n is not a multiple of the number of threads, let the last thread take the rest.");
        }
        if (!twice.isEmpty()) {
            return Optional.of(function + "(i) was called more than once for " + Text.count(twice.size()) + " of the "
                    + n + " numbers, i = " + Text.listed(twice, 4) + ": each number belongs to one thread's share only.");
        }
        if (calls.outside() > 0) {
            return Optional.of(function + "(i) was called " + Text.count(calls.outside()) + " times with an i outside "
                    + "0 to " + (counts.length - 1) + ".");
        }
        return Optional.empty();
    }

    /** {@code total} is the sum of everything the work answered. */
    Optional<String> total(long total) {
        long answered = calls.answered();
        if (total == answered) {
            return Optional.empty();
        }
        if (calls.calls() == 0) {
            return never();
        }
        String got = answer + " returned " + Text.count(total) + ", but " + function + " answered "
                + Text.count(answered) + " in all";
        if (late > 0 || !facts.unfinishedAtReturn().isEmpty()) {
            return Optional.of(got + ": it returned before its threads had finished, so their work is missing. "
                    + "join() every thread before adding up.");
        }
        if (total > answered) {
            return Optional.of(got + ": more than the work added up to, as if some of it was counted twice.");
        }
        if (calls.elementCounts() != null) {
            return Optional.of(got + ": " + Text.count(answered - total) + " went missing. Several threads added to "
                    + "one total at the same time: total += " + function + "(i) reads the total, calls " + function
                    + "(i), adds and writes back, and what the other threads added meanwhile is overwritten (a data "
                    + "race; volatile does not make those steps one). Use a LongAdder or an AtomicLong, hold a lock "
                    + "only for the addition, or give each thread a sum of its own and add those up after join().");
        }
        List<SplitCalls.Range> parts = calls.ranges();
        int lost = lostParts(parts, total);
        return Optional.of(got + (lost > 0 ? ": the sums of " + lost + " of the " + parts.size() + " ranges are "
                + "missing. Several threads added to one shared total at the same time: total += " + function
                + "(...) reads the total, waits for " + function + ", then writes back, so what the other threads "
                + "added meanwhile is lost (a data race)." : ".") + " Give each thread a place of its own for its "
                + "sum (an array slot per thread, or a Future) and add them up after join().");
    }

    /** How many parts are missing when {@code total} is the sum of some of them (at most 16 parts), else 0. */
    private static int lostParts(List<SplitCalls.Range> parts, long total) {
        if (parts.size() > 16) {
            return 0;
        }
        int best = 0;
        for (int mask = 0; mask < (1 << parts.size()) - 1; mask++) {
            long sum = 0;
            for (int i = 0; i < parts.size(); i++) {
                sum += (mask >> i & 1) == 1 ? parts.get(i).answered() : 0;
            }
            if (sum == total) {
                best = Math.max(best, parts.size() - Integer.bitCount(mask));
            }
        }
        return best;
    }

    /** Exactly {@code threads} ranges, none much longer than another. */
    Optional<String> evenParts() {
        List<SplitCalls.Range> parts = calls.ranges();
        if (calls.calls() == 0) {
            return never();
        }
        if (parts.size() != threads) {
            return Optional.of(answer + " asked " + function + " for " + parts.size() + (parts.size() == 1 ? " range" :
                    " ranges") + ": split the numbers into exactly " + threads + (threads == 1 ? " range" : " ranges")
                    + ", one per thread.");
        }
        long smallest = parts.stream().mapToLong(SplitCalls.Range::size).min().orElse(0);
        long largest = parts.stream().mapToLong(SplitCalls.Range::size).max().orElse(0);
        if (largest > 2 * smallest + threads) {
            return Optional.of("the ranges have very different sizes (the smallest " + Text.count(smallest)
                    + " numbers, the largest " + Text.count(largest) + "): give every thread about n / threads "
                    + "numbers, so that they finish at about the same time.");
        }
        return Optional.empty();
    }

    /** {@code threads} threads of the answer's own were inside the work at once. */
    Optional<String> ranTogether() {
        List<SplitCalls.Caller> callers = calls.callers();
        if (callers.isEmpty()) {
            return never();
        }
        Optional<String> shared = sharedPool(callers);
        if (shared.isPresent()) {
            return shared;
        }
        List<SplitCalls.Caller> own = callers.stream().filter(c -> c.kind() != ThreadKind.CALLER).toList();
        boolean runNotStart = callers.stream().anyMatch(c -> c.via().equals(ThreadKind.THREAD_RUN));
        if (own.isEmpty()) {
            return Optional.of("all the work ran on the thread that called " + answer + ", one part after another: "
                    + (runNotStart ? "run() runs the code right where you call it. start() a thread for every part instead."
                    : "no thread of its own did any of it. Start a thread for every part and let it compute that part."));
        }
        if (own.size() < callers.size()) {
            return Optional.of("some of the work ran on the thread that called " + answer + (runNotStart
                    ? " (run() instead of start()?)" : ", with no thread started for it") + ", beside " + names(own)
                    + ": start a thread for every part.");
        }
        if (facts.gateOpened()) {
            return Optional.empty();
        }
        if (own.size() < threads) {
            return Optional.of("only " + own.size() + " of the " + threads + " threads did any work (" + names(own)
                    + "): " + (own.getFirst().kind() == ThreadKind.EXECUTOR_POOL ? "a pool of " + own.size()
                    + " runs " + own.size() + " at a time. " : "") + "start " + threads + " threads and give each "
                    + "one a share.");
        }
        String head = "the " + threads + " threads never all computed at the same time (at most " + facts.peak()
                + " at once)";
        Optional<SplitCalls.Caller> locked = callers.stream().filter(c -> c.heldLock() != null).findFirst();
        if (locked.isPresent()) {
            return Optional.of(head + ": " + function + " was called while holding a lock (synchronized in "
                    + locked.get().heldLock() + "), so only one thread at a time could compute. Hold a lock only for "
                    + "the addition, after " + function + " has answered, or better, let each thread add up a sum "
                    + "of its own and add those after join().");
        }
        if (facts.callerWaits().contains(CallerWait.JOIN)) {
            return Optional.of(head + ": did you call join() right after start()? Start them all first, then join "
                    + "them all.");
        }
        if (facts.callerWaits().contains(CallerWait.FUTURE)) {
            return Optional.of(head + ": did you call get() right after submit()? Submit them all first, then get() "
                    + "each result.");
        }
        return Optional.of(head + ": start them all first, then wait for them all.");
    }

    private Optional<String> sharedPool(List<SplitCalls.Caller> callers) {
        boolean stream = callers.stream().anyMatch(c -> c.via().equals(ThreadKind.PARALLEL_STREAM));
        List<SplitCalls.Caller> shared = callers.stream().filter(c -> c.kind().shared()).toList();
        if (shared.isEmpty() && !stream) {
            return Optional.empty();
        }
        int workers = ForkJoinPool.getCommonPoolParallelism();
        boolean alsoCaller = callers.stream().anyMatch(c -> c.kind() == ThreadKind.CALLER);
        List<SplitCalls.Caller> pool = callers.stream().filter(c -> c.kind() != ThreadKind.CALLER).toList();
        return Optional.of(answer + " computed on the shared ForkJoin common pool" + (stream ? ", as a parallel "
                + "stream does" : "") + " (" + (pool.isEmpty() ? "" : names(pool)) + (alsoCaller ? (pool.isEmpty() ? ""
                : " and ") + "the thread that called it" : "") + "). That is a fine way to compute in parallel, but "
                + "the common pool decides how many threads work (here its " + workers + (workers == 1 ? " worker"
                : " workers") + ", and the calling thread for a stream), not you: this exercise asks for " + threads
                + " threads that " + answer + " starts itself.");
    }

    /** Every part had finished when the answer returned. */
    Optional<String> waited() {
        if (calls.calls() == 0) {
            return never();
        }
        if (late == 0 && facts.unfinishedAtReturn().isEmpty()) {
            return Optional.empty();
        }
        String head = answer + " returned while its threads were still computing";
        if (facts.sleptIn() != null) {
            return Optional.of(head + ": it waited with Thread.sleep (in " + facts.sleptIn() + "), which only "
                    + "guesses how long they take. Wait for the threads themselves: join() each one (or get() each "
                    + "Future) before adding up.");
        }
        return Optional.of(head + ": did you forget join()? After starting every thread, join() each one (or get() "
                + "each Future, or close the executor) before adding up.");
    }

    /** No leaf longer than {@code threshold}, and not split much further than that needs. */
    Optional<String> leavesAtMost(long threshold) {
        List<SplitCalls.Range> leaves = calls.ranges();
        if (leaves.isEmpty()) {
            return never();
        }
        SplitCalls.Range longest = leaves.stream().max(Comparator.comparingLong(SplitCalls.Range::size)).orElseThrow();
        if (longest.size() > threshold) {
            return Optional.of("compute() handed " + function + " the range " + longest + " of " + Text.count(longest.size())
                    + " numbers in one go, though it is longer than the threshold (" + Text.count(threshold) + "): "
                    + (leaves.size() == 1 ? "it never split the range. " : "") + "split a range in two while it is "
                    + "longer than the threshold, and call " + function + " only for ranges that are not.");
        }
        long all = leaves.stream().mapToLong(SplitCalls.Range::size).sum();
        long needed = Math.max(1, (all + threshold - 1) / threshold);
        if (leaves.size() > 4 * needed + 4) {
            long smallest = leaves.stream().mapToLong(SplitCalls.Range::size).min().orElse(0);
            if (smallest == 1) { // split down to single numbers, or a loop that calls the function for each number
                return Optional.of("compute() called " + function + " for ranges of 1 number (" + Text.count(leaves.size())
                        + " calls, where about " + Text.count(2 * needed) + " would do): once a range is no longer than"
                        + " the threshold, hand all of it to " + function + " in one call, " + function + "(from, to),"
                        + " instead of splitting it down to single numbers or calling " + function + " for each number."
                        + " Every task, and every call, costs far more than adding a few numbers.");
            }
            return Optional.of("compute() split the work down to ranges of " + Text.count(smallest) + " number"
                    + (smallest == 1 ? "" : "s") + " (" + Text.count(leaves.size()) + " leaves, where about "
                    + Text.count(2 * needed) + " would do): stop splitting once a range is no longer than the "
                    + "threshold. Every task costs far more to make than a few numbers cost to add.");
        }
        return Optional.empty();
    }

    /** {@code threads} workers of a ForkJoinPool were inside the work at once. */
    Optional<String> forked() {
        List<SplitCalls.Caller> callers = calls.callers();
        if (callers.isEmpty()) {
            return never();
        }
        List<SplitCalls.Caller> elsewhere = callers.stream().filter(c -> c.kind() != ThreadKind.FORK_JOIN_POOL).toList();
        if (!elsewhere.isEmpty()) {
            return Optional.of(elsewhere.getFirst().kind().shared()
                    ? "some halves ran on the shared common pool (" + names(elsewhere) + ") instead of the pool that "
                    + "runs the task: fork() a half, and the worker's own pool takes it."
                    : "compute() ran halves on threads it started itself (" + names(elsewhere) + "): fork() a half "
                    + "instead, so that the pool's own workers take it.");
        }
        if (facts.gateOpened()) {
            return Optional.empty();
        }
        if (calls.ranges().size() <= 1) {
            return Optional.of("there was only one leaf, so nothing could run beside it: split a range in two while "
                    + "it is longer than the threshold.");
        }
        String head = "the halves never ran at the same time (one leaf at a time, on " + names(callers) + ")";
        if (calls.forkJoinWaits().contains("join") || calls.forkJoinWaits().contains("get")) {
            return Optional.of(head + ": compute() joined the half it had forked before computing the other one, so "
                    + "it waited for it at once. Fork one half, compute the other right here, and only then join the "
                    + "forked one.");
        }
        if (calls.forkJoinWaits().contains("invoke")) {
            return Optional.of(head + ": invoke() computes a task right where it is called and waits for it, so the "
                    + "halves ran one after another. Fork one half, compute the other here, then join the forked one "
                    + "(or invokeAll(left, right)).");
        }
        return Optional.of(head + ": compute() computed both halves itself, one after the other (compute() on "
                + "each?), so nothing was left for the other workers. fork() one half, compute the other here, then "
                + "join the forked one.");
    }

    private Optional<String> never() {
        return Optional.of(answer + " never called " + function + ": every part of the work must go through it.");
    }

    private static String names(List<SplitCalls.Caller> callers) {
        return ProbeFacts.names(callers.stream().map(SplitCalls.Caller::thread).toList(), 4);
    }
}
