package dev.threadlab.toolkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A local HTTP server for check cells, and a watch on the learner's code that talks to it: the proof comes
 * from what the server observed (how many requests were in flight at once, how often each url was asked
 * for, how long the client waited between attempts), never from how long the answer took. Like
 * {@link TaskProbe}, its assertions name the mistake and say what to do.
 *
 * <pre>{@code
 * try (var server = HttpProbe.start("fetchAll").together()) {
 *     List<URI> urls = server.pages("a", "b", "c");            // answer 200 "page a", ... (last page first)
 *     List<String> bodies = server.call(() -> fetchAll(server.client(), urls));
 *     server.assertRequestedTogether().assertBodiesInOrder(bodies, List.of("page a", "page b", "page c"));
 * }
 * }</pre>
 *
 * <p>Paths are scripted by request number: {@link #page} answers, {@link #failing} answers 503,
 * {@link #flaky} answers 503 a few times first, {@link #silent} never answers the first few times, and
 * {@link #broken} breaks the connection (the client sees an {@code IOException}). With {@link #together()}
 * requests wait at the server until all the pages are in flight at once (or {@value TaskProbe#PATIENCE_SECONDS}
 * s pass without a new one), then until the caller waits for them (a {@link CallerWatch}: an answer that sleeps
 * instead gets its answers only after it returned), then answer last page first; with {@link #atMost(int)} they wait until {@code limit}
 * are in flight and then until no new one came for a moment, so that more than {@code limit} at once shows.
 *
 * <p>The answer gets {@link #client()}, a real {@code HttpClient} that notes which thread sent each request and
 * whether it had a timeout. While it runs, the probe stops it (interrupts its thread, then drops the requests
 * held open) when nothing happened at the server for {@value #STALL_SECONDS} s (a request without a timeout
 * that never gets an answer, permits never given back) or when one url got more than {@link #maxRequests}
 * requests (retrying without a limit), and says so. Loopback only, a port the system picks. Used from one
 * thread (a check's); {@link #close()} stops the server and the client.
 */
public final class HttpProbe implements AutoCloseable {

    /** How long nothing may happen at the server, while the answer runs, before the probe stops it. */
    static final int STALL_SECONDS = 3;
    /** How long, with {@link #atMost(int)}, a request is held after the latest arrival. */
    static final Duration QUIET = Duration.ofMillis(300);
    /** How long, after the answer returned, requests to pages not yet asked for may still arrive. */
    static final Duration LATE = Duration.ofSeconds(1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~/-]+");

    private final String answer;
    private final ProbeServer server;
    private final WatchedHttpClient client;
    private Duration patience;
    private final Duration quiet;
    private final Duration stall;
    private int maxRequests = 50;
    private boolean together;
    private int limit;
    private boolean called;
    private volatile boolean calling;
    private volatile long calledAt;
    /** {@link System#nanoTime()} when the answer returned (or threw); 0 before. */
    private long returnedAt;
    private Leftovers leftovers;
    private volatile String stopped;
    private Leftovers.Found left;
    /** What the caller was seen waiting in, with {@link #together()}; null before the call or without it. */
    private CallerWatch.Seen seen;

    HttpProbe(String answer, Duration patience, Duration quiet, Duration stall) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        this.answer = answer.strip();
        this.patience = patience;
        this.quiet = quiet;
        this.stall = stall;
        try {
            this.server = new ProbeServer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a local port for the check's server: " + e.getMessage(), e);
        }
        this.client = new WatchedHttpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build());
        client.reportHandoversTo(server);
    }

    /**
     * Starts a probe server for the learner's method {@code answer} (its name, used in the feedback).
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     * @throws UncheckedIOException     if no loopback port could be opened
     */
    public static HttpProbe start(String answer) {
        return new HttpProbe(answer, Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS), QUIET,
                Duration.ofSeconds(STALL_SECONDS));
    }

    /** Requests wait at the server until every page is in flight at once: proof that they were sent together. */
    public HttpProbe together() {
        together = true; // the gate's size is the number of pages, known when the answer is called
        return this;
    }

    /**
     * Requests wait at the server until {@code limit} are in flight at once, then until no new one arrived for
     * a moment: proof that the answer sends {@code limit} at a time, and never more.
     *
     * @throws IllegalArgumentException if limit < 1
     */
    public HttpProbe atMost(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        this.limit = limit; // the server's gate and hold are set when the answer is called
        return this;
    }

    /**
     * How long requests wait at the server for one more before they give up waiting for each other; default
     * {@value TaskProbe#PATIENCE_SECONDS} s. A shorter one makes an answer that never sends them together cheaper
     * to judge when that is not what a requirement tests; it never fails a right answer.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public HttpProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        this.patience = patience;
        return this;
    }

    /** How many requests one url may get before the probe stops the answer as retrying without end (default 50). */
    public HttpProbe maxRequests(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        this.maxRequests = max;
        return this;
    }

    /** A url that answers 200 with the body {@code page NAME}. */
    public URI page(String name) {
        return add(name, n -> ProbeServer.Reply.OK);
    }

    /** One {@link #page} per name, in order. */
    public List<URI> pages(String... names) {
        List<URI> uris = new ArrayList<>();
        for (String name : names) {
            uris.add(page(name));
        }
        return List.copyOf(uris);
    }

    /** A url that always answers 503 (body {@code busy}). */
    public URI failing(String name) {
        return add(name, n -> ProbeServer.Reply.BUSY);
    }

    /** A url that answers 503 to its first {@code failures} requests, then 200 {@code page NAME}. */
    public URI flaky(String name, int failures) {
        return add(name, n -> n <= failures ? ProbeServer.Reply.BUSY : ProbeServer.Reply.OK);
    }

    /** A url that never answers its first {@code times} requests (until the client gives up), then 200. */
    public URI silent(String name, int times) {
        return add(name, n -> n <= times ? ProbeServer.Reply.SILENT : ProbeServer.Reply.OK);
    }

    /** A url whose every request breaks: half an answer, then the connection is reset (an IOException). */
    public URI broken(String name) {
        return add(name, n -> ProbeServer.Reply.BROKEN);
    }

    private URI add(String name, java.util.function.IntFunction<ProbeServer.Reply> script) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a page name may hold letters, digits and ._~/- only, was \"" + name + "\"");
        }
        if (called) {
            throw new IllegalStateException("declare the pages before calling the answer");
        }
        String path = "/" + name;
        server.add(path, "page " + name, script);
        return uri(path);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The body the server answers for {@code uri} with a 200: {@code page NAME}. */
    public String body(URI uri) {
        ProbeServer.Page page = server.page(Objects.requireNonNull(uri, "uri").getPath());
        if (page == null) {
            throw new IllegalArgumentException("not a page of this probe: " + uri);
        }
        return page.body();
    }

    /** The client to hand to the learner's method. */
    public HttpClient client() {
        return client;
    }

    /**
     * Calls the learner's {@code answer} on this thread, watching it and the server, and answers its result.
     * What it throws passes through, unless the probe had to stop it: then an assertion failure says why.
     */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        if (called) {
            throw new IllegalStateException("a probe watches one call of the answer; make a new probe for the next");
        }
        called = true;
        Thread caller = Thread.currentThread();
        if (together) {
            server.gate(server.pages().size(), patience);
            server.holdAnswersUntilCallerWaits();
        } else if (limit > 0) {
            server.gate(limit, patience);
            server.hold(quiet);
        }
        leftovers = Leftovers.before();
        server.watch(caller);
        client.watch(caller);
        calledAt = System.nanoTime();
        calling = true;
        Thread watcher = Thread.ofPlatform().name("http-probe-watch").daemon(true).start(() -> watch(caller));
        CallerWatch callerWatch = together ? CallerWatch.start(server, caller) : null;
        R result = null;
        Throwable thrown = null;
        try {
            result = answer.get();
        } catch (Throwable t) { // judged below
            thrown = t;
        } finally {
            calling = false;
            returnedAt = System.nanoTime();
            server.returned();
            if (callerWatch != null) {
                callerWatch.close();
                seen = callerWatch.seen();
            }
            boolean interrupted = awaitEnd(watcher);
            client.watch(null);
            server.watch(null);
            if (stopped == null && interrupted && Watchdog.stopping(Thread.currentThread())) {
                Thread.currentThread().interrupt(); // the cell's: keep it (one the answer left is forgotten, see LeftInterrupt)
            }
        }
        if (stopped != null) {
            if (thrown != null) {
                Assertions.fail(stopped, thrown);
            }
            Assertions.fail(stopped);
        }
        if (thrown != null) {
            throw thrown;
        }
        return result;
    }

    /**
     * Waits (bounded) for the watcher to end, then clears this thread's interrupt status, which the watcher may
     * have set; answers whether it was set.
     */
    private static boolean awaitEnd(Thread watcher) {
        LockSupport.unpark(watcher);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (watcher.isAlive() && System.nanoTime() < deadline) {
            try {
                watcher.join(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                // the watcher's own interrupt, or the cell's: decided by the caller
            }
        }
        return Thread.interrupted();
    }

    /** Stops the answer when nothing happens at the server, or when one url gets requests without end. */
    private void watch(Thread caller) {
        int interrupts = 0;
        while (calling) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            if (!calling) {
                return;
            }
            if (stopped == null) {
                stopped = why(caller).orElse(null);
            }
            if (stopped != null) {
                caller.interrupt();
                if (++interrupts == 3) {
                    server.dropSilent(); // a send that ignores interrupts still ends with its connection
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400));
            }
        }
    }

    private Optional<String> why(Thread caller) {
        for (ProbeServer.Page page : server.pages()) {
            if (server.requests(page.path()) > maxRequests) {
                return Optional.of(feedback().runaway(page, maxRequests));
            }
        }
        if (System.nanoTime() - Math.max(server.lastEvent(), calledAt) > stall.toNanos()) {
            return Optional.of(feedback().stalled(stall, caller.getState(), caller.getStackTrace()));
        }
        return Optional.empty();
    }

    // --- assertions ---

    /**
     * Every page was requested exactly once, through {@link #client()}, and all were in flight at the same
     * moment; none was sent by a blocking call on the shared common pool. Needs {@link #together()}.
     */
    public HttpProbe assertRequestedTogether() {
        requireCalled();
        if (!together) {
            throw new IllegalStateException("assertRequestedTogether() needs a probe made with together()");
        }
        awaitLateRequests();
        return check(feedback().requestedTogether());
    }

    /**
     * Waits (at most {@link #LATE}) for a request to every page: threads the answer started and did not wait for
     * may send theirs only after it returned, and the feedback names them rather than calling them never sent.
     */
    private void awaitLateRequests() {
        long deadline = System.nanoTime() + LATE.toNanos();
        while (server.pages().stream().anyMatch(p -> server.requests(p.path()) == 0) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            if (Thread.currentThread().isInterrupted()) {
                return; // the cell is being stopped: judge what was seen
            }
        }
    }

    /** {@code bodies} equal {@code expected}: one per url, in url order (not the order the answers came in). */
    public HttpProbe assertBodiesInOrder(List<String> bodies, List<String> expected) {
        requireCalled();
        return check(feedback().bodiesInOrder(bodies, List.copyOf(expected)));
    }

    /**
     * Every page was requested exactly once, never more than {@code limit} at once, and {@code limit} at once,
     * through whichever client ({@link #assertUsedTheClient()} judges that).
     */
    public HttpProbe assertAtMostInFlight(int limit) {
        requireCalled();
        return check(feedback().atMostInFlight(limit));
    }

    /**
     * Calls {@code answer}, which must return the body of {@code uri} after retrying its failures (503s, requests
     * that timed out): as many requests as it took to get the good answer and no more, waiting at least
     * {@code backoff} after the first failure, then twice that, and so on. The waits are bounded from below by
     * the server's clock; when the answer waited with {@code Thread.sleep} on this thread, once per retry, the
     * times it asked for (see {@link RequestedSleeps}) also show a wait doubled before its first use.
     */
    public HttpProbe assertFetches(URI uri, Duration backoff, ThrowingSupplier<String> answer) throws Throwable {
        return fetches(uri, backoff, null, answer);
    }

    /**
     * {@link #assertFetches(URI, Duration, ThrowingSupplier)} for an answer given {@code timeout} for each request.
     * An answer that threw is not blamed when the machine was: it sent every request up to the good answer with
     * exactly that timeout, and each of them from the good answer's on timed out on the client (on a crowded
     * machine a request can take longer than a short timeout to reach the server and its answer to come back).
     */
    public HttpProbe assertFetches(URI uri, Duration backoff, Duration timeout, ThrowingSupplier<String> answer)
            throws Throwable {
        Objects.requireNonNull(timeout, "timeout");
        return fetches(uri, backoff, timeout, answer);
    }

    private HttpProbe fetches(URI uri, Duration backoff, Duration timeout, ThrowingSupplier<String> answer)
            throws Throwable {
        Objects.requireNonNull(backoff, "backoff");
        String returned;
        RequestedSleeps sleeps = RequestedSleeps.of(Thread.currentThread());
        try {
            returned = call(answer);
        } catch (AssertionError e) {
            sleeps.stop();
            throw e;
        } catch (Throwable t) { // what the answer threw is what is judged
            sleeps.stop();
            if (FailureFeedback.unwritten(t)) {
                throw t;
            }
            if (timeout != null && onlyTheMachineWasLate(uri, timeout)) {
                return this;
            }
            return check(Optional.of(feedback().threwInsteadOfRetrying(path(uri), t)));
        }
        Optional<List<Duration>> asked = sleeps.stop();
        return check(feedback().retried(path(uri), returned, backoff, asked));
    }

    /**
     * Whether every request to {@code uri}, up to and past the first one the server answers with a 200, carried
     * {@code timeout} (its own, or one the answer waited on its future with), and each from that one on timed out
     * on the client: the answer retried as asked, and only
     * the machine kept the good answer from it.
     */
    private boolean onlyTheMachineWasLate(URI uri, Duration timeout) {
        ProbeServer.Page page = server.page(path(uri));
        int good = 1;
        while (good <= 1000 && page.script().apply(good) != ProbeServer.Reply.OK) {
            good++;
        }
        List<WatchedHttpClient.Sent> sends = client.sent().stream()
                .filter(s -> path(s.uri()).equals(page.path())).toList();
        if (sends.size() < good || sends.stream().anyMatch(s -> !client.timeoutOf(s).equals(Optional.of(timeout)))) {
            return false;
        }
        return sends.subList(good - 1, sends.size()).stream().allMatch(client::timedOut);
    }

    /**
     * Calls {@code answer}, which must give up on {@code uri} after exactly {@code attempts} requests by throwing
     * an {@code IOException}.
     */
    public HttpProbe assertGivesUp(URI uri, int attempts, ThrowingSupplier<?> answer) throws Throwable {
        Object returned;
        try {
            returned = call(answer);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) { // what the answer threw is what is judged
            if (FailureFeedback.unwritten(t)) {
                throw t;
            }
            return check(feedback().gaveUp(path(uri), attempts, null, t));
        }
        return check(feedback().gaveUp(path(uri), attempts, returned, null));
    }

    /** The answer sent its requests through {@link #client()}, the client it was given, not one of its own. */
    public HttpProbe assertUsedTheClient() {
        requireCalled();
        return check(feedback().usedTheClient());
    }

    /** No thread or executor that sent the answer's requests is still alive after it returned. */
    public HttpProbe assertLeftNothingRunning() {
        requireCalled();
        if (left == null) {
            left = leftovers.after(feedback().senders(), Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS));
        }
        return check(feedback().leftNothingRunning(left));
    }

    /** How many requests {@code uri} received. */
    public int requests(URI uri) {
        return server.requests(path(uri));
    }

    /** The most requests the server had in flight at once. */
    public int peakInFlight() {
        return server.peak();
    }

    private static String path(URI uri) {
        return Objects.requireNonNull(uri, "uri").getPath();
    }

    private HttpFeedback feedback() {
        return new HttpFeedback(answer, server, client.sent(), seen, returnedAt);
    }

    private void requireCalled() {
        if (!called) {
            throw new IllegalStateException("call the answer first, with probe.call(() -> ...)");
        }
    }

    private HttpProbe check(Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
        return this;
    }

    /** Stops the server (requests still held get their connections closed) and the client. */
    @Override
    public void close() {
        server.close();
        client.shutdownNow();
        try {
            client.awaitTermination(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while closing the check's HTTP client");
        }
    }

    @Override
    public String toString() {
        return "HttpProbe[" + answer + ", http://127.0.0.1:" + server.port() + ", peak in flight " + server.peak() + "]";
    }
}
