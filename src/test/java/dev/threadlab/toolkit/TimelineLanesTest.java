package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Spans of one row that overlap in time are drawn in lanes, one above the other, so that none covers another. */
final class TimelineLanesTest {

    private static final long MS = 1_000_000;

    private static Span span(String label, long startMs, long endMs) {
        return new Span(label, "main", Span.Kind.PLATFORM, startMs * MS, endMs * MS);
    }

    private static List<List<String>> laneLabels(List<Span> spans) {
        return TimelineLayout.lanes(spans).stream().map(l -> l.stream().map(Span::label).toList()).toList();
    }

    /** Eight requests a thread started one after another and that were answered 200 ms later, as with sendAsync. */
    private static Timeline eightRequestsInFlight() {
        Timeline timeline = new Timeline(new FakeTicker());
        for (int i = 1; i <= 8; i++) {
            timeline.add(span("page-" + i, i, 200 + i));
        }
        return timeline;
    }

    /** The y and height of every bar whose tooltip starts with {@code prefix}, in document order. */
    private static List<double[]> bars(String svg, String prefix) {
        Matcher m = Pattern.compile("<rect x=\"[0-9.]+\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\""
                + "[^>]*rx=\"2\"><title>" + Pattern.quote(prefix)).matcher(svg);
        List<double[]> bars = new ArrayList<>();
        while (m.find()) {
            bars.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return bars;
    }

    @Test
    void overlappingSpansGoToAsManyLanesAsTheMostAtOnceEachInTheFirstLaneFreeAtItsStart() {
        List<Span> spans = List.of(span("x", 0, 50), span("y", 5, 10), span("z", 6, 40), span("w", 20, 30),
                span("v", 45, 60), span("u", 52, 70));
        // u starts at 52: lanes 0 (x ended at 50) and 2 (z ended at 40) are free; the first one is taken.
        assertEquals(List.of(List.of("x", "u"), List.of("y", "w", "v"), List.of("z")), laneLabels(spans));
        assertEquals(3, TimelineSummary.of(spans).peakConcurrency(), "as many lanes as the summary's peak");
        assertEquals(3, TimelineLayout.of(spans).rows().getFirst().peak());
    }

    @Test
    void spansThatDoNotOverlapStayInOneLane() {
        List<Span> spans = List.of(span("a", 0, 10), span("b", 15, 20), span("c", 40, 45));
        assertEquals(List.of(List.of("a", "b", "c")), laneLabels(spans));
    }

    @Test
    void spansThatOnlyTouchDoNotCountAsOverlappingAndShareALane() {
        List<Span> spans = List.of(span("a", 0, 10), span("b", 10, 20), span("c", 20, 30), span("d", 30, 30));
        assertEquals(List.of(List.of("a", "b", "c", "d")), laneLabels(spans));
        assertEquals(1, TimelineLayout.of(spans).rows().getFirst().peak());
    }

    @Test
    void theSameSpansGetTheSameLanesInWhateverOrderTheyWereRecorded() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            spans.add(span("s" + i, i % 3 * 10, i % 3 * 10 + 25 + i % 2));   // many ties in start and end
        }
        List<List<String>> expected = laneLabels(spans);
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(spans, random);
            assertEquals(expected, laneLabels(spans));
        }
        assertEquals(TimelineSummary.of(spans).peakConcurrency(), expected.size());
    }

    @Test
    void theTextChartDrawsALinePerLaneWithTheNameOnTheFirstAndHowManyAtOnceOnTheSecond() {
        Timeline timeline = new Timeline(new FakeTicker());
        timeline.add(span("long", 0, 60));
        timeline.add(span("short", 0, 30));
        timeline.add(new Span("after", "pool-1", Span.Kind.PLATFORM, 30 * MS, 60 * MS));
        String expected = String.join("\n",
                "main      │█short" + "█".repeat(24) + "·".repeat(30) + "│",
                "2 at once │█long" + "█".repeat(55) + "│",
                "pool-1    │" + "·".repeat(30) + "█after" + "█".repeat(24) + "│",
                "           0" + " ".repeat(54) + "60 ms",
                timeline.summary().line());
        assertEquals(expected, timeline.toText());
    }

    @Test
    void aRowOfOverlappingSpansIsOneLabelledRowOfStackedThinBarsOneLanePerSpanInFlight() {
        String svg = eightRequestsInFlight().toSvg();
        assertEquals(1, Pattern.compile(">main</text>").matcher(svg).results().count(), "one row label");
        assertTrue(svg.contains("<tspan font-size=\"10\">8 at once</tspan>"), svg);
        List<double[]> bars = bars(svg, "page-");
        assertEquals(8, bars.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(12, bars.get(i)[1], 1e-9, "a lane's bar is thinner than a row's 16");
            assertEquals(bars.get(0)[0] + 14 * i, bars.get(i)[0], 0.05, "lane " + i + " under lane " + (i - 1));
        }
        assertTrue(svg.contains("<title>page-3 · 200 ms · main</title>"), svg);
        assertTrue(svg.contains("text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">page-1</text>"),
                "labels fit inside bars 12 high");
        assertTrue(svg.contains("height=\"118\" fill=\"#f4f4f4\""), "the row's background holds 8 lanes: " + svg);
    }

    @Test
    void aRowWithoutOverlapIsDrawnAsOneBarHighWithNoCountOfHowManyAtOnce() {
        Timeline timeline = new Timeline(new FakeTicker());
        timeline.add(span("a", 0, 10));
        timeline.add(span("b", 10, 20));
        String svg = timeline.toSvg();
        assertFalse(svg.contains("at once</tspan>"), svg);
        assertEquals(List.of(16.0, 16.0), bars(svg, "").stream().map(b -> b[1]).toList());
        assertTrue(svg.contains("height=\"24\" fill=\"#f4f4f4\""), svg);
    }

    @Test
    void moreLanesThanFitAreSqueezedIntoTheHeightOfEightAndTheirLabelsGoToTheLegend() {
        Timeline timeline = new Timeline(new FakeTicker());
        for (int i = 1; i <= 16; i++) {
            timeline.add(span("request " + i % 4, i, 100 + i));
        }
        String svg = timeline.toSvg();
        List<double[]> bars = bars(svg, "request ");
        assertEquals(16, bars.size());
        assertEquals(5, bars.getFirst()[1], 1e-9, "7 apart, 5 high");
        assertTrue(svg.contains("<tspan font-size=\"10\">16 at once</tspan>"), svg);
        assertFalse(svg.contains("font-size=\"10\" fill=\"#ffffff\">request"), "no label inside a bar 5 high");
        assertTrue(svg.contains("text-anchor=\"start\" fill=\"#222\">request 1</text>"), "the legend names the colours");
    }

    @Test
    void aRowTooCrowdedForLanesIsAHistogramOfHowManyAtOnceInSvgAndText() {
        Timeline timeline = new Timeline(new FakeTicker());
        for (int i = 0; i < 1000; i++) {
            timeline.add(span("request", i / 10, 200 + i / 10));
        }
        String svg = timeline.toSvg();
        assertTrue(svg.contains("<title>main: at most 1,000 at once</title></path>"), svg);
        assertTrue(svg.contains("<tspan font-size=\"10\">1,000 at once</tspan>"), svg);
        assertTrue(bars(svg, "request").isEmpty(), "no bar per request");
        assertTrue(svg.length() < 20_000, "SVG was " + svg.length() + " characters");
        List<String> lines = timeline.toText().lines().toList();
        assertEquals(3, lines.size(), timeline.toText());
        assertTrue(lines.getFirst().startsWith("main, 1,000 at once │"), lines.getFirst());
        assertTrue(lines.getFirst().contains("█"), "the peak is a full block: " + lines.getFirst());
    }

    @Test
    void aComparisonDrawsLanesAsHighInEveryPanelAsInItsMostCrowded() {
        Map<String, Timeline> ways = new LinkedHashMap<>();
        Timeline two = new Timeline(new FakeTicker());
        two.add(span("pair", 0, 100));
        two.add(span("pair", 10, 110));
        Timeline many = new Timeline(new FakeTicker());
        for (int i = 0; i < 14; i++) {
            many.add(span("crowd", i, 100 + i));
        }
        ways.put("two at once", two);
        ways.put("fourteen at once", many);
        String svg = TimelineComparison.of(ways).toSvg();
        double pairHeight = bars(svg, "pair ").getFirst()[1];
        double crowdHeight = bars(svg, "crowd ").getFirst()[1];
        assertEquals(crowdHeight, pairHeight, 1e-9, "one lane height for both panels");
        assertEquals(6, crowdHeight, 1e-9, "14 lanes in the height of 8: 8 apart, 6 high");
        assertEquals(14, bars(svg, "crowd ").size());
        assertTrue(SvgPng.render(svg).isPresent(), "the PNG reader reads the lanes");
    }
}
