package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a timeline is laid out in rows, shared by the SVG and text charts: a row per thread or
 * process in order of first start, colours per task label, and, past {@link #MAX_ROWS} rows, the
 * busiest {@link #KEPT_ROWS} kept and the rest folded into one concurrency histogram.
 */
record TimelineLayout(List<Row> rows, Folded folded, long origin, long end, Map<String, Integer> colourIndex) {

    /** More rows than this are folded. */
    static final int MAX_ROWS = 40;
    /** How many of the busiest rows stay visible when folding. */
    static final int KEPT_ROWS = 30;

    /** One thread's or process's spans, ordered by start. */
    record Row(String name, Span.Kind kind, List<Span> spans, long busyNanos) {
    }

    /** The rows that were not drawn one by one: how many, and their spans. */
    record Folded(int rowCount, List<Span> spans) {
        /** Average number of these spans running in each of {@code bins} equal slices of [origin, end]. */
        double[] concurrency(long origin, long end, int bins) {
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
            rows.add(new Row(spans.getFirst().thread(), spans.getFirst().kind(), spans, busy));
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

    /** The row name as shown: truncated past 28 characters, control characters made visible. */
    static String shownName(Row row) {
        return Text.truncate(Text.visible(row.name()), 28);
    }
}
