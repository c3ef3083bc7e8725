package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what a {@link FutureProbe} saw into feedback on asynchronous code: a method that waited instead of
 * returning a future, tasks on the common pool or an executor other than the one given, a {@code join()}
 * inside a stage, a future that never completes, a time limit or a fallback on the wrong stage. Each method
 * answers empty when the requirement held. Stateless apart from what it judges.
 */
final class FutureFeedback {

    private final String answer;
    private final ProbeFacts facts;
    private final FutureLog log;
    private final Set<Thread> given;
    private final int handedOut;
    private final Duration grace;

    FutureFeedback(String answer, ProbeFacts facts, FutureLog log, Set<Thread> given, int handedOut, Duration grace) {
        this.answer = answer;
        this.facts = facts;
        this.log = log;
        this.given = given;
        this.handedOut = handedOut;
        this.grace = grace;
    }

    /** The answer returned a future without blocking on one and without running or waiting for its tasks. */
    Optional<String> returnedAtOnce(CompletableFuture<?> future) {
        if (future == null) {
            return Optional.of(answer + " returned null instead of a future: return the CompletableFuture your chain "
                    + "builds, so that its caller can wait for it or chain more stages on it.");
        }
        Optional<FutureLog.Blocked> byCaller = log.blocked().stream().filter(FutureLog.Blocked::byCaller).findFirst();
        if (byCaller.isPresent()) {
            return Optional.of(waitedFor(byCaller.get()));
        }
        List<ProbeFacts.Task> done = facts.ran().stream().filter(ProbeFacts.Task::finishedBeforeReturn).toList();
        if (done.isEmpty()) {
            return Optional.empty();
        }
        List<ProbeFacts.Task> onCaller = done.stream().filter(t -> t.kind() == ThreadKind.CALLER).toList();
        if (!onCaller.isEmpty()) {
            return Optional.of(answer + " ran " + ProbeFacts.labels(onCaller) + " itself, on the thread that called it "
                    + "(task.get() right there), before returning. Hand every task to supplyAsync(task, executor): it "
                    + "runs the task on the executor and returns a future at once.");
        }
        return Optional.of(answer + " returned only after " + Text.count(done.size()) + " of its "
                + Text.count(handedOut) + " tasks had finished: " + howItWaited() + ". Return the future at once: "
                + "CompletableFuture.allOf(...) makes one future of them all without waiting, and thenApply(...) turns "
                + "it into the results.");
    }

    private String howItWaited() {
        if (facts.sleptIn() != null) {
            return "it waited with Thread.sleep (in " + facts.sleptIn() + ")";
        }
        if (facts.callerWaits().contains(CallerWait.CLOSE)) {
            return "it closed an executor before returning (try-with-resources inside " + answer + "?), and close() "
                    + "waits for every task. Use the executor " + answer + " is given, which its owner closes";
        }
        if (facts.callerWaits().contains(CallerWait.FUTURE)) {
            return "it waited for them with join() or get()";
        }
        return "it waited for them";
    }

    private String waitedFor(FutureLog.Blocked blocked) {
        return answer + " waited for " + blocked.future() + " with " + blocked.method() + in(blocked.where())
                + " before returning: that blocks the thread that called it until the answer arrives, the very wait a "
                + "future is there to avoid. Build the chain without waiting (thenApply, thenCompose) and return it.";
    }

    /** Why the answer never returned: it blocked on a future of a service that never answers. */
    String waitedForSilence() {
        FutureLog.Blocked blocked = log.blocked().stream().filter(FutureLog.Blocked::byCaller).findFirst().orElseThrow();
        return answer + " waited for " + blocked.future() + " with " + blocked.method() + in(blocked.where())
                + " before returning, and " + String.join(" and ", log.unanswered()) + " never answers: so " + answer
                + " itself would never have returned (the check gave up on it after " + Text.duration(grace) + "), and "
                + "no time limit on the chain could help. Build the chain without waiting (thenApply, thenCompose) and "
                + "return it at once.";
    }

    /** The future completed, and only once every task had finished. */
    Optional<String> completedAfterEveryTask(FutureProbe.Outcome outcome) {
        if (!outcome.done()) {
            return Optional.of(pending());
        }
        List<ProbeFacts.Task> never = facts.neverRan();
        if (!never.isEmpty()) {
            return Optional.of(ProbeFacts.labels(never) + " never ran: " + answer + " must start every task it is given.");
        }
        if (handedOut > 0 && outcome.finished() < handedOut) {
            return Optional.of(answer + "'s future completed when only " + outcome.finished() + " of its " + handedOut
                    + " tasks had finished: it must complete once they all have, as CompletableFuture.allOf(...) does "
                    + "(anyOf completes with the first one).");
        }
        return Optional.empty();
    }

