package dev.threadlab.toolkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a {@link TaskProbe} saw into feedback a learner can act on: the mistake named in their terms
 * ({@code join()} right after {@code start()}, a parallel stream, a pool of two, a sleep instead of a
 * wait), then what to do. Each method answers empty when the requirement held. Stateless apart from the
 * facts it judges.
 */
final class ProbeFeedback {

    private final String answer;
    private final ProbeFacts facts;

    ProbeFeedback(String answer, ProbeFacts facts) {
        this.answer = answer;
        this.facts = facts;
    }

    /** Every task ran exactly once and had finished when the answer returned. */
    Optional<String> waitedForEveryTask() {
        Optional<String> ran = everyTaskRanOnce();
        if (ran.isPresent()) {
            return ran;
        }
        List<ProbeFacts.Task> running = facts.unfinishedAtReturn();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        String head = answer + " returned before " + Text.count(running.size()) + " of its " + count(facts.tasks().size())
                + " had finished: ";
        if (facts.sleptIn() != null) {
            return Optional.of(head + "it waited with Thread.sleep (in " + facts.sleptIn() + "), which only guesses "
                    + "how long the tasks take. Wait for the tasks themselves: " + howToWait());
        }
        return Optional.of(head + (facts.usedExecutor() ? "did you forget to wait for them? " : "did you forget join()? ")
                + capitalized(howToWait()));
    }

    private Optional<String> everyTaskRanOnce() {
        List<ProbeFacts.Task> never = facts.neverRan();
        if (never.size() == facts.tasks().size() && !never.isEmpty()) {
            return Optional.of(answer + " returned without running any of its " + count(never.size()) + ". A thread "
                    + "runs only once start() is called, and a stream does nothing until a terminal operation "
                    + "(forEach, toList) asks for its elements: did you create the threads but never start them?");
        }
        if (!never.isEmpty()) {
            return Optional.of(ProbeFacts.labels(never) + (never.size() == 1 ? " never ran" : " never ran") + ": "
                    + answer + " must run every task it is given.");
        }
        List<ProbeFacts.Task> twice = facts.ranMoreThanOnce();
        if (!twice.isEmpty()) {
            ProbeFacts.Task first = twice.getFirst();
            return Optional.of(ProbeFacts.labels(twice) + " ran " + (first.runs() == 2 ? "twice" : first.runs() + " times")
                    + " (on " + where(first) + ", then on " + String.join(", ", first.laterThreads()) + "): run each "
                    + "task exactly once; start() or submit() it, and do not also call run() or submit it again.");
        }
        return Optional.empty();
    }

    /** Ran together: all at the same moment, each on a thread of its own, none on the caller or the common pool. */
    Optional<String> ranTogether() {
        int n = facts.tasks().size();
        Optional<String> ran = everyTaskRanOnce();
        if (ran.isPresent()) {
            return ran;
        }
        Map<ThreadKind, List<ProbeFacts.Task>> kinds = facts.byKind();
        List<ProbeFacts.Task> onCaller = kinds.getOrDefault(ThreadKind.CALLER, List.of());
        List<ProbeFacts.Task> shared = facts.ran().stream().filter(t -> t.kind().shared()).toList();
        boolean parallelStream = facts.ran().stream().anyMatch(t -> t.via().equals(ThreadKind.PARALLEL_STREAM));
        if (!shared.isEmpty() || parallelStream) {
            return Optional.of(sharedPool(shared, !onCaller.isEmpty()));
        }
        boolean runNotStart = onCaller.stream().anyMatch(t -> t.via().equals(ThreadKind.THREAD_RUN));
        if (onCaller.size() == n) {
            return Optional.of("every task ran on the thread that called " + answer + ", one after another: " + (runNotStart
                    ? "run() runs a task right where you call it. Call start() instead, which runs it on the new thread."
                    : "nothing started a thread for it. Start a thread for every task, or submit every task to an "
                            + "executor, and only then wait for them."));
        }
        if (!onCaller.isEmpty()) {
            return Optional.of(ProbeFacts.labels(onCaller) + " ran on the thread that called " + answer + (runNotStart
                    ? " (run() instead of start()?)" : ", called right there with no thread started for it") + ", so "
                    + (onCaller.size() == 1 ? "it" : "they") + " never ran beside the others: start a thread for every task.");
        }
        if (facts.gateOpened()) {
            return Optional.empty();
        }
        List<Thread> threads = facts.threads();
        if (threads.size() < n && !facts.usedExecutor()) {
            return Optional.of("the " + n + " tasks ran on only " + threads.size() + (threads.size() == 1 ? " thread (" : " threads (")
                    + ProbeFacts.names(threads, 4) + "), at most " + facts.peak() + " at once: every task needs a thread "
                    + "of its own, started for it.");
        }
        if (threads.size() < n) {
            return Optional.of("at most " + facts.peak() + " of the " + n + " tasks ran at once, on " + threads.size()
                    + (threads.size() == 1 ? " thread (" : " threads (") + ProbeFacts.names(threads, 4) + "): a pool of "
                    + threads.size() + " runs " + threads.size() + " task" + (threads.size() == 1 ? "" : "s")
                    + " at a time and queues the rest. Give every task a thread of its own: a thread per task, or "
                    + "Executors.newVirtualThreadPerTaskExecutor().");
        }
        return Optional.of(oneAfterAnother(n));
    }

