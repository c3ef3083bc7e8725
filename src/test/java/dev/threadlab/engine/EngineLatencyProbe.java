package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.testing.RecordingOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Measures engine start-up, trivial-cell latency and interrupt latency; run by hand (not a test):
 * {@code java -cp target/classes:target/test-classes dev.threadlab.engine.EngineLatencyProbe [jvm flags]}.
 * Extra arguments replace the engine's JVM flags.
 */
public final class EngineLatencyProbe {

    private EngineLatencyProbe() {}

    public static void main(String[] args) throws Exception {
        EngineOptions options = EngineOptions.defaults();
        if (args.length > 0) {
            options = new EngineOptions(options.javaHome(), options.classPath(), List.of(args), options.startTimeout());
        }
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try (EngineProcess engine = EngineLauncher.launch(options)) {
                System.out.printf("engine JVM connected after %d ms%n", millis(start));
            }
        }
        long start = System.nanoTime();
        JShellInterpreter java = new JShellInterpreter(options);
        System.out.printf("languageInfo after %d ms%n", millis(start));
        RecordingOutput output = new RecordingOutput();
        java.execute(new Cell("1 + 1", 1, false, false), output);
        System.out.printf("first result after %d ms%n", millis(start));
        for (int round = 1; round <= 3; round++) {
            double[] cells = new double[50];
            for (int i = 0; i < cells.length; i++) {
                long t = System.nanoTime();
                java.execute(new Cell("1 + 1", i + 2, false, false), output);
                cells[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(cells);
            System.out.printf("round %d: trivial cell p50 %.1f ms, p95 %.1f ms%n", round, cells[25], cells[47]);
        }
        List<Long> interrupts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RecordingOutput loop = new RecordingOutput();
            int n = 100 + i;
            CompletableFuture<?> run = CompletableFuture.runAsync(() -> java.execute(
                    new Cell("if (true) { System.out.println(1); while (true) { } }", n, false, false), loop));
            loop.awaitFirstStdout(10_000);
            long t = System.nanoTime();
            java.interrupt();
            run.get(10, TimeUnit.SECONDS);
            interrupts.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        }
        System.out.println("interrupt latencies (ms): " + interrupts);
        long t = System.nanoTime();
        java.complete("Str", 3);
        System.out.printf("first completion: %d ms%n", millis(t));
        double[] completions = new double[20];
        for (int i = 0; i < completions.length; i++) {
            long c = System.nanoTime();
            java.complete("\"abc\".len", 9);
            completions[i] = (System.nanoTime() - c) / 1e6;
        }
        Arrays.sort(completions);
        System.out.printf("completion p50 %.1f ms%n", completions[10]);
        t = System.nanoTime();
        java.execute(new Cell("long s = 0; for (int i = 0; i < 200_000_000; i++) s += i % 7; s", 200, false, false), output);
        System.out.printf("200M-iteration loop: %d ms%n", millis(t));
        t = System.nanoTime();
        java.execute(new Cell("for (int i = 0; i < 100_000; i++) System.out.println(i);", 201, false, false), output);
        System.out.printf("100,000 printlns: %d ms, %d stdout calls in total%n", millis(t), output.count("stdout"));
        java.close();
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
