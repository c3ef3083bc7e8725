package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Which spans of a chart's lanes are drawn as one bar, so that a chart of any number of spans stays
 * within {@link #MAX_BARS} bars: neighbours closer than a merge gap join, the gap doubling (1, 2, 4,
 * … px) until the bars are few enough. Stateless.
 */
final class TimelineBars {

    /** At most this many bars (about 150 bytes each), so even 10,000 spans give a small SVG. */
    static final int MAX_BARS = 1500;

    private TimelineBars() {
    }

    /**
     * Groups a lane's spans (ordered by start) into bars, {@code x} giving a time's position in px. A span
     * joins the bar before it when it starts less than {@code gap} px after that bar ends and either is too
     * narrow to see (under 3 px), or, when {@code gap} is above 1 px because there are too many bars, always.
     */
    static List<List<Span>> of(List<Span> lane, double gap, LongToDoubleFunction x) {
        List<List<Span>> bars = new ArrayList<>();
        List<Span> current = null;
        double currentStart = 0;
        double currentEnd = 0;
        for (Span s : lane) {
            double sx = x.applyAsDouble(s.startNanos());
            double ex = x.applyAsDouble(s.endNanos());
            if (current != null && sx < currentEnd + gap && (gap > 1 || currentEnd - currentStart < 3 || ex - sx < 3)) {
                current.add(s);
                currentEnd = Math.max(currentEnd, ex);
                continue;
            }
            current = new ArrayList<>(List.of(s));
            bars.add(current);
            currentStart = sx;
            currentEnd = ex;
        }
        return bars;
    }

    /**
     * The smallest merge gap (1, 2, 4, … px, at most {@code width}) that keeps the lanes of {@code layout}'s
     * rows within {@link #MAX_BARS} bars; a row drawn as a histogram has none.
     */
    static double mergeGap(TimelineLayout layout, double width, LongToDoubleFunction x) {
        for (double gap = 1; gap < width; gap *= 2) {
            int count = 0;
            for (TimelineLayout.Row row : layout.rows()) {
                for (List<Span> lane : row.crowded() ? List.<List<Span>>of() : row.lanes()) {
                    count += of(lane, gap, x).size();
                }
            }
            if (count <= MAX_BARS) {
                return gap;
            }
        }
        return width;
    }
}
