package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

final class SlowServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    private static HttpRequest get(SlowServer server, String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).build();
    }

    /** A pause that waits for nothing and notes every delay a request asked for. */
    private static final class NotedPauses implements SlowServer.Pause {
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        @Override
        public void pause(Duration delay) {
            delays.add(delay);
        }
    }

    @Test
    void aRequestWaitsTheLatencyAndGetsAPage() throws Exception {
        var pauses = new NotedPauses();
        try (var server = SlowServer.start(SlowServer.Options.defaults().withLatency(Duration.ofMillis(300)), pauses)) {
            var response = CLIENT.send(get(server, "/page/1"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("page /page/1 (request 1)\n", response.body());
            assertEquals(List.of(Duration.ofMillis(300)), pauses.delays);
            assertEquals(1, server.served());
        }
    }

    @Test
    void jitterOnlyAddsToTheLatency() throws Exception {
        var options = SlowServer.Options.defaults().withLatency(Duration.ofMillis(100)).withJitter(Duration.ofMillis(100));
        var pauses = new NotedPauses();
        try (var server = SlowServer.start(options, pauses)) {
            for (int i = 0; i < 10; i++) {
                CLIENT.send(get(server, "/"), HttpResponse.BodyHandlers.discarding());
            }
        }
        assertEquals(10, pauses.delays.size());
        for (Duration delay : pauses.delays) {
            assertTrue(delay.compareTo(Duration.ofMillis(100)) >= 0 && delay.compareTo(Duration.ofMillis(200)) <= 0,
                    "a delay of " + delay + " is outside latency 100 ms + jitter [0, 100 ms]: " + pauses.delays);
        }
        assertTrue(pauses.delays.stream().distinct().count() > 1, "the jitter never varied: " + pauses.delays);
    }

    @Test
    void twentyConcurrentRequestsAreHeldAtTheSameTime() throws Exception {
        // Each request waits until all twenty have arrived: the server must hold them side by side.
        var arrived = new CountDownLatch(20);
        SlowServer.Pause gate = delay -> {
            arrived.countDown();
            arrived.await(30, TimeUnit.SECONDS);
        };
        try (var server = SlowServer.start(SlowServer.Options.defaults(), gate)) {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                responses.add(CLIENT.sendAsync(get(server, "/" + i), HttpResponse.BodyHandlers.ofString()));
            }
            for (var response : responses) {
                assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(20, server.served());
            assertEquals(20, server.peakInFlight(), "the server did not hold all twenty requests at once");
            assertEquals(0, server.inFlight());
        }
    }

    @Test
    void theFailureRateWithASeedFailsTheSameNumberOfRequestsEveryTime() throws Exception {
        var options = SlowServer.Options.defaults().withLatency(Duration.ZERO).withFailureRate(0.3).withSeed(7);
        Random same = new Random(7);
        int expected = 0;
        for (int i = 0; i < 40; i++) {
            expected += same.nextDouble() < 0.3 ? 1 : 0;
        }
        try (var server = SlowServer.start(options)) {
            int status503 = 0;
            for (int i = 0; i < 40; i++) {
                status503 += CLIENT.send(get(server, "/"), HttpResponse.BodyHandlers.discarding()).statusCode() == 503 ? 1 : 0;
            }
            assertEquals(expected, status503);
            assertEquals(expected, server.failures());
            assertEquals(40 - expected, server.served());
        }
        assertTrue(expected > 0 && expected < 40, "the seed should give some failures, gave " + expected);
    }

    @Test
    void closeStopsWaitingRequestsPromptlyAndFreesThePort() throws Exception {
        var server = SlowServer.start(Duration.ofMinutes(5));
        int port = server.port();
        var pending = CLIENT.sendAsync(get(server, "/slow"), HttpResponse.BodyHandlers.discarding());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.inFlight() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, server.inFlight(), "the request never reached the server");
        assertTimeoutPreemptively(Duration.ofSeconds(30), server::close, "close hung on a waiting request");
        var failure = assertThrows(Exception.class, () -> pending.get(30, TimeUnit.SECONDS));
        assertTrue(failure instanceof java.util.concurrent.ExecutionException, "expected the request to fail, got " + failure);
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertEquals(port, socket.getLocalPort());
        }
    }

    @Test
    void itListensOnLoopbackOnly() {
        try (var server = SlowServer.start()) {
            assertEquals("127.0.0.1", server.uri().getHost());
            assertEquals("http://127.0.0.1:" + server.port() + "/a/b", server.uri("a/b").toString());
        }
    }

    @Test
    void badOptionsAreRejectedWithTheRuleAndTheValue() {
        var defaults = SlowServer.Options.defaults();
        assertEquals("failureRate must be between 0 and 1, was 1.5",
                assertThrows(IllegalArgumentException.class, () -> defaults.withFailureRate(1.5)).getMessage());
        assertEquals("latency must be >= 0, was PT-1S",
                assertThrows(IllegalArgumentException.class, () -> defaults.withLatency(Duration.ofSeconds(-1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withFailureRate(Double.NaN));
    }

    @Test
    void itShowsItsCountersAsATable() throws Exception {
        try (var server = SlowServer.start(Duration.ZERO)) {
            CLIENT.send(get(server, "/"), HttpResponse.BodyHandlers.discarding());
            var bundle = server.mimeBundle();
            assertTrue(bundle.data().get("text/html").contains("peak in flight"));
            assertTrue(bundle.data().get("text/plain").contains("served (200)"));
        }
    }
}
