package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The numbers that say how concurrent a {@link Timeline} was.
 *
 * <pre>{@code
 * TimelineSummary s = timeline.summary();
 * s.averageAtOnce();   // 2.9 for three 2 s waits that overlapped almost completely
 * }</pre>
 *
 * <p>Both "at once" figures count spans in progress, whether they compute or wait: three threads sleeping
 * side by side are 3 at once on a single core. They measure concurrency, not how many cores worked in
 * parallel (for that, compare CPU time with wall time: {@link Stopwatch}).
 *
 * <p>Immutable. An empty timeline has zero durations, peak 0 and average 0.
 *
 * @param wall            first start to last end
 * @param busy            the sum of all span durations
 * @param peakConcurrency the most spans running at one moment (spans that only touch do not overlap)
 * @param averageAtOnce   busy / wall: how many spans were in progress at once, on average
 * @param spans           how many spans
 * @param rows            how many distinct threads and processes
 */
public record TimelineSummary(Duration wall, Duration busy, int peakConcurrency, double averageAtOnce,
                              int spans, int rows) implements Displayable {

    public TimelineSummary {
        if (wall.isNegative() || busy.isNegative()) {
            throw new IllegalArgumentException("wall and busy must be >= 0, were %s and %s".formatted(wall, busy));
        }
        if (peakConcurrency < 0 || spans < 0 || rows < 0 || averageAtOnce < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were peak %d spans %d rows %d average %s"
                    .formatted(peakConcurrency, spans, rows, averageAtOnce));
        }
    }

    /** Computes the summary of {@code spans} with a sweep over their starts and ends. */
    public static TimelineSummary of(Collection<Span> spans) {
        int n = spans.size();
        if (n == 0) {
            return new TimelineSummary(Duration.ZERO, Duration.ZERO, 0, 0, 0, 0);
        }
        // Encode each event as time*2 (+0 for an end, +1 for a start) so sorting puts ends first at ties.
        long[] starts = new long[n];
        long[] ends = new long[n];
        long busy = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int i = 0;
        for (Span s : spans) {
            starts[i] = s.startNanos();
            ends[i++] = s.endNanos();
            busy += s.endNanos() - s.startNanos();
            first = Math.min(first, s.startNanos());
            last = Math.max(last, s.endNanos());
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int peak = 0;
        int running = 0;
        for (int s = 0, e = 0; s < n; ) {
            if (ends[e] <= starts[s]) {
                running--;
                e++;
            } else {
                peak = Math.max(peak, ++running);
                s++;
            }
        }
        long wall = last - first;
        int rows = (int) spans.stream().map(s -> s.kind() + "\0" + s.thread()).distinct().count();
        return new TimelineSummary(Duration.ofNanos(wall), Duration.ofNanos(busy), peak,
                wall == 0 ? 0 : (double) busy / wall, n, rows);
    }

    /** One line for people: {@code wall 2.01 s · busy 6 s · peak 3 at once · 2.99 at once on average · ...}. */
    public String line() {
        return String.format(Locale.ROOT, "wall %s · busy %s · peak %d at once · %.2f at once on average · %s spans on %s %s",
                Text.duration(wall), Text.duration(busy), peakConcurrency, averageAtOnce,
                Text.count(spans), Text.count(rows), rows == 1 ? "row" : "rows");
    }

    /** The same numbers as a two-column table. */
    public Table table() {
        return Table.of(List.of("measure", "value"), List.of(
                List.of("wall time (first start → last end)", wall),
                List.of("busy time (sum of spans)", busy),
                List.of("peak concurrency", peakConcurrency),
                List.of("at once on average (busy / wall)", Math.round(averageAtOnce * 100) / 100.0),
                List.of("spans", spans),
                List.of("threads and processes", rows)));
    }

    @Override
    public MimeBundle mimeBundle() {
        return table().mimeBundle().with(MimeBundle.TEXT_PLAIN, line());
    }
}