    /** Every task ran once, all at the same moment, each on the executor the answer was given. */
    Optional<String> ranTogetherOnExecutor() {
        List<ProbeFacts.Task> never = facts.neverRan();
        if (!never.isEmpty()) {
            return Optional.of(never.size() == facts.tasks().size()
                    ? answer + " never ran any of its " + Text.count(never.size()) + " tasks: supplyAsync(task, executor) starts each one."
                    : ProbeFacts.labels(never) + " never ran: " + answer + " must start every task it is given.");
        }
        List<ProbeFacts.Task> twice = facts.ranMoreThanOnce();
        if (!twice.isEmpty()) {
            return Optional.of(ProbeFacts.labels(twice) + " ran more than once: start each task exactly once.");
        }
        List<ProbeFacts.Task> shared = facts.ran().stream().filter(t -> t.kind().shared()).toList();
        if (!shared.isEmpty()) {
            return Optional.of(commonPool(shared));
        }
        List<ProbeFacts.Task> onCaller = facts.ran().stream().filter(t -> t.kind() == ThreadKind.CALLER).toList();
        if (!onCaller.isEmpty()) {
            return Optional.of(ProbeFacts.labels(onCaller) + " ran on the thread that called " + answer + " (task.get() "
                    + "right there?), not on the executor: hand every task to supplyAsync(task, executor).");
        }
        List<ProbeFacts.Task> elsewhere = facts.ran().stream().filter(t -> !given.contains(t.thread())).toList();
        if (!elsewhere.isEmpty()) {
            List<Thread> threads = elsewhere.stream().map(ProbeFacts.Task::thread).distinct().toList();
            boolean pool = elsewhere.stream().anyMatch(t -> t.kind().ownExecutor());
            return Optional.of(answer + " ran " + (elsewhere.size() == facts.tasks().size() ? "its tasks"
                    : ProbeFacts.labels(elsewhere)) + " on " + (pool ? "an executor it created itself" : "threads it "
                    + "started itself") + " (" + ProbeFacts.names(threads, 3) + "), not on the executor it was given: "
                    + "pass that one to supplyAsync(task, executor). Whoever calls " + answer + " chose it for this "
                    + "work, and closes it when done.");
        }
        if (facts.gateOpened()) {
            return Optional.empty();
        }
        String head = "the " + Text.count(facts.tasks().size()) + " tasks never all ran at the same time (at most " + facts.peak()
                + " at once)";
        List<Thread> threads = facts.threads();
        if (threads.size() < facts.tasks().size() && !facts.callerWaits().contains(CallerWait.FUTURE)) {
            return Optional.of(head + ", on only " + threads.size() + (threads.size() == 1 ? " thread" : " threads")
                    + " of the executor (" + ProbeFacts.names(threads, 3) + "): a single supplyAsync that runs every "
                    + "task gets a single thread. Give each task its own: supplyAsync(task, executor) for each.");
        }
        if (facts.callerWaits().contains(CallerWait.FUTURE)) {
            return Optional.of(head + ": did you join() each future right after supplyAsync? Start every task first, "
                    + "keeping the futures in a list, then combine them with CompletableFuture.allOf(...), which waits "
                    + "for them all without blocking anyone.");
        }
        return Optional.of(head + ": start every task first (supplyAsync for each), then combine the futures.");
    }

    private String commonPool(List<ProbeFacts.Task> shared) {
        String where = shared.getFirst().kind().sharedPlace(ProbeFacts.names(shared.stream()
                .map(ProbeFacts.Task::thread).distinct().toList(), 3));
        boolean stream = shared.stream().anyMatch(t -> t.via().equals(ThreadKind.PARALLEL_STREAM));
        return answer + " ran its tasks on " + where + ": that is where " + (stream ? "a parallel stream runs them"
                : "supplyAsync(task) runs them when it is given no executor") + ". The common pool has "
                + ThreadKind.commonPoolWorkers() + ", is shared by the whole program and is meant for computing: "
                + "tasks that wait hold its few workers and hold up everyone else who uses it. Pass the executor " + answer + " is given: supplyAsync(task, executor).";
    }

    /** The future completed normally (for waiting on its value). */
    Optional<String> completedNormally(FutureProbe.Outcome outcome) {
        if (!outcome.done()) {
            return Optional.of(pending());
        }
        if (outcome.failure() != null) {
            return Optional.of(answer + "'s future completed exceptionally with " + describe(outcome.failure())
                    + " instead of a result.");
        }
        return Optional.empty();
    }