    private String oneAfterAnother(int n) {
        String head = "the " + n + " tasks never all ran at the same time (at most " + facts.peak() + " at once)";
        if (facts.callerInStream()) {
            return head + ": a stream is lazy, so map(...) starts each thread only when the next step asks for it, "
                    + "right before waiting for it. Collect the started threads into a list first (toList()), then "
                    + "wait for them.";
        }
        if (facts.callerWaits().contains(CallerWait.JOIN)) {
            return head + ": did you call join() right after start()? Start them all first, then join them all.";
        }
        if (facts.callerWaits().contains(CallerWait.FUTURE)) {
            return head + ": did you call get() right after submit()? Submit them all first, then get() each result.";
        }
        if (facts.callerWaits().contains(CallerWait.CLOSE)) {
            return head + ": the executor was closed right after each task was submitted (a try-with-resources block "
                    + "inside the loop?). Submit every task to one executor, then close it once.";
        }
        return head + ": start them all first, then wait for them all.";
    }

    /** The tasks ran on the common pool ({@code shared}, maybe none) or on the caller as part of a parallel stream. */
    private String sharedPool(List<ProbeFacts.Task> shared, boolean alsoCaller) {
        String via = facts.ran().stream().map(ProbeFacts.Task::via).filter(v -> !v.isEmpty() && !v.equals(ThreadKind.THREAD_RUN))
                .findFirst().orElse("");
        String where = shared.isEmpty() ? "the thread that called it, as a parallel stream does with the shared "
                + "ForkJoin common pool"
                : shared.getFirst().kind().sharedPlace(ProbeFacts.names(shared.stream().map(ProbeFacts.Task::thread)
                        .distinct().toList(), 3));
        alsoCaller &= !shared.isEmpty();
        String fix = via.startsWith("CompletableFuture")
                ? " Pass an executor you create and close: supplyAsync(task, executor)."
                : " Start a thread per task, or use an executor you create and close "
                        + "(Executors.newVirtualThreadPerTaskExecutor()).";
        return answer + " ran its tasks on " + where + (alsoCaller ? " and on the thread that called it" : "")
                + (via.isEmpty() ? "" : ": that is where " + via + " runs them") + ". The common pool has "
                + ThreadKind.commonPoolWorkers() + ", is shared by the whole program and is meant for computing: tasks "
                + "that wait do not belong there." + fix;
    }

    /** The results, in the order of the tasks; {@code expected} are the tasks' own results in that order. */
    Optional<String> resultsInOrder(List<?> results, List<?> expected) {
        Optional<String> ran = everyTaskRanOnce();
        if (ran.isPresent()) {
            return ran;
        }
        if (results == null) {
            return Optional.of(answer + " returned null instead of a list of " + expected.size() + " results.");
        }
        if (results.equals(expected)) {
            return Optional.empty();
        }
        String got = answer + " returned " + Text.listed(results, 6);
        List<Object> finishing = facts.finishOrder().stream().map(i -> (Object) expected.get(i)).toList();
        if (results.size() == expected.size() && sameElements(results, expected)) {
            String keep = facts.usedExecutor()
                    ? "Keep the Futures in a list in task order and get() them in that order, adding each result at the end."
                    : "Keep each result at its task's position (the Futures in a list, or an array) instead of adding it "
                            + "to a list as it arrives.";
            if (results.equals(expected.reversed())) { // tasks that run together finish last first
                String backwards = "put in backwards (add(0, result), or the Futures read from the last)";
                return Optional.of(got + ", last task first, not in the order they were given " + Text.listed(expected, 6)
                        + ". " + (results.equals(finishing)
                                ? "That is also the order the tasks finished: either each result was added as its task "
                                        + "finished, or the results were " + backwards + ". " + keep + sharedList(results)
                                : "Were the results " + backwards + "? " + keep));
            }
            if (results.equals(finishing)) {
                return Optional.of(got + ", in the order the tasks finished, not in the order they were given "
                        + Text.listed(expected, 6) + ". " + keep + sharedList(results));
            }
            if (sorted(results, expected)) {
                return Optional.of(got + ": the results sorted by their values, not in the order the tasks were given "
                        + Text.listed(expected, 6) + ". Task order is the order of the list " + answer + " was given, "
                        + "whatever the values: don't sort the results. " + keep);
            }
            return Optional.of(got + ": the right results in the wrong order; expected " + Text.listed(expected, 6) + ".");
        }
        long missing = expected.stream().filter(e -> !results.contains(e)).count();
        return Optional.of(got + " for " + count(expected.size()) + "; expected " + Text.listed(expected, 6)
                + (missing > 0 ? ": " + Text.count(missing) + " of the results " + (missing == 1 ? "is" : "are") + " missing." : ".")
                + (results.size() > 1 && finishing.stream().filter(results::contains).toList().equals(results)
                        ? sharedList(results) : ""));
    }

