package dev.threadlab.toolkit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns what an {@link HttpProbe}'s server observed, and what its client saw sent, into feedback a learner can
 * act on: requests sent one after another (blocking {@code send} in a loop, {@code join()} right after
 * {@code sendAsync}), from the common pool or a small pool, more in flight than the limit (a pool around
 * {@code sendAsync}), bodies in arrival order, retries without a wait, without an end or without a timeout,
 * permits never given back. Each method answers empty when the requirement held. Stateless apart from what it
 * judges.
 */
final class HttpFeedback {

    private final String answer;
    private final ProbeServer server;
    private final List<WatchedHttpClient.Sent> sent;
    /** What the caller was seen waiting in while its answers were held, or null where nothing watched it. */
    private final CallerWatch.Seen seen;
    /** {@link System#nanoTime()} when the answer returned, 0 before. */
    private final long returnedAt;

    HttpFeedback(String answer, ProbeServer server, List<WatchedHttpClient.Sent> sent, CallerWatch.Seen seen,
            long returnedAt) {
        this.answer = answer;
        this.server = server;
        this.sent = sent;
        this.seen = seen;
        this.returnedAt = returnedAt;
    }

    /** Every page requested once, through the given client, all in flight at once, none blocking on the common pool. */
    Optional<String> requestedTogether() {
        Optional<String> once = eachOnceWithTheClient();
        if (once.isPresent()) {
            return once;
        }
        List<WatchedHttpClient.Sent> blockingShared = sent.stream().filter(s -> !s.async()
                && (s.kind().shared() || s.via().equals(ThreadKind.PARALLEL_STREAM))).toList();
        if (!blockingShared.isEmpty()) {
            return Optional.of(commonPool(blockingShared));
        }
        if (server.gateOpened() || sentAllBeforeAnyAnswer()) {
            return Optional.empty();
        }
        int n = server.pages().size();
        int peak = server.peak();
        String head = "the server never had the " + n + " requests in flight at once (at most " + peak + ")";
        List<WatchedHttpClient.Sent> blocking = sent.stream().filter(s -> !s.async()).toList();
        if (!blocking.isEmpty() && blocking.stream().allMatch(s -> s.kind() == ThreadKind.CALLER)) {
            return Optional.of(answer + " sent its " + n + " requests one after another with client.send on the thread "
                    + "that called it (at most " + peak + " in flight): send waits for the answer before it returns. "
                    + "Send them all before waiting for any: client.sendAsync(...) for each, then join the futures, or "
                    + "a virtual thread per request.");
        }
        Set<CallerWait> waits = server.callerWaits();
        if (blocking.isEmpty() && waits.contains(CallerWait.FUTURE)) {
            String lazy = server.callerWaitedInStream() ? " A stream is lazy: in one pipeline, map(sendAsync) sends "
                    + "each request only when the join() after it asks for the next element, so each request waited for "
                    + "the one before. Collect the futures into a list first (toList()), then join them." : "";
            return Optional.of(head + ": did you join() each sendAsync future right after sending it? Send them all "
                    + "first, then join them." + lazy);
        }
        List<Thread> threads = blocking.stream().map(WatchedHttpClient.Sent::thread).distinct().toList();
        if (threads.size() < n && blocking.stream().anyMatch(s -> s.kind().ownExecutor())) {
            return Optional.of(head + ", sent from " + threads.size() + (threads.size() == 1 ? " thread (" : " threads (")
                    + ProbeFacts.names(threads, 3) + "): a pool of " + threads.size() + " sends " + threads.size()
                    + " at a time, since send holds its thread until the answer arrives. Give every request a thread "
                    + "of its own (a virtual thread each), or use sendAsync.");
        }
        if (waits.contains(CallerWait.JOIN)) {
            return Optional.of(head + ": did you call join() right after start()? Start them all first, then join "
                    + "them all.");
        }
        if (waits.contains(CallerWait.FUTURE)) {
            return Optional.of(head + ": did you wait for each request (get() or join()) right after sending or "
                    + "submitting it? Send them all first, then wait for them.");
        }
        return Optional.of(head + ": send them all before waiting for any.");
    }