    /** The future completed exceptionally, carrying a task's own failure. */
    Optional<String> completedWithTaskFailure(FutureProbe.Outcome outcome) {
        List<ProbeFacts.Task> failed = facts.tasks().stream().filter(t -> t.threw() != null).toList();
        if (failed.isEmpty()) {
            return Optional.of(answer + " never ran the task that fails, so there was no failure to pass on: run every "
                    + "task it is given.");
        }
        ProbeFacts.Task task = failed.getFirst();
        String failure = task.label() + " threw " + describe(task.threw());
        if (!outcome.done()) {
            return Optional.of(failure + ", and " + answer + "'s future never completed (still pending "
                    + Text.duration(grace) + " after the last task ended): a failed task must complete it "
                    + "exceptionally, as CompletableFuture.allOf(...) does once all have ended.");
        }
        if (outcome.failure() == null) {
            return Optional.of(failure + ", yet " + answer + "'s future completed normally with "
                    + shown(outcome.value()) + ": the failure was swallowed (did exceptionally or handle turn it into a "
                    + "value?). Let the future complete exceptionally: allOf(...) fails when one of its futures fails, "
                    + "and so does thenApply(...) after it.");
        }
        Map<Throwable, Boolean> chain = new IdentityHashMap<>();
        for (Throwable t = outcome.failure(); t != null && !chain.containsKey(t) && chain.size() < 20; t = t.getCause()) {
            chain.put(t, Boolean.TRUE);
        }
        if (failed.stream().anyMatch(t -> chain.containsKey(t.threw()))) {
            return Optional.empty();
        }
        return Optional.of(answer + "'s future completed exceptionally with " + describe(outcome.failure()) + ", but "
                + failure + " and that is not among its causes: whoever handles it cannot tell what went wrong. Let the "
                + "task's own exception through.");
    }

    /**
     * The answer threw {@code thrown}, which is or carries {@code failure}, the failure of one of the probe's tasks or
     * services, instead of returning a future that completes exceptionally with it.
     */
    String threwTaskFailure(Throwable thrown, Throwable failure) {
        List<ProbeFacts.Task> failed = facts.tasks().stream().filter(t -> t.threw() == failure).toList();
        String task = failed.isEmpty() ? "a task" : failed.getFirst().label();
        String why;
        String cure = "Return the future at once, with no join() or get() in " + answer;
        if (thrown instanceof CompletionException) {
            why = task + " threw " + describe(failure) + ", and " + answer + " waited for it with join(), which throws "
                    + "CompletionException when the task failed";
        } else if (thrown instanceof ExecutionException) {
            why = task + " threw " + describe(failure) + ", and " + answer + " waited for it with get(), which throws "
                    + "ExecutionException when the task failed";
        } else if (!failed.isEmpty() && failed.getFirst().kind() == ThreadKind.CALLER) {
            why = "it ran " + task + " itself, on the thread that called it (task.get() right there), so the task's "
                    + "exception came straight out of " + answer;
            cure = "Hand every task to supplyAsync(task, executor) and return the future at once";
        } else {
            why = task + " threw it, and " + answer + " let it out";
        }
        String what = thrown == failure ? describe(thrown) : StackText.className(thrown.getClass().getName());
        return answer + " threw " + what + " instead of returning a future that completes exceptionally: " + why + ". "
                + cure + ": a task's failure then "
                + "completes that future exceptionally (CompletableFuture.allOf(...) and the stages after it do that by "
                + "themselves), and whoever waits for it gets the failure.";
    }

