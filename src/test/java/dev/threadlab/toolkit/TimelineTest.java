package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class TimelineTest {

    private static final long MS = 1_000_000;
    private final FakeTicker ticker = new FakeTicker();
    private final Timeline timeline = new Timeline(ticker);

    private static Span span(String label, String thread, long startMs, long endMs) {
        return new Span(label, thread, Span.Kind.PLATFORM, startMs * MS, endMs * MS);
    }

    /** Three threads that each waited 2 s, started 5 ms apart. */
    private void threeOverlappingDownloads() {
        for (int i = 1; i <= 3; i++) {
            timeline.add(span("download " + i, "worker-" + i, 5 * (i - 1), 5 * (i - 1) + 2000));
        }
    }

    @Test
    void summaryCountsTouchingSpansAsNotOverlapping() {
        var summary = TimelineSummary.of(List.of(span("a", "t1", 0, 10), span("b", "t2", 5, 15),
                span("c", "t1", 10, 20)));
        assertEquals(Duration.ofMillis(20), summary.wall());
        assertEquals(Duration.ofMillis(30), summary.busy());
        assertEquals(2, summary.peakConcurrency());
        assertEquals(1.5, summary.averageAtOnce(), 1e-9);
        assertEquals(3, summary.spans());
        assertEquals(2, summary.rows());
    }

    @Test
    void summaryOfThreeParallelWaitsShowsParallelismNearThree() {
        threeOverlappingDownloads();
        var summary = timeline.summary();
        assertEquals(3, summary.peakConcurrency());
        assertEquals(Duration.ofMillis(2010), summary.wall());
        assertEquals(6000.0 / 2010, summary.averageAtOnce(), 1e-9);
        assertTrue(summary.line().startsWith("wall 2.01 s · busy 6 s · peak 3 at once · 2.99 at once on average"),
                summary.line());
    }

    @Test
    void anEmptyTimelineHasAZeroSummaryAndSaysSoInText() {
        assertEquals(0, timeline.summary().peakConcurrency());
        assertEquals("(empty timeline: no spans recorded)", timeline.toText());
        assertTrue(timeline.toSvg().startsWith("<svg"));
    }

    @Test
    @SuppressWarnings("try")
    void aSpanTakesItsTimesFromTheInjectedTickerAndItsNameFromTheThread() {
        ticker.set(MS);
        try (var s = timeline.span("parse")) {
            ticker.advance(Duration.ofMillis(2));
        }
        var recorded = timeline.spans().getFirst();
        assertEquals(new Span("parse", Thread.currentThread().getName(), Span.Kind.PLATFORM, MS, 3 * MS), recorded);
    }

    @Test
    void closingASpanTwiceRecordsItOnce() {
        var open = timeline.span("x");
        open.close();
        open.close();
        assertEquals(1, timeline.spans().size());
    }

    @Test
    void spansOnVirtualThreadsAreMarkedVirtualAndNamedEvenWhenUnnamed() throws InterruptedException {
        Thread t = Thread.ofVirtual().start(() -> timeline.run("v", () -> { }));
        assertTrue(t.join(Duration.ofSeconds(10)));
        Span s = timeline.spans().getFirst();
        assertEquals(Span.Kind.VIRTUAL, s.kind());
        assertEquals("virtual #" + t.threadId(), s.thread());
    }

    @Test
    void callReturnsTheValueAndRecordsASpanEvenWhenTheTaskThrows() throws Exception {
        assertEquals(42, timeline.call("answer", () -> 42));
        assertThrows(IllegalStateException.class, () -> timeline.run("boom", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of("answer", "boom"), timeline.spans().stream().map(Span::label).toList());
    }

    @Test
    void wrappedStagesRecordASpanOnTheThreadThatRunsThem() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        var future = CompletableFuture.supplyAsync(timeline.supplier("fetch", () -> "body"))
                .thenApplyAsync(timeline.wrap("parse", body -> {
                    started.countDown();
                    return body.length();
                }));
        assertEquals(4, future.get(10, TimeUnit.SECONDS));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("fetch", "parse"), timeline.spans().stream().map(Span::label).sorted().toList());
    }

    @Test
    void aChildProcessIsRecordedFromTheCallUntilItExits() throws Exception {
        Timeline real = new Timeline();
        Process child = new ProcessBuilder("sh", "-c", "exit 0").start();
        Span span = real.process("child", child.toHandle()).get(10, TimeUnit.SECONDS);
        assertEquals("pid " + child.pid(), span.thread());
        assertEquals(Span.Kind.PROCESS, span.kind());
        assertEquals(List.of(span), real.spans());
    }

    @Test
    void aRunnableFromTheTimelineRecordsASpanWhereverItRuns() throws Exception {
        CompletableFuture.runAsync(timeline.runnable("async", () -> { })).get(10, TimeUnit.SECONDS);
        assertEquals("async", timeline.spans().getFirst().label());
    }

    @Test
    void recordedProcessesGetARowNamedByPid() {
        timeline.recordProcess("compile", 4242, 0, 5 * MS);
        assertEquals("pid 4242", timeline.spans().getFirst().thread());
        assertEquals(Span.Kind.PROCESS, timeline.spans().getFirst().kind());
        assertTrue(timeline.toSvg().contains(">pid 4242</text>"));
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsRejectedWithBothTimes() {
        var e = assertThrows(IllegalArgumentException.class, () -> span("x", "t", 5, 4));
        assertEquals("a span must not end before it starts, was start 5000000 end 4000000", e.getMessage());
    }

    @Test
    void svgHasARowPerThreadABarPerSpanAndLabelsInsideBars() {
        threeOverlappingDownloads();
        String svg = timeline.toSvg();
        for (int i = 1; i <= 3; i++) {
            assertTrue(svg.contains(">worker-" + i + "</text>"), svg);
            assertTrue(svg.contains(">download " + i + "</text>"), svg);
            assertTrue(svg.contains("<title>download " + i + " · 2 s · worker-" + i + "</title>"), svg);
        }
        assertTrue(svg.contains(">wall 2.01 s · busy 6 s · peak 3 at once"), svg);
    }

    @Test
    void svgAxisHasNiceTicksInMilliseconds() {
        threeOverlappingDownloads();
        String svg = timeline.toSvg();
        for (String tick : List.of(">0<", ">500<", ">1,000<", ">1,500<", ">2,000<")) {
            assertTrue(svg.contains(tick), tick);
        }
        assertFalse(svg.contains(">2,500<"));
        assertTrue(svg.contains(">time (ms)</text>"));
    }

    @Test
    void svgEscapesLabelsAndThreadNames() {
        timeline.add(span("<&> \"q\"", "t<1>&", 0, 100));
        String svg = timeline.toSvg();
        assertTrue(svg.contains("&lt;&amp;&gt; &quot;q&quot;"), svg);
        assertTrue(svg.contains(">t&lt;1&gt;&amp;</text>"), svg);
        assertFalse(svg.contains("<&>"));
        assertFalse(svg.contains("t<1>"));
    }

    @Test
    void svgCoordinatesHaveAtMostOneDecimal() {
        timeline.add(span("a", "t", 0, 3));
        timeline.add(span("b", "u", 1, 7));
        String svg = timeline.toSvg();
        assertFalse(Pattern.compile("=\"-?\\d+\\.\\d{2,}\"").matcher(svg).find(), svg);
        assertFalse(Pattern.compile("[ML]-?\\d+\\.\\d{2,}").matcher(svg).find(), svg);
    }

    @Test
    void longThreadNamesKeepTheirEndWhichTellsThreadsOfOnePoolApart() {
        timeline.add(span("a", "a-very-long-thread-name-that-goes-on-and-on", 0, 10));
        timeline.add(span("b", "ForkJoinPool.commonPool-worker-3", 0, 10));
        timeline.add(span("c", "ForkJoinPool.commonPool-worker-12", 0, 10));
        timeline.add(span("d", "x".repeat(40), 0, 10));
        String svg = timeline.toSvg();
        assertTrue(svg.contains(">…name-that-goes-on-and-on</text>"), svg);
        assertTrue(svg.contains(">…commonPool-worker-3</text>"), svg);
        assertTrue(svg.contains(">…commonPool-worker-12</text>"), svg);
        assertTrue(svg.contains(">…" + "x".repeat(27) + "</text>"), svg);
        assertTrue(timeline.toText().contains("…commonPool-worker-3"), timeline.toText());
    }

    @Test
    void barsTooNarrowForTheirLabelKeepItInATooltipAndTheLegend() {
        timeline.add(span("long task", "t1", 0, 1000));
        timeline.add(span("tiny", "t2", 0, 1));
        String svg = timeline.toSvg();
        assertTrue(svg.contains("<title>tiny · 1 ms · t2</title>"), svg);
        assertFalse(svg.contains("text-anchor=\"middle\" font-size=\"11\" fill=\"#1a1a1a\">tiny</text>"), svg);
        assertTrue(svg.contains("text-anchor=\"start\" fill=\"#222\">tiny</text>"), svg);
    }

    @Test
    void tenThousandSpansAreFoldedIntoTheBusiestRowsAndAHistogramUnderTheSizeCap() {
        var random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            long start = random.nextInt(1000) * MS;
            timeline.add(new Span("request " + (i % 4), "virtual-" + i, Span.Kind.VIRTUAL, start,
                    start + (1 + random.nextInt(100)) * MS + i));
        }
        String svg = timeline.toSvg();
        assertTrue(svg.length() < 300_000, "SVG was " + svg.length() + " characters");
        assertTrue(svg.contains(">9,970 more threads</text>"), svg.substring(0, 2000));
        assertEquals(30, Pattern.compile("font-style=\"italic\">virtual-\\d+</tspan>").matcher(svg).results().count());
        String text = timeline.toText();
        assertEquals(30 + 1 + 2, text.lines().count(), text);
        assertTrue(text.contains("9,970 more threads │"), text);
    }

    @Test
    void tenThousandVisibleSpansOnFortyRowsAreMergedIntoFewerBarsUnderTheSizeCap() {
        for (int row = 0; row < 40; row++) {
            for (int i = 0; i < 250; i++) {
                long start = i * 4L * MS + row * 100_000L;
                timeline.add(new Span("step " + (i % 3), "worker-" + row, Span.Kind.PLATFORM, start, start + 2 * MS));
            }
        }
        String svg = timeline.toSvg();
        assertTrue(svg.length() < 300_000, "SVG was " + svg.length() + " characters");
        for (int row = 0; row < 40; row++) {
            assertTrue(svg.contains(">worker-" + row + "</text>"), "row " + row);
        }
        long bars = Pattern.compile("<rect [^>]*rx=\"2\"").matcher(svg).results().count();
        assertTrue(bars <= TimelineBars.MAX_BARS, bars + " bars");
        assertTrue(svg.contains(" spans (mixed) · busy "), "merged bars say how many spans they hold");
        assertTrue(svg.contains("fill-opacity=\"0.5\""), "half-busy merged bars are half opaque");
    }

    @Test
    void textGanttShowsBusyCellsPerRowAndTheSummary() {
        timeline.add(span("a", "main", 0, 30));
        timeline.add(span("b", "pool-1", 30, 60));
        String expected = String.join("\n",
                "main   │█a" + "█".repeat(28) + "·".repeat(30) + "│",
                "pool-1 │" + "·".repeat(30) + "█b" + "█".repeat(28) + "│",
                "        0" + " ".repeat(54) + "60 ms",
                "wall 60 ms · busy 60 ms · peak 1 at once · 1.00 at once on average · 2 spans on 2 rows");
        assertEquals(expected, timeline.toText());
    }

    @Test
    void textBarsCarryTheirSpansNamesWhereTheyFitAndStopAtTheNextBar() {
        timeline.add(span("page 1", "main", 0, 20));
        timeline.add(span("page 2", "main", 20, 40));
        timeline.add(span("a download that takes its time", "main", 40, 60));
        timeline.add(span("tiny", "pool-1", 0, 3));
        timeline.add(span("页面", "pool-2", 0, 60));
        List<String> rows = timeline.toText().lines().toList();
        assertTrue(rows.contains("main   │█page 1" + "█".repeat(13) + "█page 2" + "█".repeat(13) + "█a download that t…█│"),
                String.join("\n", rows));
        assertTrue(rows.contains("pool-1 │" + "█".repeat(3) + "·".repeat(57) + "│"), "a bar narrower than its name stays a bar");
        assertTrue(rows.contains("pool-2 │" + "█".repeat(60) + "│"), "names that may take two columns each are left out");
    }

    @Test
    void tableListsSpansWithTimesSinceTheFirstStart() {
        timeline.add(span("a", "main", 10, 30));
        Table table = timeline.table();
        assertEquals(List.of("task", "thread", "kind", "start ms", "end ms", "took"), table.headers());
        assertEquals(List.of("a", "main", "platform", 0.0, 20.0, Duration.ofMillis(20)), table.rows().getFirst());
    }

    @Test
    void mimeBundleHasTextGanttSvgWithTheSummaryAndAPngOfItButNoHtml() throws Exception {
        threeOverlappingDownloads();
        var bundle = timeline.mimeBundle();
        var data = bundle.data();
        assertTrue(data.get("text/plain").contains("worker-1 │"));
        assertTrue(data.get("image/svg+xml").startsWith("<svg") && data.get("image/svg+xml").contains("peak 3 at once"));
        assertFalse(data.containsKey("text/html"), "front ends prefer HTML and sanitise it to digits when untrusted");
        var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(data.get("image/png"))));
        assertEquals(TimelineSvg.WIDTH * SvgPng.SCALE, png.getWidth());
        assertEquals("{\"width\": " + TimelineSvg.WIDTH + ", \"height\": " + png.getHeight() / SvgPng.SCALE + "}",
                bundle.metadata().get("image/png"));
    }

    @Test
    void spansRecordedFromManyThreadsAreAllKept() throws InterruptedException {
        Timeline real = new Timeline();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            Thread.ofPlatform().name("recorder-" + t).start(() -> {
                for (int i = 0; i < 1000; i++) {
                    real.run("tick", () -> { });
                }
                done.countDown();
            });
        }
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(4000, real.spans().size());
        assertEquals(4, real.summary().rows());
    }
}