    /**
     * Whether every page was sent once with sendAsync, all of them before any answer came back: in flight together
     * from the client's side, even where the answer returned before they reached the server (it did not wait).
     */
    private boolean sentAllBeforeAnyAnswer() {
        return server.pages().stream().allMatch(page -> sent.stream()
                .filter(s -> s.uri().getPath().equals(page.path())).filter(s -> s.async() && s.answeredBefore() == 0)
                .count() == 1) && sent.size() == server.pages().size();
    }

    /** Every page requested exactly once, through the client the answer was given. */
    private Optional<String> eachOnceWithTheClient() {
        return eachOnce().or(this::usedTheClient);
    }

    /** Every page requested exactly once, whichever client sent it. */
    private Optional<String> eachOnce() {
        List<ProbeServer.Page> pages = server.pages();
        // A request the client sent while the answer ran counts, though it may reach the server only after the
        // answer returned (sendAsync without waiting): that mistake is the bodies', not the requests'.
        List<String> never = pages.stream().map(ProbeServer.Page::path).filter(p -> server.requests(p) == 0
                && sent.stream().noneMatch(s -> s.uri().getPath().equals(p))).toList();
        List<String> late = pages.stream().map(ProbeServer.Page::path)
                .filter(p -> sent.stream().noneMatch(s -> s.uri().getPath().equals(p) && s.at() - returnedAt < 0))
                .filter(p -> returnedAt != 0 && server.arrivals().stream()
                        .anyMatch(e -> e.path().equals(p) && e.at() - returnedAt > 0)).toList();
        if (!late.isEmpty()) {
            return Optional.of(answer + " returned before it had sent its " + (late.size() == 1 ? "request to " : "requests to ")
                    + String.join(", ", late) + ": " + (late.size() == 1 ? "it reached" : "they reached") + " the server "
                    + "only after " + answer + " had returned, sent by threads it started and never waited for. Wait for "
                    + "every request before returning (join() each thread, or get() each future), then read the bodies.");
        }
        if (!never.isEmpty() && never.size() == pages.size()) {
            return Optional.of(answer + " made no request to the server: it must request every url it is given.");
        }
        if (!never.isEmpty()) {
            return Optional.of(answer + " never requested " + String.join(", ", never) + ": request every url it is "
                    + "given.");
        }
        for (ProbeServer.Page page : pages) {
            int times = server.requests(page.path());
            if (times > 1) {
                return Optional.of(answer + " requested " + page.path() + " " + times + " times: request each url once.");
            }
        }
        return Optional.empty();
    }

    /** The answer's requests went through the client it was given (some of them, at least). */
    Optional<String> usedTheClient() {
        if (sent.isEmpty() && !server.arrivals().isEmpty()) {
            return Optional.of("the server got " + answer + "'s requests, but not through the HttpClient " + answer
                    + " was given: send them with that client (client.send or client.sendAsync). Whoever calls "
                    + answer + " set it up, and closes it when done.");
        }
        return Optional.empty();
    }

    private String commonPool(List<WatchedHttpClient.Sent> sends) {
        List<Thread> threads = sends.stream().map(WatchedHttpClient.Sent::thread).distinct().toList();
        String via = sends.stream().map(WatchedHttpClient.Sent::via).filter(v -> !v.isEmpty()).findFirst().orElse("");
        return answer + " sent its requests with the blocking client.send from the shared ForkJoin common pool ("
                + ProbeFacts.names(threads, 3) + ")" + (via.isEmpty() ? "" : ": that is where " + via + " runs them")
                + ". send holds its thread until the answer arrives, and the common pool has "
                + ThreadKind.commonPoolWorkers() + ", shared by the whole program and meant for "
                + "computing. Send them with client.sendAsync, or from virtual threads of your own.";
    }

