package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a {@link CrawlProbe} tells the learner about a mistake it saw, in the learner's terms. */
final class CrawlFeedback {

    private CrawlFeedback() {
    }

    static Optional<String> withinBound(String answer, int bound, int peak) {
        if (peak <= bound) {
            return Optional.empty();
        }
        return Optional.of(answer + " had " + peak + " fetches in flight at the same moment, but its limit (maxInFlight)"
                + " was " + bound + ": a server asked for too much at once slows down or refuses. Bound them: a Semaphore"
                + " of maxInFlight permits, acquired before each fetch and released in finally, or a pool of maxInFlight"
                + " threads for the fetches.");
    }

    static Optional<String> reachedBound(String answer, int bound, int pages, int peak, Map<Thread, ThreadKind> kinds) {
        int target = Math.min(bound, pages);
        if (peak >= target) {
            return Optional.empty();
        }
        if (!kinds.isEmpty() && kinds.values().stream().allMatch(k -> k == ThreadKind.CALLER)) {
            return Optional.of(answer + " fetched every page on the thread that called it, one after another (at most 1"
                    + " in flight although " + target + " were allowed): the waits add up. Fetch on threads of their own,"
                    + " such as a virtual thread per page, bounded by a Semaphore.");
        }
        if (kinds.values().stream().anyMatch(ThreadKind::shared)) {
            return Optional.of(answer + " had at most " + peak + " fetch" + (peak == 1 ? "" : "es") + " in flight at once"
                    + " although " + target + " were allowed: it fetched on the shared common pool (a parallel stream, or"
                    + " supplyAsync without an executor), which has one worker fewer than the cores and is made for"
                    + " computing, not waiting. Give the fetches threads of their own (virtual threads).");
        }
        if (peak <= 1) {
            return Optional.of(answer + " never had more than 1 fetch in flight although " + target + " were allowed:"
                    + " did you wait for each fetch (get(), join()) before starting the next? Start them all, bounded by"
                    + " the limit, then wait.");
        }
        return Optional.of(answer + " had at most " + peak + " fetches in flight at once although " + target + " were"
                + " allowed and pages were waiting: the limit is maxInFlight, not a number of your own (a pool of "
                + peak + " threads?). Let exactly maxInFlight fetches run at once.");
    }

    static Optional<String> analysisOff(String answer, Set<Thread> fetchThreads, Map<Thread, ThreadKind> analysis) {
        List<Thread> shared = analysis.keySet().stream().filter(fetchThreads::contains).toList();
        if (!shared.isEmpty()) {
            return Optional.of(answer + " ran the analysis (CPU work) on threads that also fetched ("
                    + ProbeFacts.names(shared, 3) + "): while such a thread computes, it is not waiting for a page, and"
                    + " the I/O side stalls. Hand each body to a pool of platform threads for computing (through a"
                    + " BlockingQueue, or thenApplyAsync(analyze, cpuPool)); thenApply without Async runs on the"
                    + " fetching thread.");
        }
        List<Thread> virtual = analysis.keySet().stream().filter(Thread::isVirtual).toList();
        if (!virtual.isEmpty()) {
            boolean nameless = virtual.stream().allMatch(t -> t.getName().isBlank());
            String which = nameless ? (virtual.size() == 1 ? "a virtual thread" : virtual.size() + " virtual threads")
                    : "virtual threads (" + ProbeFacts.names(virtual, 3) + ")";
            return Optional.of(answer + " ran the analysis (CPU work) on " + which + ": virtual threads are for waiting; one that computes holds a carrier thread that the waiting"
                    + " ones need to go on. Compute on a pool of platform threads, such as"
                    + " Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors()).");
        }
        if (analysis.containsValue(ThreadKind.CALLER)) {
            return Optional.of(answer + " ran the analysis (CPU work) on the thread that called it: that thread computes"
                    + " alone while the cores could share the work, and a stage such as thenApply that finds its page"
                    + " already fetched runs there too. Submit each analysis to a pool of platform threads sized to the"
                    + " cores (Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())).");
        }
        return Optional.empty();
    }

    static Optional<String> leftNothing(String answer, Leftovers.Found found) {
        if (!found.threads().isEmpty()) {
            int k = found.threads().size();
            return Optional.of(answer + " left " + k + (k == 1 ? " thread" : " threads") + " running after it returned ("
                    + ProbeFacts.names(found.threads(), 4) + "): close every executor it opens (try-with-resources"
                    + " waits for the tasks, then ends the threads), and join any thread it starts; a consumer waiting"
                    + " on a queue needs a poison pill to stop.");
        }
        if (!found.executors().isEmpty()) {
            return Optional.of(answer + " never closed " + found.executors().getFirst() + " that it created: open it in"
                    + " try-with-resources, so that close() waits for its tasks and releases it.");
        }
        return Optional.empty();
    }

    /** Up to three of {@code items}, quoted, and how many more. */
    static String some(Collection<String> items) {
        List<String> quoted = new ArrayList<>();
        items.stream().limit(3).forEach(i -> quoted.add("\"" + i + "\""));
        String more = items.size() > 3 ? " and " + (items.size() - 3) + " more" : "";
        return String.join(", ", quoted) + more;
    }
}
