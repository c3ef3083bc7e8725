package dev.threadlab.toolkit;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The probe server answers the last page first, each earlier one once the later answer reached the learner. */
final class ProbeServerTest {

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static ProbeServer twoPagesTogether() throws IOException {
        ProbeServer server = new ProbeServer();
        server.add("/a", "page a", number -> ProbeServer.Reply.OK);
        server.add("/b", "page b", number -> ProbeServer.Reply.OK);
        server.gate(2, Duration.ofSeconds(30));
        return server;
    }

    @Test
    void anEarlierPageWaitsUntilTheClientHandedTheLaterAnswerOver() throws Exception {
        try (ProbeServer server = twoPagesTogether(); ExecutorService clients = Executors.newFixedThreadPool(2)) {
            server.expectHandover("/b");
            Future<String> a = clients.submit(() -> get(server.port(), "/a"));
            Future<String> b = clients.submit(() -> get(server.port(), "/b"));

            assertTrue(b.get(30, SECONDS).endsWith("page b"));
            // Before, page a went 20 ms after page b's answer was written, whether or not the client had passed it on.
            assertThrows(TimeoutException.class, () -> a.get(300, MILLISECONDS));
            server.handedOver("/b");
            assertTrue(a.get(30, SECONDS).endsWith("page a"));
        }
    }

    @Test
    void theProbesClientReportsAnAnswerHandedOverOnceTheStagesChainedOnItHaveRun() throws Exception {
        CountDownLatch stageMayEnd = new CountDownLatch(1);
        try (ProbeServer server = twoPagesTogether();
                WatchedHttpClient client = new WatchedHttpClient(HttpClient.newHttpClient())) {
            client.reportHandoversTo(server);
            client.watch(Thread.currentThread());
            URI base = URI.create("http://127.0.0.1:" + server.port());
            CompletableFuture<HttpResponse<String>> a = client.sendAsync(HttpRequest.newBuilder(base.resolve("/a")).build(),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<Void> b = client.sendAsync(HttpRequest.newBuilder(base.resolve("/b")).build(),
                    HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                        try {
                            stageMayEnd.await(30, SECONDS); // the learner's stage on page b's answer, still running
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });

            assertThrows(TimeoutException.class, () -> a.get(300, MILLISECONDS));
            assertEquals(List.of("/b"), server.answers().stream().map(ProbeServer.Event::path).toList(),
                    "page a waits at the server while the stage on page b's answer runs");
            stageMayEnd.countDown();
            b.get(30, SECONDS);
            assertEquals("page a", a.get(30, SECONDS).body());
        }
    }

    @Test
    void withNoHandoverToWaitForAnEarlierPageFollowsTheLaterAnswerAtOnce() throws Exception {
        try (ProbeServer server = twoPagesTogether(); ExecutorService clients = Executors.newFixedThreadPool(2)) {
            Future<String> a = clients.submit(() -> get(server.port(), "/a"));
            Future<String> b = clients.submit(() -> get(server.port(), "/b"));

            assertTrue(a.get(30, SECONDS).endsWith("page a"));
            assertTrue(b.get(30, SECONDS).endsWith("page b"));
            assertEquals(List.of("/b", "/a"),
                    server.answers().stream().map(ProbeServer.Event::path).toList());
        }
    }
}
