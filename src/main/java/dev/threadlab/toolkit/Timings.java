package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Repeated measurements of one task, as {@code %timeit} reports them, from {@link Stopwatch#timeit}.
 *
 * <pre>{@code
 * Stopwatch.timeit(() -> list.sort(null))
 * // 1.23 ms ± 41.2 µs per loop (mean ± std. dev. of 7 runs, 100 loops each); CPU 1.25 ms per loop
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param runs    one timing per run, each covering {@code loops} calls (warm-up runs excluded)
 * @param loops   calls per run
 * @param warmups runs made first and thrown away, so the JIT has compiled the code
 */
public record Timings(List<Timing<Void>> runs, long loops, int warmups) implements Displayable {

    public Timings {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
        if (runs.isEmpty() || loops < 1 || warmups < 0) {
            throw new IllegalArgumentException("timings need >= 1 run, >= 1 loop, >= 0 warm-ups, were %d, %d, %d"
                    .formatted(runs.size(), loops, warmups));
        }
    }

    /** Mean wall time of one call. */
    public Duration mean() {
        return Duration.ofNanos(Math.round(runs.stream().mapToLong(t -> t.wall().toNanos()).average().orElse(0) / loops));
    }

    /** Standard deviation of the per-call wall time across runs. */
    public Duration standardDeviation() {
        double mean = mean().toNanos();
        double variance = runs.stream().mapToDouble(t -> Math.pow(t.wall().toNanos() / (double) loops - mean, 2))
                .sum() / runs.size();
        return Duration.ofNanos(Math.round(Math.sqrt(variance)));
    }

    /** The fastest run's wall time per call. */
    public Duration best() {
        return Duration.ofNanos(runs.stream().mapToLong(t -> t.wall().toNanos()).min().orElse(0) / loops);
    }

    /** Mean CPU time per call, all threads of the JVM. */
    public Duration cpuMean() {
        return Duration.ofNanos(Math.round(runs.stream().mapToLong(t -> t.cpu().toNanos()).average().orElse(0) / loops));
    }

    /** The {@code %timeit} line. */
    public String line() {
        return "%s ± %s per loop (mean ± std. dev. of %d %s, %s %s each); CPU %s per loop".formatted(
                Text.duration(mean()), Text.duration(standardDeviation()), runs.size(), runs.size() == 1 ? "run" : "runs",
                Text.count(loops), loops == 1 ? "loop" : "loops", Text.duration(cpuMean()));
    }

    @Override
    public MimeBundle mimeBundle() {
        Table table = Table.of(List.of("per loop", "wall", "CPU, all threads"), List.of(
                List.of("mean", mean(), cpuMean()),
                List.of("std. dev.", standardDeviation(), ""),
                List.of("best", best(), ""))).withCaption(line());
        return table.mimeBundle().with(MimeBundle.TEXT_PLAIN, line());
    }
}
