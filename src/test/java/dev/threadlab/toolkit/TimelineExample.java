package dev.threadlab.toolkit;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

/**
 * Writes the example charts in docs/: three 2 s downloads one after another on {@code main}, then
 * the same three on virtual threads at once, each followed by a short parse (times fabricated with
 * a fake ticker so the picture is the same on every machine); 10,000 fabricated spans; a real
 * run of two CPU tasks without and then with a {@link Gil}; and a real run of eight requests that one
 * thread sent with {@code sendAsync} to a {@link SlowServer}, in flight at once on one row (its lanes).
 * Run: {@code java -cp
 * target/classes:target/test-classes dev.threadlab.toolkit.TimelineExample docs}, then screenshot
 * {@code target/timeline-example.html} with headless Chromium at 900×400 into {@code docs/}.
 */
public final class TimelineExample {

    private static final long MS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        Timeline timeline = new Timeline(new FakeTicker());
        long t = 0;
        for (int i = 1; i <= 3; i++) {
            timeline.add(new Span("download " + i, "main", Span.Kind.PLATFORM, t, t + 2000 * MS));
            timeline.add(new Span("parse", "main", Span.Kind.PLATFORM, t + 2000 * MS, t + 2040 * MS));
            t += 2045 * MS;
        }
        long start = t + 100 * MS;
        for (int i = 1; i <= 3; i++) {
            long s = start + (i - 1) * 3 * MS;
            long e = s + (2000 + 7 * i) * MS;
            String thread = "download-worker-" + i;
            timeline.add(new Span("download " + i, thread, Span.Kind.VIRTUAL, s, e));
            timeline.add(new Span("parse", thread, Span.Kind.VIRTUAL, e, e + 40 * MS));
        }
        write(dir.resolve("timeline-example"), timeline.toSvg());
        System.out.println(timeline.toText());

        Timeline many = new Timeline(new FakeTicker());
        var random = new java.util.Random(1);
        for (int i = 0; i < 10_000; i++) {
            long s = random.nextInt(900) * MS;
            many.add(new Span("request", "virtual-" + i, Span.Kind.VIRTUAL, s, s + (50 + random.nextInt(100)) * MS));
        }
        write(dir.resolve("timeline-10000"), many.toSvg());

        // A real run, not fabricated: two CPU tasks without a GIL, then the same two under one.
        Timeline gil = new Timeline();
        Gil lock = Gil.recordingTo(gil);
        runPair(gil, "free-", task -> gil.run(task, () -> Work.cpu(Duration.ofMillis(150))));
        runPair(gil, "gil-", task -> lock.run(task, () -> Work.cpu(Duration.ofMillis(150))));
        write(dir.resolve("gil-example"), gil.toSvg());
        System.out.println(gil.toText());

        Timeline async = eightRequestsSentAsync();
        write(dir.resolve("timeline-lanes"), async.toSvg());
        System.out.println(async.toText());
    }

    /** A real run: main sends 8 GETs with sendAsync to a 200 ms server, each span open until its answer. */
    private static Timeline eightRequestsSentAsync() {
        Timeline timeline = new Timeline();
        try (SlowServer server = SlowServer.start(Duration.ofMillis(200));
             var http = java.net.http.HttpClient.newHttpClient()) {
            var get = java.net.http.HttpRequest.newBuilder(server.uri("/warm-up")).build();
            http.sendAsync(get, java.net.http.HttpResponse.BodyHandlers.ofString()).join();
            java.util.List<java.util.concurrent.CompletableFuture<?>> answers = new java.util.ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                Timeline.Open span = timeline.span("page-" + i);
                answers.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(server.uri("/page-" + i)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> span.close()));
            }
            answers.forEach(java.util.concurrent.CompletableFuture::join);
        }
        return timeline;
    }

    private static void runPair(Timeline timeline, String prefix, java.util.function.Consumer<String> work)
            throws InterruptedException {
        Thread a = Thread.ofPlatform().name(prefix + "A").start(() -> work.accept("count A"));
        Thread b = Thread.ofPlatform().name(prefix + "B").start(() -> work.accept("count B"));
        a.join();
        b.join();
    }

    private static void write(Path base, String svg) throws Exception {
        Files.createDirectories(base.getParent());
        Files.writeString(Path.of(base + ".svg"), svg);
        // The page to screenshot goes to target/, not docs/: only the SVG and the PNG are kept.
        Path page = Path.of("target", base.getFileName() + ".html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!doctype html><html><body style=\"margin:0;background:#fff\">" + svg + "</body></html>");
        System.out.println(base + ".svg: " + svg.length() + " characters");
    }
}