    /**
     * When the list the answer returned is a plain {@code ArrayList} or {@code LinkedList} whose order could
     * come from its tasks adding to it, a sentence on the data race that would be; else empty. Conditional,
     * because the probe sees the list, not which threads added to it: the caller may have filled it alone.
     */
    private static String sharedList(List<?> results) {
        if (!(results instanceof java.util.ArrayList<?> || results instanceof java.util.LinkedList<?>)) {
            return "";
        }
        return " And if the tasks added their results to that plain " + results.getClass().getSimpleName()
                + " themselves, several threads added to it at once: a data race, which loses elements now and then "
                + "(or makes add throw). Let one thread collect the results.";
    }

    /**
     * Whether {@code results} are {@code expected} sorted by natural order (either way round) while {@code expected}
     * is not. Shared by every probe's order check ({@link HttpFeedback}, {@link ProcessFeedback}, {@link PipelineFeedback}).
     */
    static boolean sorted(List<?> results, List<?> expected) {
        List<Object> ascending = new java.util.ArrayList<>(expected);
        try {
            ascending.sort(null);
        } catch (ClassCastException | NullPointerException e) { // results with no natural order cannot be sorted
            return false;
        }
        return !ascending.equals(expected) && (results.equals(ascending) || results.equals(ascending.reversed()));
    }

    private static boolean sameElements(List<?> a, List<?> b) {
        java.util.Map<Object, Integer> counts = new java.util.HashMap<>();
        a.forEach(x -> counts.merge(x, 1, Integer::sum));
        b.forEach(x -> counts.merge(x, -1, Integer::sum));
        return counts.values().stream().allMatch(c -> c == 0);
    }

    /** Nothing the answer made is alive after it returned. */
    Optional<String> leftNothingRunning(Leftovers.Found found) {
        if (!found.threads().isEmpty()) {
            int k = found.threads().size();
            boolean pool = facts.ran().stream().filter(t -> found.threads().contains(t.thread()))
                    .anyMatch(t -> t.kind().ownExecutor());
            return Optional.of(answer + " left " + k + (k == 1 ? " thread" : " threads") + " running after it returned ("
                    + ProbeFacts.names(found.threads(), 4) + "): " + (pool
                    ? "an executor that is never closed keeps its threads alive. Open it in try-with-resources "
                            + "(try (var executor = ...) { ... }): close() waits for the tasks, then ends the threads."
                    : "every thread it starts must have ended by the time it returns: join() each one."));
        }
        if (!found.executors().isEmpty()) {
            return Optional.of(answer + " never closed " + found.executors().getFirst() + " that it created: open it in "
                    + "try-with-resources (try (var executor = ...) { ... }), so that close() waits for its tasks "
                    + "and releases it.");
        }
        return Optional.empty();
    }

    /** How to wait for the tasks, for the kind of threads the answer used. */
    private String howToWait() {
        if (facts.ran().stream().anyMatch(t -> t.kind().shared())) {
            return "join() each CompletableFuture (or CompletableFuture.allOf(...).join()) before returning.";
        }
        if (facts.usedExecutor()) {
            return "call get() on each Future, or close the executor (try-with-resources waits for its tasks) "
                    + "before returning.";
        }
        return "after starting every thread, call join() on each of them before returning.";
    }

    private String where(ProbeFacts.Task task) {
        return task.kind() == ThreadKind.CALLER ? "the caller's thread" : ProbeFacts.name(task.thread());
    }

    private static String count(int n) {
        return Text.count(n) + (n == 1 ? " task" : " tasks");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
