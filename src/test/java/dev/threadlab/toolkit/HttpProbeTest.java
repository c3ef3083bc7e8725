package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The HTTP probe against the answers learners write for "fetch every url at once", "never more than K in flight"
 * and "retry with back-off and a timeout", through a real {@code HttpClient} on loopback. Answers are the static
 * methods at the end; probes with a short patience, hold and stall stand in where an answer never lets its
 * requests meet or never returns.
 */
final class HttpProbeTest {

    private static final Duration BACKOFF = Duration.ofMillis(20);

    private static HttpProbe probe(String answer) {
        return new HttpProbe(answer, Duration.ofMillis(1500), Duration.ofMillis(150), Duration.ofSeconds(2));
    }

    @Test
    void sendAsyncForEveryUrlThenJoinIsTogetherAndInOrder() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("a", "b", "c");

            List<String> bodies = server.call(() -> sendAllThenJoin(server.client(), urls));

            server.assertRequestedTogether().assertBodiesInOrder(bodies, List.of("page a", "page b", "page c"))
                    .assertLeftNothingRunning();
            assertEquals(3, server.peakInFlight());
        }
    }

    @Test
    void theFutureOfSendAsyncPrintsAsAPlainCompletableFuture() throws Throwable {
        // A learner who prints the future while debugging sees what the JDK's client would give, not the probe.
        try (HttpProbe server = probe("fetchAll").together()) {
            URI url = server.pages("a").get(0);

            List<CompletableFuture<?>> futures = server.call(() -> {
                CompletableFuture<HttpResponse<String>> future = server.client().sendAsync(get(url, null),
                        HttpResponse.BodyHandlers.ofString());
                CompletableFuture<Integer> chained = future.thenApply(response -> response.body().length());
                chained.join();
                return List.of(future, chained);
            });

            for (CompletableFuture<?> printed : futures) {
                assertNotEquals(CompletableFuture.class, printed.getClass()); // the probe's own, watched
                assertTrue(printed.toString().matches("java\\.util\\.concurrent\\.CompletableFuture@[0-9a-f]+"
                        + "\\[Completed normally]"), printed.toString());
            }
        }
    }

    @Test
    void aLoopOfBlockingSendIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("a", "b", "c");

            server.call(() -> oneAfterAnother(server.client(), urls));

            assertFails(server::assertRequestedTogether, "sent its 3 requests one after another with client.send");
            assertEquals(1, server.peakInFlight());
        }
    }

    @Test
    void joiningEachSendAsyncRightAwayIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("a", "b");

            server.call(() -> joinEach(server.client(), urls));

            assertFails(server::assertRequestedTogether, "did you join() each sendAsync future right after sending it?");
        }
    }

    @Test
    void joiningInTheSameLazyStreamIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("a", "b");

            server.call(() -> urls.stream().map(url -> server.client().sendAsync(get(url, null),
                    HttpResponse.BodyHandlers.ofString())).map(CompletableFuture::join).map(HttpResponse::body).toList());

            assertFails(server::assertRequestedTogether, "A stream is lazy");
        }
    }

    @Test
    void bodiesMadeUpFromTheUrlsWithoutARequestAreNamed() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("b", "c", "a");

            List<String> bodies = server.call(() -> urls.stream().map(u -> "page " + u.getPath().substring(1)).toList());

            assertFails(server::assertRequestedTogether, "fetchAll made no request to the server");
            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                    "the server never answered a request for /b, /c, /a: a body must be what the server answered");
        }
    }

    @Test
    void sendAsyncForEveryUrlWithoutWaitingSentThemTogetherButReturnsNoBodies() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("b", "c", "a");

            List<String> bodies = server.call(() -> {
                List<String> arrived = java.util.Collections.synchronizedList(new ArrayList<>());
                urls.forEach(url -> server.client().sendAsync(HttpRequest.newBuilder(url).build(),
                        HttpResponse.BodyHandlers.ofString()).thenAccept(r -> arrived.add(r.body())));
                return List.copyOf(arrived);
            });

            server.assertRequestedTogether();
            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                    "3 of them are missing");
        }
    }

    @Test
    void sleepingInsteadOfJoiningGetsNoAnswerBeforeItReturnsAndIsNamed() throws Throwable {
        // The answers wait at the server until the caller waits for them: however long it sleeps, it wakes to none.
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("b", "c", "a");

            List<String> bodies = server.call(() -> {
                List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
                urls.forEach(url -> futures.add(server.client().sendAsync(get(url, null),
                        HttpResponse.BodyHandlers.ofString())));
                Thread.sleep(400);
                List<String> now = new ArrayList<>();
                futures.forEach(f -> now.add(f.isDone() ? f.join().body() : null));
                return now;
            });

            assertEquals(Collections.nCopies(3, null), bodies);
            server.assertRequestedTogether();
            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                    "3 of its 3 bodies were not there yet when it returned, since it waited with Thread.sleep");
        }
    }

    @Test
    void nullForAFailedRequestIsNamedNotThrownOn() throws Throwable {
        try (HttpProbe server = probe("fetchPolitely")) {
            List<URI> urls = List.of(server.page("1"), server.broken("2"));

            List<String> bodies = server.call(() -> urls.stream().map(url -> server.client()
                    .sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString())
                    .thenApply(HttpResponse::body).exceptionally(failure -> null)).toList()
                    .stream().map(CompletableFuture::join).toList());

            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page 1", "failed")),
                    "null in place of \"failed\" for the 1 url whose request failed");
        }
    }

    @Test
    void threadsNeverJoinedLeaveNullBodiesWhichAreNamedNotThrownOn() throws Throwable {
        List<Thread> started = new ArrayList<>();
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("b", "c", "a");

            List<String> bodies = server.call(() -> {
                String[] found = new String[urls.size()];
                for (int i = 0; i < urls.size(); i++) {
                    int index = i;
                    started.add(Thread.ofPlatform().start(() -> {
                        try {
                            Thread.sleep(200); // a thread that is slow to start: nothing sent before the return
                            found[index] = server.client().send(get(urls.get(index), null),
                                    HttpResponse.BodyHandlers.ofString()).body();
                        } catch (IOException | InterruptedException e) {
                            // the check's server closed: nothing to keep
                        }
                    }));
                }
                return java.util.Arrays.asList(found);
            });

            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                    "3 of its 3 bodies were not there yet when it returned, since fetchAll did not wait");
            assertFails(server::assertRequestedTogether, "fetchAll returned before it had sent its requests to /b, /c, /a");
        } finally {
            for (Thread thread : started) {
                thread.join(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void bodiesOutOfUrlOrderSortedAndAnotherClientAreNamed() throws Throwable {
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("a", "b", "c");
            // Bodies gathered as they arrive came in url order in 1 build of many (the gate lets all three go at
            // once): this answer's order is out of url order every time.
            List<String> bodies = server.call(() -> lastFirst(server.client(), urls));
            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page a", "page b", "page c")),
                    "last url first, not in url order [page a, page b, page c]. That is the order the check's server answers");
        }
        try (HttpProbe server = probe("fetchAll").together()) {
            List<URI> urls = server.pages("b", "c", "a");
            List<String> bodies = server.call(() -> sendAllThenJoin(server.client(), urls).stream().sorted().toList());
            assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                    "returned [page a, page b, page c]: the bodies sorted, not in url order [page b, page c, page a]");
        }
        try (HttpProbe server = probe("fetchAll").together(); HttpClient own = HttpClient.newHttpClient()) {
            List<URI> urls = server.pages("a", "b");
            server.call(() -> sendAllThenJoin(own, urls));
            assertFails(server::assertRequestedTogether, "but not through the HttpClient fetchAll was given");
        }
    }

    @Test
    void aSemaphoreBoundPassesAndNoBoundOrAPoolAroundSendAsyncIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchPolitely").atMost(2)) {
            List<URI> urls = server.pages("1", "2", "3", "4", "5");
            List<String> bodies = server.call(() -> politely(server.client(), urls, 2));
            server.assertAtMostInFlight(2).assertBodiesInOrder(bodies, List.of("page 1", "page 2", "page 3", "page 4",
                    "page 5"));
        }
        try (HttpProbe server = probe("fetchPolitely").atMost(2)) {
            List<URI> urls = server.pages("1", "2", "3", "4", "5");
            server.call(() -> sendAllThenJoin(server.client(), urls));
            assertFails(() -> server.assertAtMostInFlight(2), "requests in flight at once; the limit was 2");
        }
        try (HttpProbe server = probe("fetchPolitely").atMost(2)) {
            List<URI> urls = server.pages("1", "2", "3", "4");
            server.call(() -> poolAroundSendAsync(server.client(), urls, 2));
            assertFails(() -> server.assertAtMostInFlight(2), "around sendAsync does not limit the requests in flight");
        }
    }

    @Test
    void aBoundKeptWithAClientOfItsOwnKeepsTheBoundAndFailsOnlyTheClient() throws Throwable {
        try (HttpProbe server = probe("fetchPolitely").atMost(2);
             HttpClient own = HttpClient.newHttpClient()) {
            List<URI> urls = server.pages("1", "2", "3", "4");

            server.call(() -> {
                Semaphore permits = new Semaphore(2);
                try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (URI url : urls) {
                        executor.submit(() -> {
                            permits.acquire();
                            try {
                                return own.send(get(url, null), HttpResponse.BodyHandlers.ofString()).body();
                            } finally {
                                permits.release();
                            }
                        });
                    }
                }
                return null;
            });

            server.assertAtMostInFlight(2);
            assertFails(server::assertUsedTheClient, "but not through the HttpClient fetchPolitely was given");
        }
    }

    @Test
    void aPermitNotGivenBackAfterABrokenRequestIsStoppedAndNamed() throws Throwable {
        try (HttpProbe server = probe("fetchPolitely").atMost(1)) {
            List<URI> urls = List.of(server.broken("x"), server.broken("y"), server.page("z"));

            assertFails(() -> server.call(() -> leakyPermits(server.client(), urls, 1)),
                    "the permits taken for the failed requests were never given back");
        }
    }

    @Test
    void retriesWithAGrowingWaitPassAndAnImmediateRetryIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            server.assertFetches(flaky, BACKOFF, () -> withRetry(server.client(), flaky, 4, Duration.ofSeconds(5), BACKOFF));
            assertEquals(3, server.requests(flaky));
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 1);
            assertFails(() -> server.assertFetches(flaky, Duration.ofMillis(200), () -> withRetry(server.client(), flaky,
                    4, Duration.ofSeconds(5), Duration.ZERO)), "wait backoff (200 ms) before the first retry");
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI down = server.failing("down");
            server.assertGivesUp(down, 3, () -> withRetry(server.client(), down, 3, Duration.ofSeconds(5), BACKOFF));
        }
    }

    @Test
    void aWaitThatGrowsTooSlowlyIsNamedFromItsSleepsThoughACrowdedMachineMadeItLongEnough() throws Throwable {
        // Linear waits (1, 2, 3 × backoff), each followed by a delay that is no sleep, as a crowded machine adds:
        // long enough for the server's lower bound, which a full build saw pass this mistake.
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 3);
            assertFails(() -> server.assertFetches(flaky, BACKOFF, () -> linearAndLate(server.client(), flaky, 5,
                    BACKOFF)), "asked Thread.sleep for 60 ms after the failed answer to request 3 before request 4; "
                    + "it should wait at least 80 ms: the wait doubles after each failure");
        }
    }

    @Test
    void sleepingBeforeEveryRequestIsNamedFromTheSleepsTheAnswerAskedFor() throws Throwable {
        // a sleep before the first request too makes each wait after a failure twice what it should be
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            assertFails(() -> server.assertFetches(flaky, BACKOFF, () -> sleepingBeforeEachRequest(server.client(),
                    flaky, 4, BACKOFF)), "it slept before its first request too");
        }
    }

    @Test
    void doublingTheBackoffBeforeTheFirstWaitIsNamedFromTheSleepsTheAnswerAskedFor() throws Throwable {
        // waits of 2 and 4 × backoff are long enough for the server's lower bound: only what was asked shows it
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            assertFails(() -> server.assertFetches(flaky, BACKOFF, () -> withRetry(server.client(), flaky, 4,
                    Duration.ofSeconds(5), BACKOFF.multipliedBy(2))), "Wait backoff first, then double");
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            server.assertFetches(flaky, BACKOFF, () -> withRetryInTimeUnits(server.client(), flaky, 4, BACKOFF));
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI fine = server.page("fine"); // no failure, no wait to judge
            server.assertFetches(fine, BACKOFF, () -> withRetryInTimeUnits(server.client(), fine, 4, BACKOFF));
        }
        // a delay that is not a sleep is judged by the server's lower bound alone, as before
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            server.assertFetches(flaky, BACKOFF, () -> withDelayedRetry(server.client(), flaky, 4,
                    BACKOFF.multipliedBy(2)));
        }
    }

    @Test
    void aRequestThatNeverAnswersNeedsATimeoutAndRetryingForEverIsStopped() throws Throwable {
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI stuck = server.silent("stuck", 1);
            server.assertFetches(stuck, BACKOFF, () -> withRetry(server.client(), stuck, 3, Duration.ofMillis(200),
                    BACKOFF));
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI stuck = server.silent("stuck", 1);
            assertFails(() -> server.call(() -> withRetry(server.client(), stuck, 3, null, BACKOFF)),
                    "its HttpRequest had no timeout");
        }
        try (HttpProbe server = probe("fetchWithRetry").maxRequests(5)) {
            URI down = server.failing("down");
            assertFails(() -> server.call(() -> withRetry(server.client(), down, Integer.MAX_VALUE, Duration.ofSeconds(5),
                    Duration.ZERO)), "kept sending requests to /down, which always answers 503");
        }
    }

    @Test
    void aGoodAnswerThatReachesTheClientAfterTheTimeoutIsTheMachinesFaultNotTheAnswers() throws Throwable {
        // together() holds the good answer (request 3) at the server's gate, waiting for a page nobody asks for,
        // longer than the request's timeout: what a crowded machine does to it (the request reaches the server, or
        // its answer the client, too late). The answer retried as asked, each request with the timeout it was given.
        Duration timeout = Duration.ofMillis(200);
        try (HttpProbe server = probe("fetchWithRetry").together()) {
            URI twice = server.silent("twice", 2);
            server.pages("elsewhere");
            server.assertFetches(twice, BACKOFF, timeout, () -> withRetry(server.client(), twice, 3, timeout, BACKOFF));
        }
        // A request with a shorter timeout than it was given is no excuse: judged as before.
        try (HttpProbe server = probe("fetchWithRetry").together()) {
            URI twice = server.silent("twice", 2);
            server.pages("elsewhere");
            assertFails(() -> server.assertFetches(twice, BACKOFF, timeout, () -> withRetry(server.client(), twice, 3,
                    timeout.dividedBy(2), BACKOFF)), "fetchWithRetry threw IOException(");
        }
    }

    @Test
    void aGoodAnswerLateForTheTimeoutOfGetOrOrTimeoutIsTheMachinesFaultToo() throws Throwable {
        // As above, for answers that put the time limit on the future of sendAsync instead of on the request.
        Duration timeout = Duration.ofMillis(200);
        try (HttpProbe server = probe("fetchWithRetry").together()) {
            URI twice = server.silent("twice", 2);
            server.pages("elsewhere");
            server.assertFetches(twice, BACKOFF, timeout, () -> withRetryOnTheFuture(server.client(), twice, 3, timeout,
                    BACKOFF, false));
        }
        try (HttpProbe server = probe("fetchWithRetry").together()) {
            URI twice = server.silent("twice", 2);
            server.pages("elsewhere");
            server.assertFetches(twice, BACKOFF, timeout, () -> withRetryOnTheFuture(server.client(), twice, 3, timeout,
                    BACKOFF, true));
        }
        // A shorter limit than it was given is no excuse, there either.
        try (HttpProbe server = probe("fetchWithRetry").together()) {
            URI twice = server.silent("twice", 2);
            server.pages("elsewhere");
            assertFails(() -> server.assertFetches(twice, BACKOFF, timeout, () -> withRetryOnTheFuture(server.client(),
                    twice, 3, timeout.dividedBy(2), BACKOFF, false)), "fetchWithRetry threw IOException(");
        }
    }

    @Test
    void givingUpOnATimeoutOrAfterOneFailureIsNamed() throws Throwable {
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI stuck = server.silent("stuck", 1);
            assertFails(() -> server.assertFetches(stuck, BACKOFF, () -> retryOnlyBusy(server.client(), stuck, 3,
                    Duration.ofMillis(200))), "threw HttpTimeoutException(\"request timed out\") after 1 request "
                    + "to /stuck: a request that timed out is a failed attempt like a 503");
        }
        try (HttpProbe server = probe("fetchWithRetry")) {
            URI flaky = server.flaky("flaky", 2);
            assertFails(() -> server.assertFetches(flaky, BACKOFF, () -> withRetry(server.client(), flaky, 2,
                    Duration.ofSeconds(5), BACKOFF)), "but /flaky fails 2 times before it answers");
        }
    }

    @Test
    void aProbeRefusesBadNamesLateDeclarationsAndJudgingBeforeTheCall() throws Throwable {
        try (HttpProbe server = probe("fetchAll")) {
            assertThrows(IllegalArgumentException.class, () -> server.page("a b"));
            assertThrows(IllegalStateException.class, () -> server.assertAtMostInFlight(1));
            URI a = server.page("a");
            assertThrows(IllegalArgumentException.class, () -> server.page("a"));
            assertEquals("page a", server.body(a));
            server.call(() -> null);
            assertThrows(IllegalStateException.class, () -> server.page("b"));
            assertThrows(IllegalStateException.class, server::assertRequestedTogether);
        }
    }

    @Test
    void bodiesGatheredAsTheyArriveComeInTheServersOrderEveryTimeOnABusyMachine() throws Throwable {
        // The server answers the last page first; it used to count a later page as waiting only once that page's
        // thread had reached its turn, so on a busy machine an earlier page often went first, and an answer that
        // gathers bodies as they arrive came back in url order (3 of 20 rounds here before, 13 out of order).
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            spinners.add(Thread.ofPlatform().daemon().start(() -> {
                while (busy.get()) {
                    Thread.onSpinWait();
                }
            }));
        }
        try {
            for (int round = 0; round < 20; round++) {
                try (HttpProbe server = probe("fetchAll").together()) {
                    List<URI> urls = server.pages("b", "c", "a");
                    List<String> bodies = server.call(() -> gatherAsTheyArrive(server.client(), urls));
                    assertEquals(List.of("page a", "page c", "page b"), bodies, "round " + round);
                    assertFails(() -> server.assertBodiesInOrder(bodies, List.of("page b", "page c", "page a")),
                            "not in url order [page b, page c, page a]");
                }
            }
        } finally {
            busy.set(false);
            for (Thread spinner : spinners) {
                spinner.join();
            }
        }
    }

    private static void assertFails(Executable assertion, String phrase) {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, assertion);
        assertTrue(String.valueOf(failure.getMessage()).contains(phrase), () -> "expected \"" + phrase + "\" in: "
                + failure.getMessage());
    }

    // --- answers learners write ---

    private static HttpRequest get(URI uri, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        return (timeout == null ? builder : builder.timeout(timeout)).build();
    }

    static List<String> sendAllThenJoin(HttpClient client, List<URI> urls) {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(client.sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString()));
        }
        return futures.stream().map(f -> f.join().body()).toList();
    }

    static List<String> oneAfterAnother(HttpClient client, List<URI> urls) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(client.send(get(url, null), HttpResponse.BodyHandlers.ofString()).body());
        }
        return bodies;
    }

    static List<String> joinEach(HttpClient client, List<URI> urls) {
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(client.sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString()).join().body());
        }
        return bodies;
    }

    /** Every request sent at once, the bodies then taken from the last url to the first. */
    static List<String> lastFirst(HttpClient client, List<URI> urls) {
        List<CompletableFuture<HttpResponse<String>>> sent = urls.stream()
                .map(url -> client.sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString())).toList();
        return sent.reversed().stream().map(f -> f.join().body()).toList();
    }

    /** Adds each body to a shared list when its answer arrives (a wrong answer: arrival order, not url order). */
    static List<String> gatherAsTheyArrive(HttpClient client, List<URI> urls) {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (URI url : urls) {
            pending.add(client.sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> bodies.add(response.body())));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return bodies;
    }

    static List<String> politely(HttpClient client, List<URI> urls, int limit) throws Exception {
        Semaphore permits = new Semaphore(limit);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (URI url : urls) {
                futures.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return client.send(get(url, null), HttpResponse.BodyHandlers.ofString()).body();
                    } catch (IOException e) {
                        return "failed";
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> future : futures) {
                bodies.add(future.get());
            }
            return bodies;
        }
    }

    static List<String> poolAroundSendAsync(HttpClient client, List<URI> urls, int limit) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(limit)) {
            for (URI url : urls) {
                pool.submit(() -> futures.add(client.sendAsync(get(url, null), HttpResponse.BodyHandlers.ofString())));
            }
        }
        return futures.stream().map(f -> f.join().body()).toList();
    }

    static List<String> leakyPermits(HttpClient client, List<URI> urls, int limit) throws Exception {
        Semaphore permits = new Semaphore(limit);
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            permits.acquire();
            try {
                bodies.add(client.send(get(url, null), HttpResponse.BodyHandlers.ofString()).body());
                permits.release();
            } catch (IOException e) {
                bodies.add("failed");
            }
        }
        return bodies;
    }

    static String retryOnlyBusy(HttpClient client, URI uri, int attempts, Duration timeout) throws Exception {
        HttpResponse<String> response = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            response = client.send(get(uri, timeout), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        }
        throw new IOException(uri + " answered " + response.statusCode());
    }

    static String withRetry(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff)
            throws Exception {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = client.send(get(uri, timeout), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // a failed attempt, like a 503
            }
            if (attempt >= attempts) {
                throw new IOException(uri + " failed " + attempts + " times");
            }
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** Sleeps k × backoff after the k-th failure (linear, not doubling), then parks as long again (not a sleep). */
    static String linearAndLate(HttpClient client, URI uri, int attempts, Duration backoff) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = client.send(get(uri, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (attempt >= attempts) {
                throw new IOException(uri + " failed " + attempts + " times");
            }
            Thread.sleep(backoff.multipliedBy(attempt));
            long until = System.nanoTime() + backoff.multipliedBy(attempt).toNanos();
            while (System.nanoTime() < until) {
                java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
            }
        }
    }

    /** {@link #withRetry} sleeping with {@code TimeUnit.MILLISECONDS.sleep}, which is {@code Thread.sleep}. */
    static String sleepingBeforeEachRequest(HttpClient client, URI uri, int attempts, Duration backoff) throws Exception {
        Duration wait = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
            HttpResponse<String> response = client.send(get(uri, null), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        }
        throw new IOException(uri + " failed " + attempts + " times");
    }

    static String withRetryInTimeUnits(HttpClient client, URI uri, int attempts, Duration backoff) throws Exception {
        long wait = backoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = client.send(get(uri, Duration.ofSeconds(5)),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (attempt >= attempts) {
                throw new IOException(uri + " failed " + attempts + " times");
            }
            TimeUnit.MILLISECONDS.sleep(wait);
            wait *= 2;
        }
    }

    /** Retries after a delay of {@code CompletableFuture.delayedExecutor}, no sleep: first {@code wait}, doubling. */
    static String withDelayedRetry(HttpClient client, URI uri, int attempts, Duration wait) throws Exception {
        HttpResponse<String> response = client.send(get(uri, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
        for (int attempt = 2; attempt <= attempts && response.statusCode() != 200; attempt++) {
            response = CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(
                    wait.toMillis() << (attempt - 2), TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> client.sendAsync(get(uri, Duration.ofSeconds(5)),
                            HttpResponse.BodyHandlers.ofString()))
                    .get(10, TimeUnit.SECONDS);
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " failed " + attempts + " times");
        }
        return response.body();
    }

    /** Retries with sendAsync, the time limit on the future: get(timeout) or, with {@code orTimeout}, join(). */
    static String withRetryOnTheFuture(HttpClient client, URI uri, int attempts, Duration timeout, Duration backoff,
            boolean orTimeout) throws Exception {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            try {
                HttpResponse<String> response = orTimeout
                        ? pending.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join()
                        : pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (TimeoutException | CompletionException e) {
                pending.cancel(true); // a failed attempt, like a 503
            }
            if (attempt >= attempts) {
                throw new IOException(uri + " failed " + attempts + " times");
            }
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }
}
