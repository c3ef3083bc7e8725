package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link Stopwatch} measured: wall time, CPU time of the whole JVM, CPU time of the calling
 * thread, and the task's value.
 *
 * <pre>{@code
 * Timing<Long> t = Stopwatch.time(() -> parallelSum());
 * t.cpu().compareTo(t.wall()) > 0   // true when several cores worked
 * }</pre>
 *
 * <p>Immutable. Shows itself as a small table.
 *
 * @param wall      elapsed time
 * @param cpu       CPU time of every thread of the JVM during the call (see {@link Stopwatch} for how)
 * @param callerCpu CPU time of the calling thread alone, or null where the JVM cannot measure it;
 *                  what a {@code %time} that ignores pool threads would report
 * @param value     what the task returned; null for a Runnable
 * @param <T>       the value's type
 */
public record Timing<T>(Duration wall, Duration cpu, Duration callerCpu, T value) implements Displayable {

    public Timing {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(cpu, "cpu");
        if (wall.isNegative() || cpu.isNegative()) {
            throw new IllegalArgumentException("wall and cpu must be >= 0, were %s and %s".formatted(wall, cpu));
        }
    }

    /** CPU time per wall time: about how many cores were busy on average. */
    public double coresBusy() {
        return wall.isZero() ? 0 : (double) cpu.toNanos() / wall.toNanos();
    }

    /** The measurements as a two-column table. */
    public Table table() {
        return Table.of(List.of("measure", "value"), List.of(
                List.of("wall time", wall),
                List.of("CPU time, all threads", cpu),
                List.of("CPU time, calling thread only", callerCpu == null ? "not available" : callerCpu),
                List.of("cores busy on average (CPU / wall)", Math.round(coresBusy() * 100) / 100.0)));
    }

    @Override
    public MimeBundle mimeBundle() {
        String line = String.format(Locale.ROOT, "wall %s · CPU %s on all threads (%.2f cores busy) · calling thread %s",
                Text.duration(wall), Text.duration(cpu), coresBusy(),
                callerCpu == null ? "not measurable" : Text.duration(callerCpu));
        return table().mimeBundle().with(MimeBundle.TEXT_PLAIN, line);
    }
}