    /** The future completed with {@code expected}; {@code limit} is the time limit the answer was given, or null. */
    Optional<String> completedWith(Object expected, FutureProbe.Outcome outcome, Duration limit) {
        if (limit != null && log.freed()) {
            return Optional.of(waitedForSilence());
        }
        if (!outcome.done()) {
            return Optional.of(limit == null ? pending() : notInTime(expected, limit));
        }
        Throwable failure = outcome.failure();
        if (failure != null) {
            if (failure instanceof TimeoutException && log.limits().stream().anyMatch(p -> p.method().equals("orTimeout"))) {
                return Optional.of(answer + "'s future completed exceptionally with TimeoutException: orTimeout fails "
                        + "the future when the time is up. Give the fallback instead: completeOnTimeout(" + shown(expected)
                        + ", …), or recover after orTimeout with exceptionally(e -> " + shown(expected) + ").");
            }
            return Optional.of(answer + "'s future completed exceptionally with " + describe(failure) + " instead of "
                    + shown(expected) + ": " + missedFallback(expected));
        }
        if (!Objects.equals(expected, outcome.value())) {
            if (limit != null && outcome.after().compareTo(limit) > 0 && log.unanswered().isEmpty()) {
                return Optional.of(pastTheLimit(expected, outcome, limit));
            }
            return Optional.of(answer + "'s future completed with " + shown(outcome.value()) + ", expected "
                    + shown(expected) + futureOfAFuture(outcome.value()));
        }
        Duration early = limit == null ? null : limit.multipliedBy(9).dividedBy(10);
        Duration shortest = log.shortestLimit();
        if (early != null && log.onlyTheLimitCanEnd() && shortest != null && shortest.compareTo(early) < 0
                && outcome.after().compareTo(early) < 0) {
            // The chain's own limit was shorter than the one given, and it gave the fallback (a timer is never early).
            return Optional.of(answer + "'s future completed with " + shown(expected) + " " + Text.duration(outcome.after())
                    + " after " + answer + " was called, before its limit of " + Text.duration(limit) + " was up: the "
                    + "time limit put on the chain was " + (shortest.isZero() ? "0 s" : Text.duration(shortest)) + ", so an answer that came in time "
                    + "would have been thrown away. Was the limit rounded (toSeconds() makes 0 of anything under a "
                    + "second)? Give it whole: limit.toMillis(), TimeUnit.MILLISECONDS.");
        }
        return Optional.empty();
    }

    /**
     * Why a chain completed with the wrong value when a stage got a future instead of a value (thenApply where
     * thenCompose was needed): it read that future before it had completed, or made text of the future itself.
     */
    private String futureOfAFuture(Object value) {
        List<FutureLog.Placed> peeked = log.peeked();
        String nested = "A stage whose function returns a future (thenApply(x -> call(x))) gives a future of a "
                + "future; chain it with thenCompose(x -> call(x)), so that the next stage runs once that future "
                + "has completed, with its value.";
        if (!peeked.isEmpty()) {
            FutureLog.Placed first = peeked.getFirst();
            return ": " + answer + " read " + first.future() + "'s future with " + first.method()
                    + " before it had completed. " + nested;
        }
        if (value != null && String.valueOf(value).contains("CompletableFuture")) {
            return ": that is the text of a future, not of its value. " + nested;
        }
        return ".";
    }

    /**
     * The future completed with another value than {@code expected} after its {@code limit} was up, every service
     * having answered: the whole took longer than the limit, and no limit covered it.
     */
    private String pastTheLimit(Object expected, FutureProbe.Outcome outcome, Duration limit) {
        String head = answer + "'s future completed with " + shown(outcome.value()) + " " + Text.duration(outcome.after())
                + " after " + answer + " was called, past its limit of " + Text.duration(limit) + ", instead of "
                + shown(expected) + " soon after the limit: " + String.join(" and ", log.requests())
                + " answered one after the other, and the whole took longer than the limit";
        List<FutureLog.Placed> limits = log.limits();
        List<String> timedWaits = log.blocked().stream().filter(b -> b.method().equals("get(timeout)"))
                .map(FutureLog.Blocked::future).distinct().toList();
        if (limits.isEmpty() && !timedWaits.isEmpty()) {
            return head + ": get(timeout) waited for " + String.join(" and for ", timedWaits) + " with the limit each, "
                    + "so that each wait may take the whole limit. Put one time limit on the last stage of a chain, the "
                    + "future you return: completeOnTimeout(" + shown(expected) + ", limit.toMillis(), "
                    + "TimeUnit.MILLISECONDS).";
        }
        if (limits.isEmpty()) {
            return head + ", and no time limit was put on the chain. Add completeOnTimeout(" + shown(expected)
                    + ", limit.toMillis(), TimeUnit.MILLISECONDS) to its last stage, the future you return.";
        }
        Duration shortest = log.shortestLimit();
        if (shortest.compareTo(limit) > 0) {
            return head + ", and the time limit put on the chain was " + Text.duration(shortest) + tooLong();
        }
        List<String> where = limits.stream().map(FutureLog.Placed::future).distinct().toList();
        String method = limits.getFirst().method();
        return head + ": the time limit (" + method + ") was put on " + String.join(" and on ", where) + ", "
                + (where.size() > 1 ? "each a part of the chain, so that each part may take the whole limit"
                        : "a part of the chain, so that the rest is not covered")
                + ". Put one time limit on the last stage, the future you return, so that it covers the whole chain.";
    }

