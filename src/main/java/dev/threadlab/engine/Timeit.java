package dev.threadlab.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code %timeit} compiles and how it reports, as IPython does: find a loop count whose run takes
 * at least {@value #TARGET_NANOS} ns (1, 2, 5, 10, 20, 50, ...), run it once more to warm up, then time
 * {@value #RUNS} runs with {@code System.nanoTime()} inside the engine. Stateless.
 */
final class Timeit {

    static final String CLASS_NAME = "$ThreadlabTimeit";
    static final int RUNS = 7;
    static final long TARGET_NANOS = 200_000_000L;

    /** The harness, with the code to time as {@code %2$s}; see {@link #harness}. */
    private static final String HARNESS = """
            class %1$s {
                static volatile Object sink;
                static long time(long loops) throws Throwable {
                    long start = System.nanoTime();
                    for (long i = 0; i < loops; i++) {
                        %2$s
                    }
                    return System.nanoTime() - start;
                }
                static String run() throws Throwable {
                    long loops = 1;
                    search:
                    for (long scale = 1; ; scale *= 10) {
                        for (long factor : new long[] {1, 2, 5}) {
                            loops = factor * scale;
                            if (time(loops) >= %3$dL || loops >= 1_000_000_000L) {
                                break search;
                            }
                        }
                    }
                    time(loops);
                    StringBuilder runs = new StringBuilder().append(loops).append(';');
                    for (int r = 0; r < %4$d; r++) {
                        runs.append(r == 0 ? "" : ",").append(time(loops));
                    }
                    return runs.toString();
                }
            }
            """;
    /** The 1-based line of the harness that holds the code to time. */
    static final int STEP_LINE = (int) HARNESS.substring(0, HARNESS.indexOf("%2$s")).lines().count();
    /** The 1-based column of that line where the code to time starts. */
    static final int STEP_COLUMN = HARNESS.indexOf("%2$s") - HARNESS.lastIndexOf('\n', HARNESS.indexOf("%2$s"));

    private Timeit() {}

    /**
     * A class whose {@code run()} answers {@code "loops;t1,t2,..."} (nanoseconds per run); {@code body}
     * is an expression ({@code asExpression}) or statements, which start at {@link #STEP_COLUMN} of line
     * {@link #STEP_LINE} (an expression after {@code sink = (}).
     */
    static String harness(String body, boolean asExpression) {
        String step = asExpression ? "sink = (" + body + ");" : body.strip() + (body.strip().endsWith(";")
                || body.strip().endsWith("}") ? "" : ";");
        return HARNESS.formatted(CLASS_NAME, step, TARGET_NANOS, RUNS);
    }

    /** The line IPython prints, from the harness's answer (JShell's quoted string value). */
    static String report(String value) {
        String raw = value.replace("\"", "");
        String[] parts = raw.split(";");
        long loops = Long.parseLong(parts[0]);
        double[] perLoop = Arrays.stream(parts[1].split(",")).mapToDouble(t -> Long.parseLong(t) / (double) loops)
                .toArray();
        double mean = Arrays.stream(perLoop).average().orElse(0);
        double variance = Arrays.stream(perLoop).map(t -> (t - mean) * (t - mean)).sum() / perLoop.length;
        return "%s ± %s per loop (mean ± std. dev. of %d runs, %d loop%s each)".formatted(
                time(mean), time(Math.sqrt(variance)), perLoop.length, loops, loops == 1 ? "" : "s");
    }

    /** Nanoseconds with three significant digits in s, ms, µs or ns. */
    static String time(double nanos) {
        String[] units = {"ns", "µs", "ms", "s"};
        int unit = 0;
        double value = nanos;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
        return String.format(Locale.ROOT, "%." + decimals + "f %s", value, units[unit]);
    }
}
