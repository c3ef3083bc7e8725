package dev.threadlab.toolkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@code CompletableFuture} that a {@link FutureProbe}'s service hands to the learner's code, and every stage
 * built on it ({@code thenApply}, {@code thenCompose}, ... make their futures through
 * {@link #newIncompleteFuture()}, so they are watched too). It behaves exactly like a plain one; it only tells
 * the probe's {@link FutureLog} who blocked on it ({@code join}, {@code get}), who read it before it had
 * completed ({@code getNow}, {@code resultNow}), and where the learner put a time
 * limit ({@code completeOnTimeout}, {@code orTimeout}) or a fallback ({@code exceptionally}, {@code handle}).
 * Thread-safe, as its superclass.
 */
final class WatchedFuture<T> extends CompletableFuture<T> {

    private final FutureLog log;
    private final String label;
    private final boolean service;

    /**
     * A future of the service call {@code label} ({@code shop.user(7)}), or, when {@code service} is false, a
     * stage built on one ({@code a stage built on shop.user(7)}).
     */
    WatchedFuture(FutureLog log, String label, boolean service) {
        this.log = log;
        this.label = label;
        this.service = service;
    }

    /** How the feedback names this future. */
    String label() {
        return label;
    }

    /** Whether this is the service's own future rather than a stage built on it. */
    boolean service() {
        return service;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new WatchedFuture<>(log, service ? "a stage built on " + label : label, false);
    }

    @Override
    public T join() {
        log.blocked(this, "join()");
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        log.blocked(this, "get()");
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        log.blocked(this, "get(timeout)");
        return super.get(timeout, unit);
    }

    @Override
    public T getNow(T valueIfAbsent) {
        if (!isDone()) {
            log.peeked(this, "getNow(...)");
        }
        return super.getNow(valueIfAbsent);
    }

    @Override
    public T resultNow() {
        if (!isDone()) {
            log.peeked(this, "resultNow()");
        }
        return super.resultNow();
    }

    @Override
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        log.limited(this, "completeOnTimeout", unit.toNanos(timeout));
        return super.completeOnTimeout(value, timeout, unit);
    }

    @Override
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        log.limited(this, "orTimeout", unit.toNanos(timeout));
        return super.orTimeout(timeout, unit);
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        log.fallback(this, "exceptionally");
        return super.exceptionally(fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        log.fallback(this, "exceptionallyCompose");
        return super.exceptionallyCompose(fn);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        log.fallback(this, "handle");
        return super.handle(fn);
    }

    @Override
    public String toString() {
        return "CompletableFuture of " + label + " " + super.toString().replaceFirst("^.*\\[", "[");
    }
}