    /** What to say of a time limit put on the chain that was longer than the one given (its units mixed up). */
    private static String tooLong() {
        return ", longer than the one given: were the units mixed up (limit.toMillis() with TimeUnit.SECONDS)? Give it "
                + "whole: limit.toMillis(), TimeUnit.MILLISECONDS.";
    }

    private String notInTime(Object expected, Duration limit) {
        String head = answer + "'s future had not completed " + Text.duration(limit.plus(grace))
                + " after " + answer + " was called, with a limit of " + Text.duration(limit);
        List<String> silent = log.unanswered();
        String why = silent.isEmpty() ? "" : ", because " + String.join(" and ", silent) + " never answered";
        List<FutureLog.Placed> limits = log.limits();
        if (limits.isEmpty()) {
            return head + why + ", and no time limit was put on the chain. Add completeOnTimeout(" + shown(expected)
                    + ", limit.toMillis(), TimeUnit.MILLISECONDS) to its last stage, the future you return.";
        }
        FutureLog.Placed first = limits.getFirst();
        if (limits.stream().allMatch(FutureLog.Placed::onService)) {
            return head + why + ": the time limit (" + first.method() + ") was put on " + first.future() + "'s own "
                    + "future only, not on the whole chain. Put it on the last stage, the future you return.";
        }
        Duration shortest = log.shortestLimit();
        if (shortest.compareTo(limit.plus(grace)) > 0) {
            return head + why + ": the time limit (" + first.method() + ") put on the chain was "
                    + Text.duration(shortest) + tooLong();
        }
        return head + why + ", although a time limit (" + first.method() + ") was put on " + first.future() + ": put it "
                + "on the last stage, the future you return, so that it covers the whole chain.";
    }

    private String missedFallback(Object expected) {
        List<FutureLog.Placed> fallbacks = log.fallbacks();
        if (fallbacks.isEmpty()) {
            return "nothing on the chain turns a failure into the fallback. Add exceptionally(e -> " + shown(expected)
                    + ") (or handle) as its last stage.";
        }
        FutureLog.Placed first = fallbacks.getFirst();
        if (fallbacks.stream().allMatch(FutureLog.Placed::onService)) {
            return "the fallback (" + first.method() + ") was put on " + first.future() + "'s own future only, so a "
                    + "failure later in the chain passes it by. Put it on the last stage.";
        }
        return "a failure passed the fallback (" + first.method() + " on " + first.future() + "): put it on the last "
                + "stage, the future you return.";
    }

    /** Nobody blocked on a watched future: no {@code join()} or {@code get()} in a stage or in the answer. */
    Optional<String> nothingBlocked() {
        List<FutureLog.Blocked> blocked = log.blocked();
        Optional<FutureLog.Blocked> inStage = blocked.stream().filter(b -> !b.byCaller()).findFirst();
        if (inStage.isPresent()) {
            FutureLog.Blocked b = inStage.get();
            return Optional.of("a stage of " + answer + "'s chain" + in(b.where()).replace(" (in ", " (") + " called "
                    + b.method() + " on " + b.future() + "'s future: that blocks the thread running the stage until the "
                    + "future completes, the very wait a chain is there to avoid (on a small executor, everything else "
                    + "waits too). When a stage starts another future, chain it with thenCompose(x -> ...) instead of "
                    + "thenApply(x -> ....join()).");
        }
        return blocked.isEmpty() ? Optional.empty() : Optional.of(waitedFor(blocked.getFirst()));
    }

    private String pending() {
        String after = handedOut > 0 ? "the last of its tasks ended"
                : log.requests().isEmpty() ? answer + " returned, with no task or answer to wait for (allOf() of no futures "
                        + "completes at once; anyOf() of none never does)"
                : "the services answered everything they were asked (" + String.join(", ", log.requests()) + ")";
        String stuck = log.blocked().stream().filter(b -> !b.byCaller()).findFirst()
                .map(b -> ", and a stage of it is blocked in " + b.method() + in(b.where())).orElse("");
        return answer + "'s future never completed: it was still pending " + Text.duration(grace) + " after "
                + after + stuck + ". Return the last stage of the chain, the one that completes when everything is done.";
    }

    private static String in(String where) {
        return where == null || where.isEmpty() ? "" : " (in " + where + ")";
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "nothing";
        }
        String message = StackText.withoutWrappers(t.getMessage());
        return StackText.className(t.getClass()) + (message == null ? "" : "(\"" + message + "\")");
    }

    private static String shown(Object value) {
        return value instanceof List<?> list ? Text.listed(list, 6) : FutureProbe.quoted(value);
    }
}
