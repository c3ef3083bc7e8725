package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * How a timeline is laid out in rows, shared by the SVG and text charts: a row per thread or
 * process in order of first start, colours per task label, and, past {@link #MAX_ROWS} rows, the
 * busiest {@link #KEPT_ROWS} kept and the rest folded into one concurrency histogram.
 *
 * <p>A row whose spans overlap in time (requests started by one thread with {@code sendAsync}, nested
 * spans) is split into lanes so that no span covers another: as many lanes as the most spans it had
 * at one moment, each span in the first lane free when it starts (spans that only touch, one ending
 * when the next starts, share a lane). A row of one lane is drawn as before.
 */
record TimelineLayout(List<Row> rows, Folded folded, long origin, long end, Map<String, Integer> colourIndex) {

    /** More rows than this are folded. */
    static final int MAX_ROWS = 40;
    /** How many of the busiest rows stay visible when folding. */
    static final int KEPT_ROWS = 30;

    /** A row of more lanes than this is drawn as a histogram of how many ran at once. */
    static final int MAX_LANES = 16;

    /**
     * One thread's or process's spans, ordered by start, and the same spans in lanes: one lane when
     * none overlap, else as many as the most at one moment, each lane's spans ordered by start.
     */
    record Row(String name, Span.Kind kind, List<Span> spans, long busyNanos, List<List<Span>> lanes) {

        /** The most spans of this row that ran at one moment: its number of lanes. */
        int peak() {
            return lanes.size();
        }

        /** Whether the row is too crowded for lanes and is drawn as a histogram instead. */
        boolean crowded() {
            return lanes.size() > MAX_LANES;
        }
    }

    /** The rows that were not drawn one by one: how many, and their spans. */
    record Folded(int rowCount, List<Span> spans) {
    }

    /** Average number of {@code spans} running in each of {@code bins} equal slices of [origin, end]. */
    static double[] concurrency(List<Span> spans, long origin, long end, int bins) {
        double[] level = new double[bins];
        double binNanos = Math.max(1, end - origin) / (double) bins;
        for (Span s : spans) {
            double a = (s.startNanos() - origin) / binNanos;
            double b = (s.endNanos() - origin) / binNanos;
            for (int i = (int) Math.max(0, Math.floor(a)); i < bins && i < b; i++) {
                level[i] += Math.min(b, i + 1) - Math.max(a, i);
            }
        }
        return level;
    }

    /**
     * {@code spans} (ordered by start) in lanes, by greedy interval partitioning: each span goes to the
     * lowest-numbered lane whose last span ended at or before its start, or to a new lane. That opens a
     * lane only when every lane is busy, so there are exactly as many lanes as the most spans at one
     * moment. Spans starting together are placed by end, then label, so the same spans give the same
     * lanes in whatever order they were recorded.
     */
    static List<List<Span>> lanes(List<Span> spans) {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingLong(Span::startNanos).thenComparingLong(Span::endNanos)
                .thenComparing(Span::label));
        List<List<Span>> lanes = new ArrayList<>();
        // Busy lanes by the end of their last span; free lanes by number. O(n log n) for any crowd.
        PriorityQueue<long[]> busy = new PriorityQueue<>(Comparator.<long[]>comparingLong(l -> l[0])
                .thenComparingLong(l -> l[1]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        for (Span s : ordered) {
            while (!busy.isEmpty() && busy.peek()[0] <= s.startNanos()) {
                free.add((int) busy.poll()[1]);
            }
            int lane = free.isEmpty() ? lanes.size() : free.poll();
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(lane).add(s);
            busy.add(new long[] {s.endNanos(), lane});
        }
        return lanes;
    }

    static TimelineLayout of(List<Span> spansByStart) {
        Map<String, List<Span>> byRow = new LinkedHashMap<>();
        Map<String, Integer> colours = new HashMap<>();
        long origin = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Span s : spansByStart) {
            byRow.computeIfAbsent(s.kind().ordinal() + s.thread(), k -> new ArrayList<>()).add(s);
            colours.putIfAbsent(s.label(), colours.size());
            origin = Math.min(origin, s.startNanos());
            end = Math.max(end, s.endNanos());
        }
        List<Row> rows = new ArrayList<>(byRow.size());
        for (List<Span> spans : byRow.values()) {
            long busy = spans.stream().mapToLong(s -> s.endNanos() - s.startNanos()).sum();
            rows.add(new Row(spans.getFirst().thread(), spans.getFirst().kind(), spans, busy, lanes(spans)));
        }
        if (spansByStart.isEmpty()) {
            origin = 0;
            end = 0;
        }
        if (rows.size() <= MAX_ROWS) {
            return new TimelineLayout(rows, null, origin, end, colours);
        }
        List<Row> busiest = new ArrayList<>(rows);
        busiest.sort(Comparator.comparingLong(Row::busyNanos).reversed());
        List<Row> kept = new ArrayList<>(busiest.subList(0, KEPT_ROWS));
        kept.sort(Comparator.comparingLong(r -> r.spans().getFirst().startNanos()));
        List<Span> foldedSpans = new ArrayList<>();
        busiest.subList(KEPT_ROWS, busiest.size()).forEach(r -> foldedSpans.addAll(r.spans()));
        return new TimelineLayout(kept, new Folded(busiest.size() - KEPT_ROWS, foldedSpans), origin, end, colours);
    }

    /** What a folded row is called, e.g. "9,970 more threads". */
    String foldedLabel() {
        return Text.count(folded.rowCount()) + " more " + (folded.spans().stream()
                .allMatch(s -> s.kind() == Span.Kind.PROCESS) ? "processes" : "threads");
    }

    /** What a row of several lanes says under its name, e.g. "8 at once". */
    static String peakLabel(Row row) {
        return Text.count(row.peak()) + " at once";
    }

    /**
     * The row name as shown: control characters made visible, and past 28 characters its end kept, which is what tells
     * threads of one pool apart ("ForkJoinPool.commonPool-worker-3" is "…commonPool-worker-3"), cut after a '.', '-',
     * '_', '/' or space where that fits.
     */
    static String shownName(Row row) {
        return tail(Text.visible(row.name()), NAME_CHARS);
    }

    private static final int NAME_CHARS = 28;

    /** {@code name}, or "…" and as much of its end as fits in {@code max} characters, from a word's start if one fits. */
    static String tail(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int from = name.length() - (max - 1);
        for (int i = from; i < name.length(); i++) {
            if (".-_/ ".indexOf(name.charAt(i - 1)) >= 0) {
                return "…" + name.substring(i);
            }
        }
        return "…" + name.substring(from);
    }
}