    /** The bodies expected, though right, did not all come from the server: some page was never answered. */
    private Optional<String> madeUp(List<String> expected) {
        Set<String> answeredBodies = new LinkedHashSet<>();
        server.answers().stream().filter(a -> a.reply() == ProbeServer.Reply.OK)
                .forEach(a -> answeredBodies.add(server.page(a.path()).body()));
        List<String> unanswered = server.pages().stream().filter(p -> expected.contains(p.body()))
                .filter(p -> !answeredBodies.contains(p.body())).map(ProbeServer.Page::path).toList();
        if (unanswered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer + " returned the right bodies, but the server never answered a request for "
                + String.join(", ", unanswered) + ": a body must be what the server answered, not made up from the url. "
                + "Send a request for every url and return the bodies of the answers.");
    }

    /** {@code bodies} equal {@code expected}; otherwise what is wrong with them (reversed, arrival order, sorted, missing ones). */
    Optional<String> bodiesInOrder(List<String> bodies, List<String> expected) {
        if (bodies == null) {
            return Optional.of(answer + " returned null instead of the " + expected.size() + " bodies.");
        }
        if (bodies.equals(expected)) {
            return madeUp(expected);
        }
        String got = answer + " returned " + Text.listed(bodies, 6);
        long absent = bodies.stream().filter(Objects::isNull).count();
        Set<String> pageBodies = new LinkedHashSet<>();
        server.pages().forEach(p -> pageBodies.add(p.body()));
        List<String> inPlaceOfNull = bodies.size() != expected.size() ? List.of()
                : IntStream.range(0, bodies.size()).filter(i -> bodies.get(i) == null)
                        .mapToObj(expected::get).distinct().toList();
        if (absent > 0 && inPlaceOfNull.size() == 1 && !pageBodies.contains(inPlaceOfNull.get(0))) {
            String stands = FutureProbe.quoted(inPlaceOfNull.get(0));
            return Optional.of(got + "; expected " + Text.listed(expected, 6) + ": null in place of " + stands + " for the "
                    + absent + (absent == 1 ? " url whose request" : " urls whose requests") + " failed. Catch the "
                    + "failure where it happens and return " + stands + " for that url.");
        }
        if (absent > 0) {
            return Optional.of(got + ": " + absent + " of its " + bodies.size() + " bodies were not there yet when it "
                    + "returned, since " + notWaited() + ". Wait for every answer before reading the bodies: join() "
                    + "each future (or each thread) in url order, or close the executor that sends them.");
        }
        List<String> arrived = server.answers().stream().filter(a -> a.reply() == ProbeServer.Reply.OK)
                .map(a -> server.page(a.path()).body()).toList();
        List<String> bodiesOfPages = bodies.stream().filter(pageBodies::contains).toList();
        boolean sameElements = bodies.size() == expected.size() && new ArrayList<>(bodies).stream().sorted().toList()
                .equals(new ArrayList<>(expected).stream().sorted().toList());
        if (sameElements) {
            boolean asArrived = bodiesOfPages.equals(arrived) && bodiesOfPages.size() > 1;
            String want = " not in url order " + Text.listed(expected, 6) + ". ";
            String keep = "Keep the futures (or put each body at its url's position) in url order, and read them in "
                    + "that order, whichever answer comes first.";
            if (bodies.equals(expected.reversed())) {
                // Not judged by the answers' recorded order: bodies added by callbacks on the client's threads can
                // land in another order than the server sent them (a fixture saw both on one machine).
                return Optional.of(got + ", last url first," + want + "That is the order the check's server answers "
                        + "requests in flight together, so either each body was added as its answer arrived, or the "
                        + "bodies were put in backwards (add(0, body), or the futures read from the last). " + keep);
            }
            if (ProbeFeedback.sorted(bodies, expected)) {
                return Optional.of(got + ": the bodies sorted," + want + "Url order is the order of the list " + answer
                        + " was given, whatever the bodies: don't sort them. " + keep);
            }
            return Optional.of(got + (asArrived ? ", in the order the answers arrived," : ": the right bodies, but")
                    + want + keep);
        }
        long missing = expected.stream().filter(e -> !bodies.contains(e)).count();
        String slept = seen != null && seen.sleptIn() != null && missing > 0 ? " " + capitalized(notWaited()) + "." : "";
        return Optional.of(got + "; expected " + Text.listed(expected, 6) + (missing > 0 ? ": " + missing + " of them "
                + (missing == 1 ? "is" : "are") + " missing." : ".") + slept);
    }

