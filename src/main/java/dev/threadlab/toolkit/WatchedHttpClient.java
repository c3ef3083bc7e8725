package dev.threadlab.toolkit;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@code HttpClient} an {@link HttpProbe} hands to the learner's code: a real client underneath, which
 * also notes, for every request sent through it while the answer runs, which thread sent it (the caller, a
 * pool, the common pool, a virtual thread of its own), whether with {@code send} (blocking) or
 * {@code sendAsync}, whether the request carried a timeout (its own, or one the caller gave the future of its
 * answer: {@code get(timeout, unit)}, {@code orTimeout}), and whether it timed out. Thread-safe.
 */
final class WatchedHttpClient extends HttpClient {

    /**
     * One request sent through the client.
     *
     * @param thread  the thread that called {@code send} or {@code sendAsync}
     * @param kind    what kind of thread that is, for the caller of the answer
     * @param via     how the work reached that thread ({@code a parallel stream}, ...), or empty
     * @param async   whether it was {@code sendAsync}
     * @param uri     the request's URI
     * @param timeout the request's own timeout, if it had one
     * @param answeredBefore how many answers (or failures) of requests sent through the client had come back when
     *                       this one was sent: 0 for every request of an answer that sends them all before waiting
     * @param at      {@link System#nanoTime()} when it was sent
     */
    record Sent(Thread thread, ThreadKind kind, String via, boolean async, URI uri, Optional<Duration> timeout,
            int answeredBefore, long at) {
    }

    private final HttpClient client;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Set<Sent> timedOut = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    /** The first time limit the learner's code put on the future of a request's answer, where it had none itself. */
    private final Map<Sent, Duration> futureTimeouts = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Thread caller;
    /** The server the probe's pages are on, told when an answer sent with {@code sendAsync} was handed over. */
    private volatile ProbeServer server;
    private final AtomicInteger answered = new AtomicInteger();

    WatchedHttpClient(HttpClient client) {
        this.client = client;
    }

    /** Tells {@code server} when the answers to requests sent with {@code sendAsync} reach the learner's code. */
    void reportHandoversTo(ProbeServer server) {
        this.server = server;
    }

    /** Requests sent from now on are noted, judged against {@code caller}; null stops noting. */
    void watch(Thread caller) {
        this.caller = caller;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Whether {@code request}, one of {@link #sent()}, ended in an {@code HttpTimeoutException}. */
    boolean timedOut(Sent request) {
        return timedOut.contains(request);
    }

    /**
     * The time limit {@code request} had: its own timeout, or else the first one the learner's code waited on its
     * answer's future with ({@code get(timeout, unit)}, {@code orTimeout}); empty when it had none.
     */
    Optional<Duration> timeoutOf(Sent request) {
        return request.timeout().or(() -> Optional.ofNullable(futureTimeouts.get(request)));
    }

    /** The request noted, or null when nothing is watched. */
    private Sent note(HttpRequest request, boolean async) {
        Thread watched = caller;
        if (watched == null || request == null) {
            return null;
        }
        Thread me = Thread.currentThread();
        StackTraceElement[] stack = me.getStackTrace();
        Sent noted = new Sent(me, ThreadKind.of(me, stack, watched), ThreadKind.via(stack), async, request.uri(),
                request.timeout(), answered.get(), System.nanoTime());
        sent.add(noted);
        ProbeServer told = server;
        if (async && told != null) {
            told.expectHandover(request.uri().getRawPath());
        }
        return noted;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Sent noted = note(request, false);
        try {
            return client.send(request, handler);
        } catch (HttpTimeoutException e) {
            if (noted != null) {
                timedOut.add(noted);
            }
            throw e;
        } finally {
            answered.incrementAndGet();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return watched(note(request, true), client.sendAsync(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return watched(note(request, true), client.sendAsync(request, handler, pushPromiseHandler));
    }

    /**
     * Notes when {@code response} fails with a timeout, of the request or of the future ({@code orTimeout}), or
     * when the learner's code gave up waiting for it ({@code get(timeout, unit)}); answers a future that completes
     * as {@code response} does, for the learner's code, and cancels it when cancelled.
     */
    private <T> CompletableFuture<T> watched(Sent noted, CompletableFuture<T> response) {
        if (noted == null) {
            return response;
        }
        Answer<T> answer = new Answer<>(noted, response);
        response.whenComplete((value, failure) -> {
            answered.incrementAndGet();
            if (failure == null) {
                answer.complete(value);
            } else {
                answer.completeExceptionally(failure);
            }
            ProbeServer told = server; // the stages chained on the answer, but those made async, have run
            if (told != null) {
                told.handedOver(noted.uri().getRawPath());
            }
        });
        answer.whenComplete((value, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
                timedOut.add(noted);
            }
        });
        return answer;
    }

    /**
     * The future of one request's answer as the learner's code sees it, and every stage chained on it: notes the
     * time limits put on waiting for it. Otherwise a plain {@code CompletableFuture}.
     */
    private final class Answer<T> extends CompletableFuture<T> {
        private final Sent noted;
        private final CompletableFuture<?> source;

        Answer(Sent noted, CompletableFuture<?> source) {
            this.noted = noted;
            this.source = source;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new Answer<>(noted, null);
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            futureTimeouts.putIfAbsent(noted, Duration.of(timeout, unit.toChronoUnit()));
            try {
                return super.get(timeout, unit);
            } catch (TimeoutException e) {
                timedOut.add(noted);
                throw e;
            }
        }

        @Override
        public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
            futureTimeouts.putIfAbsent(noted, Duration.of(timeout, unit.toChronoUnit()));
            return super.orTimeout(timeout, unit);
        }

        /** As a plain {@code CompletableFuture} prints, for a learner who prints the future: the probe stays out. */
        @Override
        public String toString() {
            String printed = super.toString();
            return CompletableFuture.class.getName() + printed.substring(printed.indexOf('@'));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (source != null) {
                source.cancel(mayInterruptIfRunning); // the request itself is given up too
            }
            return cancelled;
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }

    @Override
    public void shutdown() {
        client.shutdown();
    }

    @Override
    public boolean awaitTermination(Duration duration) throws InterruptedException {
        return client.awaitTermination(duration);
    }

    @Override
    public boolean isTerminated() {
        return client.isTerminated();
    }

    @Override
    public void shutdownNow() {
        client.shutdownNow();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "HttpClient (the check's) " + client;
    }
}
