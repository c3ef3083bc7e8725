package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Measures what recording a span costs on the hot path (design budget: 2 µs). Prints, asserts
 * nothing; timing on a shared machine is not a test. Run after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.threadlab.toolkit.SpanOverheadBenchmark}.
 */
public final class SpanOverheadBenchmark {

    @SuppressWarnings("try")
    public static void main(String[] args) throws Exception {
        int perRound = 200_000;
        for (int round = 0; round < 5; round++) {
            Timeline timeline = new Timeline();
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                try (var s = timeline.span("task")) {
                    // empty: the span itself is what is measured
                }
            }
            long platform = (System.nanoTime() - start) / perRound;

            Timeline onVirtual = new Timeline();
            int threads = 10_000;
            int each = 20;
            long vStart;
            long vEnd;
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<Long>> results = new ArrayList<>();
                vStart = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    results.add(executor.submit(() -> {
                        long t0 = System.nanoTime();
                        for (int i = 0; i < each; i++) {
                            onVirtual.run("task", () -> { });
                        }
                        return System.nanoTime() - t0;
                    }));
                }
                long inside = 0;
                for (var r : results) {
                    inside += r.get();
                }
                vEnd = System.nanoTime();
                System.out.printf("round %d: platform thread %d ns/span; 10,000 virtual threads %d ns/span"
                                + " (inside the loops), %s total for %d spans%n",
                        round, platform, inside / ((long) threads * each),
                        Text.duration(Duration.ofNanos(vEnd - vStart)), onVirtual.spans().size());
            }
            long renderStart = System.nanoTime();
            String svg = onVirtual.toSvg();
            System.out.printf("         rendering %d spans: %s, %,d characters of SVG%n", onVirtual.spans().size(),
                    Text.duration(Duration.ofNanos(System.nanoTime() - renderStart)), svg.length());
        }
    }
}
