package dev.threadlab.toolkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.threadlab.toolkit.internal.ToolkitOwned;
import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slow local HTTP server for the HTTP lessons: it answers every request after a delay, sometimes
 * with a failure, and counts how many requests were waiting at once.
 *
 * <pre>{@code
 * try (var server = SlowServer.start(Duration.ofMillis(500))) {
 *     var client = HttpClient.newHttpClient();
 *     var request = HttpRequest.newBuilder(server.uri("/page/1")).build();
 *     client.send(request, HttpResponse.BodyHandlers.ofString()).body();   // "page /page/1 (request 1)"
 *     server.peakInFlight();   // how many requests the server held at once: a check for "was it concurrent?"
 * }
 * }</pre>
 *
 * <p>It listens on the loopback address {@code 127.0.0.1} only, on a port the system picks, so no
 * request leaves the machine and lessons need no internet. Every request is handled on its own
 * virtual thread, so thousands can wait at once. A request waits {@code latency} plus a random extra
 * in {@code [0, jitter]}, then answers {@code 200} with a line of text, or {@code 503} when it
 * fails. Failures are reproducible: the n-th request (in arrival order) fails when the n-th
 * {@code nextDouble()} of {@code new Random(seed)} is below {@code failureRate}, so with the same
 * seed the same number of requests fail. {@link #close()} stops at once: waiting requests are
 * interrupted and the port is free again. Thread-safe.
 */
public final class SlowServer implements AutoCloseable, Displayable {

    /**
     * How a {@link SlowServer} behaves. Defaults ({@link #defaults()}): latency 100 ms, no jitter, no
     * failures, seed 42. Immutable; each {@code with…} returns a changed copy.
     *
     * <pre>{@code
     * var flaky = SlowServer.Options.defaults()
     *         .withLatency(Duration.ofMillis(200)).withJitter(Duration.ofMillis(300)).withFailureRate(0.1);
     * try (var server = SlowServer.start(flaky)) { … }
     * }</pre>
     *
     * @param latency     the least time every request waits, {@code >= 0}
     * @param jitter      up to this much more, chosen at random per request, {@code >= 0}
     * @param failureRate the share of requests answered with 503, in {@code [0, 1]}
     * @param seed        the seed of the random choices, so runs repeat
     */
    public record Options(Duration latency, Duration jitter, double failureRate, long seed) {

        public Options {
            requireNonNegative("latency", latency);
            requireNonNegative("jitter", jitter);
            if (!(failureRate >= 0 && failureRate <= 1)) {
                throw new IllegalArgumentException("failureRate must be between 0 and 1, was " + failureRate);
            }
        }

        /** 100 ms latency, no jitter, no failures, seed 42. */
        public static Options defaults() {
            return new Options(Duration.ofMillis(100), Duration.ZERO, 0, 42);
        }

        /** A copy with another latency. */
        public Options withLatency(Duration latency) {
            return new Options(latency, jitter, failureRate, seed);
        }

        /** A copy with another jitter. */
        public Options withJitter(Duration jitter) {
            return new Options(latency, jitter, failureRate, seed);
        }

        /** A copy with another failure rate. */
        public Options withFailureRate(double failureRate) {
            return new Options(latency, jitter, failureRate, seed);
        }

        /** A copy with another seed. */
        public Options withSeed(long seed) {
            return new Options(latency, jitter, failureRate, seed);
        }

        private static void requireNonNegative(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must be >= 0, was " + d);
            }
        }
    }

    /** How a request waits its delay: {@link Thread#sleep(Duration)}, or a test's own gate. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration delay) throws InterruptedException;
    }

    private final Options options;
    private final Pause pause;
    private final HttpServer server;
    private final ExecutorService executor;
    private final int port;
    private final Random failureRandom;
    private final Random jitterRandom;
    private final AtomicLong arrived = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();

    private SlowServer(Options options, Pause pause) throws IOException {
        this.options = Objects.requireNonNull(options, "options");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.failureRandom = new Random(options.seed());
        this.jitterRandom = new Random(options.seed() ^ 0x5DEECE66DL);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        this.executor = Executors.newThreadPerTaskExecutor(
                ToolkitOwned.factory(Thread.ofVirtual().name("slow-server-", 1).factory()));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.port = server.getAddress().getPort();
    }

    /** Starts a server with {@link Options#defaults()}. */
    public static SlowServer start() {
        return start(Options.defaults());
    }

    /** Starts a server whose requests each wait {@code latency}, with the other defaults. */
    public static SlowServer start(Duration latency) {
        return start(Options.defaults().withLatency(latency));
    }

    /**
     * Starts a server with these options.
     *
     * @throws UncheckedIOException if no loopback port could be opened
     */
    public static SlowServer start(Options options) {
        return start(options, Thread::sleep);
    }

    /** Starts a server whose requests wait through {@code pause} instead of sleeping (for tests). */
    static SlowServer start(Options options, Pause pause) {
        // The JDK's HttpServer starts its dispatcher and timer threads here: the server's, not the learner's.
        return ToolkitOwned.startingThreads(() -> {
            try {
                return new SlowServer(options, pause);
            } catch (IOException e) {
                throw new UncheckedIOException("could not open a local port for the SlowServer: " + e.getMessage(), e);
            }
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        long number = arrived.incrementAndGet();
        int now = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(now, Math::max);
        boolean held = true;
        try (exchange) {
            boolean fail;
            long extraNanos;
            synchronized (failureRandom) {
                fail = failureRandom.nextDouble() < options.failureRate();
            }
            long jitter = options.jitter().toNanos();
            synchronized (jitterRandom) {
                extraNanos = jitter == 0 ? 0 : (long) (jitterRandom.nextDouble() * jitter);
            }
            pause.pause(options.latency().plusNanos(extraNanos));
            String path = exchange.getRequestURI().getPath();
            String body = fail ? "failed " + path + " (request " + number + ")\n"
                    : "page " + path + " (request " + number + ")\n";
            (fail ? failed : served).incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            // no longer in flight once answered: a client holding its response never sees it counted
            inFlight.decrementAndGet();
            held = false;
            exchange.sendResponseHeaders(fail ? 503 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            // close() interrupts waiting requests: the server is going away, so the answer is dropped.
            Thread.currentThread().interrupt();
        } finally {
            if (held) {
                inFlight.decrementAndGet();
            }
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return uri("/");
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path} (a leading {@code /} is added if missing). */
    public URI uri(String path) {
        Objects.requireNonNull(path, "path");
        return URI.create("http://127.0.0.1:" + port() + (path.startsWith("/") ? "" : "/") + path);
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The options it was started with. */
    public Options options() {
        return options;
    }

    /** Requests answered with 200 so far. */
    public long served() {
        return served.get();
    }

    /** Requests answered with 503 so far. */
    public long failures() {
        return failed.get();
    }

    /** Requests being handled right now: arrived, and not yet answered. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The most requests that were being handled at the same moment. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** The counters as a two-column table. */
    public Table stats() {
        return Table.of(List.of("SlowServer", "value"), List.of(
                List.of("address", uri().toString()),
                List.of("latency", options.latency()),
                List.of("jitter", options.jitter()),
                List.of("failure rate", options.failureRate()),
                List.of("served (200)", served()),
                List.of("failed (503)", failures()),
                List.of("peak in flight", peakInFlight())));
    }

    /**
     * Stops listening and interrupts the requests still waiting (their clients see the connection
     * close); returns within about a second. Calling it again does nothing.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public MimeBundle mimeBundle() {
        return stats().mimeBundle();
    }

    @Override
    public String toString() {
        return "SlowServer[" + uri() + ", served " + served() + ", failed " + failures()
                + ", peak in flight " + peakInFlight() + "]";
    }
}
