package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real delay of a {@link SlowServer}, on the wall clock (its unit test replaces the sleep by a gate). */
@Tag("integration")
final class SlowServerIT {

    @Test
    void aRequestWaitsAtLeastTheLatency() throws Exception {
        try (var server = SlowServer.start(Duration.ofMillis(300));
             var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var request = HttpRequest.newBuilder(server.uri("/page/1")).timeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, response.statusCode());
            assertTrue(tookMillis >= 300, "the answer came after " + tookMillis + " ms, before the 300 ms latency");
        }
    }
}
