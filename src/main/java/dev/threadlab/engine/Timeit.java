package dev.threadlab.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code %timeit} compiles and how it reports, as IPython does: find a loop count whose run takes
 * at least {@value #TARGET_NANOS} ns (1, 2, 5, 10, 20, 50, ...), run it once more to warm up, then time
 * {@value #RUNS} runs with {@code System.nanoTime()} inside the engine. Stateless.
 *
 * <p>The harness is a method snippet (its one field in a local class), never a class snippet, because
 * JShell 25 (not 17) breaks once a class snippet is dropped: it then writes every type into its wrappers as
 * {@code java.lang.Object}, so a later {@code var r = new Runnable() {...};} reads "interface expected here", a
 * {@code var} of an anonymous {@code Thread} is no {@code Thread}, every {@code var}'s type reads
 * {@code java.lang.Object}. Dropping a method does no such harm. ({@link DeadTypeNames} mends the damage after
 * each cell where it can reach JShell's internals; the harness does not rely on that.)
 */
final class Timeit {

    /** The name of the harness method, and of the local class inside it. */
    static final String NAME = "$ThreadlabTimeit";
    static final int RUNS = 7;
    static final long TARGET_NANOS = 200_000_000L;

    /**
     * The harness, with the code to time as {@code %2$s}; see {@link #harness}. The code runs in a lambda, where
     * JShell still lets a name the code uses be declared later (in a local class it would be a compile error),
     * and its own names start with {@code $}, so the code may use any other (a loop over {@code i}).
     */
    private static final String HARNESS = """
            String %1$s() throws Throwable {
                class %1$s {
                    static volatile Object sink;
                    interface Loop {
                        long time(long loops) throws Throwable;
                    }
                }
                %1$s.Loop $loop = $loops -> {
                    long $start = System.nanoTime();
                    for (long $i = 0; $i < $loops; $i++) {
                        %2$s
                    }
                    return System.nanoTime() - $start;
                };
                long $count = 1;
                search:
                for (long $scale = 1; ; $scale *= 10) {
                    for (long $factor : new long[] {1, 2, 5}) {
                        $count = $factor * $scale;
                        if ($loop.time($count) >= %3$dL || $count >= 1_000_000_000L) {
                            break search;
                        }
                    }
                }
                $loop.time($count);
                StringBuilder $runs = new StringBuilder().append($count).append(';');
                for (int $r = 0; $r < %4$d; $r++) {
                    $runs.append($r == 0 ? "" : ",").append($loop.time($count));
                }
                return $runs.toString();
            }
            """;
    /** The 1-based line of the harness that holds the code to time. */
    static final int STEP_LINE = (int) HARNESS.substring(0, HARNESS.indexOf("%2$s")).lines().count();
    /** The 1-based column of that line where the code to time starts. */
    static final int STEP_COLUMN = HARNESS.indexOf("%2$s") - HARNESS.lastIndexOf('\n', HARNESS.indexOf("%2$s"));

    private Timeit() {}

    /**
     * A method {@link #NAME}{@code ()} that answers {@code "loops;t1,t2,..."} (nanoseconds per run); {@code body}
     * is an expression ({@code asExpression}) or statements, which start at {@link #STEP_COLUMN} of line
     * {@link #STEP_LINE} (an expression after {@code $ThreadlabTimeit.sink = (}).
     */
    static String harness(String body, boolean asExpression) {
        String step = asExpression ? NAME + ".sink = (" + body + ");" : body.strip() + (body.strip().endsWith(";")
                || body.strip().endsWith("}") ? "" : ";");
        return HARNESS.formatted(NAME, step, TARGET_NANOS, RUNS);
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