    /** Why bodies were missing when the answer returned: it slept instead of waiting, or did not wait at all. */
    private String notWaited() {
        if (seen != null && seen.sleptIn() != null) {
            return "it waited with Thread.sleep (in " + seen.sleptIn() + "), which only guesses how long the answers "
                    + "take: the check's server answered only after " + answer + " had stopped sleeping";
        }
        return answer + " did not wait for their answers (or for the threads that send them)";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Every page requested once; never more than {@code limit} in flight, and {@code limit} once. */
    Optional<String> atMostInFlight(int limit) {
        Optional<String> once = eachOnce(); // the client is a requirement of its own (HttpProbe#assertUsedTheClient)
        if (once.isPresent()) {
            return once;
        }
        int peak = server.peak();
        if (peak > limit) {
            List<WatchedHttpClient.Sent> fromPool = sent.stream().filter(s -> s.async() && s.kind().ownExecutor()).toList();
            String head = "the server had " + peak + " requests in flight at once; the limit was " + limit;
            if (!fromPool.isEmpty()) {
                List<Thread> threads = fromPool.stream().map(WatchedHttpClient.Sent::thread).distinct().toList();
                return Optional.of(head + ". A pool of " + threads.size() + (threads.size() == 1 ? " thread (" : " threads (")
                        + ProbeFacts.names(threads, 3) + ") around sendAsync does not limit the requests in flight: "
                        + "sendAsync returns at once, before the answer arrives, so those threads sent them all. Take a "
                        + "permit from a Semaphore(limit) before each request and give it back once its answer (or "
                        + "failure) has arrived, in whenComplete; or send with the blocking client.send from " + limit
                        + " threads.");
            }
            return Optional.of(head + ": take a permit from a Semaphore(limit) before each request, and give it back "
                    + "once its answer, or its failure, has arrived.");
        }
        if (peak < limit && server.pages().size() >= limit) {
            return Optional.of("the server never had more than " + peak + (peak == 1 ? " request" : " requests")
                    + " in flight at once, though the limit was " + limit + " and there were " + server.pages().size()
                    + " urls: send " + limit + " at a time (new Semaphore(limit), not limit − 1), not one after "
                    + "another.");
        }
        return Optional.empty();
    }

    /** The answer returned {@code returned} for {@code path} after retrying as it should (see {@link HttpProbe#assertRetried}). */
    Optional<String> retried(String path, String returned, Duration backoff, Optional<List<Duration>> asked) {
        ProbeServer.Page page = server.page(path);
        int good = firstGood(page);
        int made = server.requests(path);
        if (!Objects.equals(returned, page.body())) {
            if ("busy".equals(returned)) {
                return Optional.of(answer + " returned \"busy\", the body of a 503 answer: 503 means \"try again later\". "
                        + "Check response.statusCode() and retry when it is not 200.");
            }
            if (made < good) {
                return Optional.of(answer + " returned " + FutureProbe.quoted(returned) + " after " + made
                        + (made == 1 ? " request" : " requests") + ", but " + path + " fails " + (good - 1)
                        + (good == 2 ? " time" : " times") + " before it answers: keep trying, up to attempts requests.");
            }
            return Optional.of(answer + " returned " + FutureProbe.quoted(returned) + ", expected "
                    + FutureProbe.quoted(page.body()) + ".");
        }
        if (made > good) {
            return Optional.of(answer + " made " + made + " requests to " + path + ", but the good answer came with "
                    + "request " + good + ": stop at the first good answer.");
        }
        return waitedBetween(page, backoff, asked).or(() -> doubledBeforeTheFirstWait(page, backoff, asked));
    }

    /** The answer threw {@code thrown} where it should have retried {@code path} until it answered. */
    String threwInsteadOfRetrying(String path, Throwable thrown) {
        ProbeServer.Page page = server.page(path);
        int made = server.requests(path);
        int good = firstGood(page);
        String head = answer + " threw " + FutureFeedback.describe(thrown) + " after " + made
                + (made == 1 ? " request" : " requests") + " to " + path;
        if (thrown instanceof java.net.http.HttpTimeoutException) {
            return head + ": a request that timed out is a failed attempt like a 503. Catch it and retry, up to "
                    + "attempts requests in all.";
        }
        if (made < good) {
            return head + ", but " + path + " fails " + (good - 1) + (good == 2 ? " time" : " times") + " before it "
                    + "answers: treat a 503 (or a timeout) as a failed attempt and try again, up to attempts requests.";
        }
        return head + ", though the server had answered it with a 200.";
    }

    /**
     * Each wait after a failed answer lasted at least the backoff doubled once per earlier failure. Judged from the
     * sleeps the answer asked for when it asked one per retry (what it asked, not how long a crowded machine took:
     * a retry sent at once can take longer than a short backoff by itself); otherwise from the time between a
     * failed answer and the next request, a lower bound that a right answer always meets.
     */
    private Optional<String> waitedBetween(ProbeServer.Page page, Duration backoff, Optional<List<Duration>> asked) {
        List<ProbeServer.Event> arrivals = server.arrivals().stream().filter(e -> e.path().equals(page.path())).toList();
        List<ProbeServer.Event> answers = server.answers().stream().filter(e -> e.path().equals(page.path())).toList();
        boolean bySleeps = asked.isPresent() && arrivals.size() >= 2 && asked.get().size() == arrivals.size() - 1;
        for (int k = 1; k < arrivals.size(); k++) {
            int number = k;
            Optional<ProbeServer.Event> answered = answers.stream().filter(a -> a.number() == number).findFirst();
            if (answered.isEmpty()) {
                continue; // no answer to wait after (the request timed out)
            }
            Duration gap = bySleeps ? asked.get().get(k - 1) : Duration.ofNanos(arrivals.get(k).at() - answered.get().at());
            Duration need = backoff.multipliedBy(1L << Math.min(20, k - 1));
            if (gap.plusMillis(1).compareTo(need) < 0) {
                String waited = bySleeps ? " asked Thread.sleep for " + Text.duration(gap)
                        : " waited " + Text.duration(gap);
                return Optional.of(k == 1
                        ? answer + (bySleeps ? waited + " before request 2 to " + page.path() + ", after the failed "
                                : " sent request 2 to " + page.path() + " " + Text.duration(gap) + " after the failed ")
                                + "answer to request 1: wait backoff (" + Text.duration(backoff) + ") before the first "
                                + "retry, then twice as long before each next one, so that a struggling server gets a "
                                + "breather."
                        : answer + waited + " after the failed answer to request " + k
                                + " before request " + (k + 1) + "; it should wait at least " + Text.duration(need)
                                + ": the wait doubles after each failure (backoff, 2 × backoff, 4 × backoff, …).");
            }
        }
        return Optional.empty();
    }

    /**
     * The answer asked for 2 × backoff after the first failure, 4 × after the second, and so on: long enough for
     * {@link #waitedBetween}'s lower bound, but a step ahead of the rule. Judged only from sleeps it asked for,
     * one per retry, after the failures the server answered (as {@link #waitedBetween}), the first one among
     * them; anything else passes.
     */
    private Optional<String> doubledBeforeTheFirstWait(ProbeServer.Page page, Duration backoff,
            Optional<List<Duration>> asked) {
        List<ProbeServer.Event> arrivals = server.arrivals().stream().filter(e -> e.path().equals(page.path())).toList();
        Set<Integer> answered = server.answers().stream().filter(e -> e.path().equals(page.path()))
                .map(ProbeServer.Event::number).collect(Collectors.toSet());
        if (arrivals.size() >= 2 && asked.isPresent() && asked.get().size() == arrivals.size()
                && asked.get().get(0).isPositive() && answered.contains(1)) {
            // One sleep per request, and the answer returned after the last: the first came before any request.
            String waits = asked.get().stream().map(Text::duration).collect(Collectors.joining(", "));
            return Optional.of(answer + " asked Thread.sleep for " + waits + " while it made " + arrivals.size()
                    + " requests to " + page.path() + ": it slept before its first request too, so each wait after a "
                    + "failure came one step late (" + Text.duration(asked.get().get(1)) + " after the first failure, "
                    + "not the backoff, " + Text.duration(backoff) + "). Send the first request at once, and wait only "
                    + "after a failed attempt: backoff after the first, then twice that after each further one.");
        }
        if (arrivals.size() < 2 || asked.isEmpty() || asked.get().size() != arrivals.size() - 1 || backoff.isZero()
                || !answered.contains(1)) {
            return Optional.empty();
        }
        List<Duration> sleeps = asked.get();
        for (int k = 1; k < arrivals.size(); k++) {
            if (!answered.contains(k)) {
                continue; // no answer to wait after (the request timed out)
            }
            Duration ahead = backoff.multipliedBy(1L << Math.min(20, k));
            if (sleeps.get(k - 1).minus(ahead).abs().compareTo(Duration.ofMillis(1)) >= 0) {
                return Optional.empty();
            }
        }
        String waits = sleeps.stream().map(Text::duration).collect(Collectors.joining(", "));
        return Optional.of(answer + " asked Thread.sleep for " + waits + " between its requests to " + page.path()
                + ", though the backoff it was given was " + Text.duration(backoff) + ": its first wait was twice the backoff, "
                + "because it doubled the wait before using it. Wait backoff first, then double it after each "
                + "further failure (backoff, 2 × backoff, 4 × backoff, …).");
    }

    private static int firstGood(ProbeServer.Page page) {
        for (int n = 1; n <= 1000; n++) {
            if (page.script().apply(n) == ProbeServer.Reply.OK) {
                return n;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** After {@code attempts} failed requests the answer threw an IOException and sent no more. */
    Optional<String> gaveUp(String path, int attempts, Object returned, Throwable thrown) {
        int made = server.requests(path);
        if (thrown == null) {
            return Optional.of(answer + " returned " + FutureProbe.quoted(returned) + " after " + made
                    + (made == 1 ? " request" : " requests") + " to " + path + ", which all failed: when every attempt "
                    + "fails, throw an IOException, so that whoever called " + answer + " finds out.");
        }
        if (!(thrown instanceof IOException)) {
            return Optional.of(answer + " threw " + FutureFeedback.describe(thrown) + " after " + made + " requests: when "
                    + "every attempt fails, throw an IOException (for example new IOException(uri + \" failed \" + "
                    + "attempts + \" times\")).");
        }
        if (made != attempts) {
            return Optional.of(answer + " made " + made + " requests to " + path + " before giving up; attempts was "
                    + attempts + (made > attempts ? ": the first request is an attempt too, so stop once attempts "
                    + "requests have been made." : ": try attempts times in all before giving up."));
        }
        return Optional.empty();
    }

    /** Why the answer was stopped after nothing happened at the server for {@code stall}. */
    String stalled(Duration stall, Thread.State state, StackTraceElement[] stack) {
        String waiting = waitingIn(state, stack);
        List<String> never = server.pages().stream().map(ProbeServer.Page::path).filter(p -> server.requests(p) == 0)
                .toList();
        long broken = server.answers().stream().filter(a -> a.reply() == ProbeServer.Reply.BROKEN).count();
        List<String> silent = server.arrivals().stream()
                .filter(a -> server.page(a.path()).script().apply(a.number()) == ProbeServer.Reply.SILENT)
                .map(ProbeServer.Event::path).distinct().toList();
        if (server.inFlight() > 0 && !silent.isEmpty()) {
            String path = silent.getFirst();
            boolean noTimeout = sent.stream().filter(s -> s.uri().getPath().equals(path))
                    .anyMatch(s -> s.timeout().isEmpty());
            return "the request to " + path + " never got an answer, and " + answer + " waited for it more than "
                    + Text.duration(stall) + " without giving up (" + waiting + ")" + (noTimeout ? ": its HttpRequest "
                    + "had no timeout" : "") + ". A request without a timeout can wait for ever: give each one a "
                    + "timeout, HttpRequest.newBuilder(uri).timeout(timeout), and treat the HttpTimeoutException like "
                    + "any other failed attempt.";
        }
        if (!never.isEmpty() && broken > 0) {
            return "after " + broken + " of its requests failed (the server broke the connection), nothing was in flight "
                    + "for " + Text.duration(stall) + " while " + answer + " waited (" + waiting + "), and "
                    + never.size() + (never.size() == 1 ? " url was" : " urls were") + " never requested: the permits "
                    + "taken for the failed requests were never given back. Release the permit in a finally block (or, "
                    + "with sendAsync, in whenComplete, which runs after a failure too).";
        }
        if (!never.isEmpty()) {
            return "nothing happened at the server for " + Text.duration(stall) + " while " + answer + " waited ("
                    + waiting + "), and " + never.size() + (never.size() == 1 ? " url was" : " urls were") + " never "
                    + "requested: it waits for something that never comes (a permit nobody gives back?).";
        }
        return "nothing happened at the server for " + Text.duration(stall) + " and " + answer + " did not return ("
                + waiting + "): it still waited after every request had its answer.";
    }

    /** Why the answer was stopped after {@code page} got more than {@code max} requests. */
    String runaway(ProbeServer.Page page, int max) {
        boolean allBusy = server.answers().stream().filter(a -> a.path().equals(page.path()))
                .allMatch(a -> a.reply() == ProbeServer.Reply.BUSY);
        return answer + " kept sending requests to " + page.path() + (allBusy ? ", which always answers 503" : "")
                + ": the check stopped it after " + server.requests(page.path()) + " of them. Count the attempts, and "
                + "give up with an IOException once attempts requests have failed.";
    }

    /** What {@code stack} (a thread in {@code state}) waits in, as "in Semaphore.acquire, called from fetchPolitely". */
    private static String waitingIn(Thread.State state, StackTraceElement[] stack) {
        int user = 0;
        while (user < stack.length && !StackText.isUserFrame(stack[user])) {
            user++;
        }
        String how = state == Thread.State.RUNNABLE ? "running" : "waiting";
        if (user == stack.length) {
            return stack.length == 0 ? how : how + " in " + StackText.frame(stack[0]);
        }
        return user == 0 ? how + " in " + StackText.frame(stack[0])
                : how + " in " + called(stack[user - 1]) + ", called from " + StackText.frame(stack[user]);
    }

    /** The library call the learner's frame made: the check's client shows as the HttpClient it stands for. */
    private static String called(StackTraceElement frame) {
        return frame.getClassName().equals(WatchedHttpClient.class.getName())
                ? "HttpClient." + frame.getMethodName() : StackText.frame(frame);
    }

    /** The threads that sent the requests, as a probe's facts, for {@link Leftovers}. */
    ProbeFacts senders() {
        List<ProbeFacts.Task> tasks = new ArrayList<>();
        List<Thread> seen = new ArrayList<>();
        for (WatchedHttpClient.Sent s : sent) {
            if (!seen.contains(s.thread())) {
                seen.add(s.thread());
                tasks.add(new ProbeFacts.Task(tasks.size(), "request " + (tasks.size() + 1), 1, s.thread(), s.kind(),
                        s.via(), List.of(), 0, 0, true, null, null));
            }
        }
        return new ProbeFacts(tasks, server.peak(), false, server.gateOpened(), List.of(), null, true, Set.of(), null,
                false);
    }

    /** Nothing the answer made to send its requests is alive after it returned. */
    Optional<String> leftNothingRunning(Leftovers.Found found) {
        return new ProbeFeedback(answer, senders()).leftNothingRunning(found);
    }
}
