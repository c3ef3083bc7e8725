package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Records what ran on which thread and when, and shows it as a Gantt chart with a summary.
 *
 * <pre>{@code
 * Timeline timeline = new Timeline();
 * try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
 *     for (int i = 1; i <= 3; i++) {
 *         String name = "download " + i;
 *         executor.submit(() -> timeline.run(name, () -> Work.io(Duration.ofSeconds(2))));
 *     }
 * }
 * timeline            // the cell's value: an SVG chart, a table, and "wall 2 s · busy 6 s · …"
 * }</pre>
 *
 * <p>Spans come from {@link #span} (try-with-resources), {@link #run}, {@link #call},
 * {@link #wrap} (for {@code CompletableFuture} stages), {@link #process} (child processes) or
 * {@link #add} (hand-made). Thread-safe: any thread may record at any time; recording appends to
 * a lock-free queue and holds no lock while user code runs, costing well under 2 µs per span.
 * Rendering reads a snapshot. Times come from the {@link Ticker} (default {@link Ticker#system()}).
 *
 * <p>The chart has a row per thread or process. Spans of one row that overlap in time (requests a thread
 * sent with {@code sendAsync} and did not wait for, a span opened inside another) are drawn in lanes, one
 * thin bar above the other, the row named over how many were at once, so that none covers another.
 */
public final class Timeline implements Displayable {

    private final Ticker ticker;
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    /** A timeline on the JVM's monotonic clock. */
    public Timeline() {
        this(Ticker.system());
    }

    /** A timeline reading time from {@code ticker} (tests inject a fake one). */
    public Timeline(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** An open span, ended by {@link #close()}; not shared between threads. */
    public static final class Open implements AutoCloseable {
        private final Timeline timeline;
        private final String label;
        private final Thread thread;
        private final long start;
        private boolean closed;

        private Open(Timeline timeline, String label, Thread thread, long start) {
            this.timeline = timeline;
            this.label = label;
            this.thread = thread;
            this.start = start;
        }

        /** Ends the span and records it, once; later calls do nothing. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                long end = timeline.ticker.read();
                timeline.spans.add(new Span(label, nameOf(thread),
                        thread.isVirtual() ? Span.Kind.VIRTUAL : Span.Kind.PLATFORM, start, end));
            }
        }
    }

    /** Starts a span on the current thread: {@code try (var s = timeline.span("parse")) { … }}. */
    public Open span(String label) {
        Objects.requireNonNull(label, "label");
        return new Open(this, label, Thread.currentThread(), ticker.read());
    }

    /** Runs {@code task} on this thread inside a span. */
    public void run(String label, Runnable task) {
        Open open = span(label);
        try {
            task.run();
        } finally {
            open.close();
        }
    }

    /** Calls {@code task} on this thread inside a span and returns its value. */
    public <T> T call(String label, Callable<T> task) throws Exception {
        Open open = span(label);
        try {
            return task.call();
        } finally {
            open.close();
        }
    }

    /** A function that records a span each time it runs, e.g. in {@code future.thenApply(timeline.wrap("parse", this::parse))}. */
    public <T, R> Function<T, R> wrap(String label, Function<T, R> stage) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stage, "stage");
        return value -> {
            Open open = span(label);
            try {
                return stage.apply(value);
            } finally {
                open.close();
            }
        };
    }

    /** A supplier that records a span each time it runs, e.g. for {@code CompletableFuture.supplyAsync}. */
    public <T> Supplier<T> supplier(String label, Supplier<T> task) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(task, "task");
        return () -> {
            Open open = span(label);
            try {
                return task.get();
            } finally {
                open.close();
            }
        };
    }

    /** A runnable that records a span each time it runs, e.g. for {@code CompletableFuture.runAsync} or an executor. */
    public Runnable runnable(String label, Runnable task) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(task, "task");
        return () -> run(label, task);
    }

    /**
     * Records a child process from now until it exits, on a row named {@code pid N}. Call it right
     * after starting the process: the span starts when this method is called.
     *
     * @return completes with the span when the process has exited
     */
    public CompletableFuture<Span> process(String label, ProcessHandle process) {
        long start = ticker.read();
        return process.onExit().thenApply(p -> recordProcess(label, p.pid(), start, ticker.read()));
    }

    /** Records a process span with times from this timeline's ticker. */
    public Span recordProcess(String label, long pid, long startNanos, long endNanos) {
        return add(new Span(label, "pid " + pid, Span.Kind.PROCESS, startNanos, endNanos));
    }

    /** Records a span made by hand and returns it. */
    public Span add(Span span) {
        spans.add(Objects.requireNonNull(span, "span"));
        return span;
    }

    /** A reading of this timeline's ticker, for hand-made spans. */
    public long now() {
        return ticker.read();
    }

    /** A snapshot of the spans recorded so far, ordered by start. */
    public List<Span> spans() {
        List<Span> copy = new ArrayList<>(spans);
        copy.sort(Comparator.comparingLong(Span::startNanos).thenComparingLong(Span::endNanos));
        return copy;
    }

    /** Forgets all spans, e.g. before measuring again. */
    public void clear() {
        spans.clear();
    }

    /** Wall time, busy time, and the peak and average number of spans at once, so far. */
    public TimelineSummary summary() {
        return TimelineSummary.of(spans());
    }

    /** The spans as a table, with times in milliseconds since the first start. */
    public Table table() {
        List<Span> all = spans();
        long origin = all.isEmpty() ? 0 : all.getFirst().startNanos();
        List<List<?>> rows = new ArrayList<>(all.size());
        for (Span s : all) {
            rows.add(List.of(s.label(), s.thread(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
                    (s.startNanos() - origin) / 1e6, (s.endNanos() - origin) / 1e6, s.duration()));
        }
        return Table.of(List.of("task", "thread", "kind", "start ms", "end ms", "took"), rows);
    }

    /** The Gantt chart as an SVG document. */
    public String toSvg() {
        return TimelineSvg.render(TimelineLayout.of(spans()), summary());
    }

    /** A text Gantt chart (about 60 columns) with the summary line. */
    public String toText() {
        return TimelineText.render(TimelineLayout.of(spans()), summary());
    }

    @Override
    public MimeBundle mimeBundle() {
        List<Span> all = spans();
        TimelineLayout layout = TimelineLayout.of(all);
        TimelineSummary summary = TimelineSummary.of(all);
        return Picture.of(TimelineText.render(layout, summary), TimelineSvg.render(layout, summary));
    }

    static String nameOf(Thread thread) {
        String name = thread.getName();
        return name.isEmpty() ? (thread.isVirtual() ? "virtual #" : "thread #") + thread.threadId() : name;
    }

    @Override
    public String toString() {
        return toText();
    }
}
