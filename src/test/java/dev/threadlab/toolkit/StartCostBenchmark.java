package dev.threadlab.toolkit;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Measures what the README states: the cost of starting a thread, a virtual thread, a child JVM
 * (class and single-file source) and a ProcessPool, and how many requests a SlowServer holds at once.
 * Prints medians; asserts nothing (timing on a shared machine is not a test). Run after
 * {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.threadlab.toolkit.StartCostBenchmark}.
 */
public final class StartCostBenchmark {

    /** An empty main for the child JVMs. */
    static final class Empty {
        public static void main(String[] args) {
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("platform thread start+join: %.1f µs%n", threadMicros(false));
        System.out.printf("virtual thread start+join:  %.1f µs%n", threadMicros(true));
        System.out.printf("child JVM, class:           %d ms%n", median(5, () -> Subprocess.ofClass(Empty.class).run()));
        System.out.printf("child JVM, source file:     %d ms%n", median(3, () ->
                Subprocess.ofSource("class Main { public static void main(String[] a) { } }").run()));
        System.out.printf("ProcessPool of 2, start+map 1+close: %d ms%n", median(3, () -> {
            try (var pool = ProcessPool.start(2, "dev.threadlab.toolkit.ProcessPool$Worker#describe")) {
                pool.map(List.of("x"));
            }
        }));
        slowServer(2_000);
    }

    private static double threadMicros(boolean virtual) throws InterruptedException {
        int n = 10_000;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Thread t = virtual ? Thread.ofVirtual().start(() -> { }) : Thread.ofPlatform().start(() -> { });
                t.join();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e3 / n);
        }
        return best;
    }

    private static long median(int runs, Runnable task) {
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    private static void slowServer(int requests) throws Exception {
        try (var server = SlowServer.start(Duration.ofSeconds(1));
                var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                all.add(client.sendAsync(HttpRequest.newBuilder(server.uri("/" + i)).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            for (var f : all) {
                f.get(120, TimeUnit.SECONDS);
            }
            System.out.printf("SlowServer, %d concurrent requests of 1 s: wall %d ms, peak in flight %d, served %d%n",
                    requests, (System.nanoTime() - start) / 1_000_000, server.peakInFlight(), server.served());
        }
    }
}
