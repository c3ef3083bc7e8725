package dev.threadlab.toolkit;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@code HttpClient} an {@link HttpProbe} hands to the learner's code: a real client underneath, which
 * also notes, for every request sent through it while the answer runs, which thread sent it (the caller, a
 * pool, the common pool, a virtual thread of its own), whether with {@code send} (blocking) or
 * {@code sendAsync}, and whether the request carried a timeout. Thread-safe.
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
     */
    record Sent(Thread thread, ThreadKind kind, String via, boolean async, URI uri, Optional<Duration> timeout) {
    }

    private final HttpClient client;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile Thread caller;

    WatchedHttpClient(HttpClient client) {
        this.client = client;
    }

    /** Requests sent from now on are noted, judged against {@code caller}; null stops noting. */
    void watch(Thread caller) {
        this.caller = caller;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void note(HttpRequest request, boolean async) {
        Thread watched = caller;
        if (watched == null || request == null) {
            return;
        }
        Thread me = Thread.currentThread();
        StackTraceElement[] stack = me.getStackTrace();
        sent.add(new Sent(me, ThreadKind.of(me, stack, watched), ThreadKind.via(stack), async, request.uri(),
                request.timeout()));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        note(request, false);
        return client.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        note(request, true);
        return client.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        note(request, true);
        return client.sendAsync(request, handler, pushPromiseHandler);
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
