package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.testing.RecordingOutput;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Median time from a new {@link JShellInterpreter} to the result of its first cell ({@code 1 + 1}, then a
 * cell calling JUnit's {@code Assertions}), over several fresh engines; run by hand (not a test):
 * {@code java [-Dthreadlab.engineJar=target/threadlab-engine.jar] -cp target/classes:target/test-classes:<deps>
 * dev.threadlab.engine.FirstCellProbe [runs]}.
 */
public final class FirstCellProbe {

    private FirstCellProbe() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        long[] first = new long[runs];
        long[] assertion = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            try (JShellInterpreter java = new JShellInterpreter(EngineOptions.defaults())) {
                RecordingOutput output = new RecordingOutput();
                java.execute(new Cell("1 + 1", 1, false, false), output);
                first[r] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                long t = System.nanoTime();
                java.execute(new Cell("org.junit.jupiter.api.Assertions.assertEquals(2, 1 + 1)", 2, false, false),
                        output);
                assertion[r] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
            }
        }
        System.out.println("start to first result (ms): " + Arrays.toString(first) + ", median " + median(first));
        System.out.println("first Assertions cell (ms): " + Arrays.toString(assertion) + ", median "
                + median(assertion));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
