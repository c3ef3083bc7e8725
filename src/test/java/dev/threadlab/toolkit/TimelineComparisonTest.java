package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class TimelineComparisonTest {

    private static final long MS = 1_000_000;

    private static Timeline timeline(long originMs, String... spans) {
        Timeline timeline = new Timeline(new FakeTicker());
        for (String spec : spans) {
            String[] p = spec.split(":");  // label:thread:startMs:endMs, relative to originMs
            timeline.add(new Span(p[0], p[1], Span.Kind.PLATFORM, (originMs + Long.parseLong(p[2])) * MS,
                    (originMs + Long.parseLong(p[3])) * MS));
        }
        return timeline;
    }

    /** The width of the bar whose tooltip starts with {@code label}. */
    private static double barWidth(String svg, String label) {
        Matcher m = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"[^>]*rx=\"2\"><title>" + Pattern.quote(label) + " ")
                .matcher(svg);
        assertTrue(m.find(), "no bar for " + label + " in " + svg);
        return Double.parseDouble(m.group(1));
    }

    private static Map<String, Timeline> twoWays() {
        Map<String, Timeline> ways = new LinkedHashMap<>();
        ways.put("one after another", timeline(5_000, "a:main:0:100", "b:main:100:200", "c:main:200:400"));
        ways.put("all at once", timeline(90_000, "x:t1:0:100", "y:t2:0:100"));
        return ways;
    }

    @Test
    void everyPanelIsDrawnOnTheTimeScaleOfTheLongestTimelineWhereverItsClockStarted() {
        String svg = TimelineComparison.of(twoWays()).toSvg();
        double hundredSequential = barWidth(svg, "a");
        double hundredAtOnce = barWidth(svg, "x");
        assertEquals(hundredSequential, hundredAtOnce, 0.15, "100 ms is as wide in both panels");
        assertEquals(2 * hundredSequential, barWidth(svg, "c"), 0.25, "coordinates are rounded to 0.1");
    }

    @Test
    void thePictureHasATitledPanelPerTimelineInTheMapsOrderWithItsOwnSummary() {
        String svg = TimelineComparison.of(twoWays()).toSvg();
        int first = svg.indexOf(">one after another</text>");
        int second = svg.indexOf(">all at once</text>");
        assertTrue(first > 0 && second > first, svg);
        assertEquals(2, Pattern.compile("<g transform=\"translate\\(0,[0-9]+\\)\">").matcher(svg).results().count());
        assertTrue(svg.indexOf("wall 400 ms") > first && svg.indexOf("wall 400 ms") < second, svg);
        assertTrue(svg.indexOf("wall 100 ms") > second, svg);
        Matcher height = Pattern.compile("^<svg [^>]*height=\"([0-9]+)\"").matcher(svg);
        assertTrue(height.find());
        assertTrue(Integer.parseInt(height.group(1)) > 2 * 26 + 3 * 24, "room for both titles and three rows");
    }

    @Test
    void theTextFallbackPutsEachChartUnderItsTitleOnTheSameScale() {
        String text = TimelineComparison.of(twoWays()).toText();
        List<String> lines = text.lines().toList();
        assertEquals("── one after another ──", lines.getFirst());
        assertTrue(lines.contains("── all at once ──"), text);
        String mainRow = lines.stream().filter(l -> l.startsWith("main ")).findFirst().orElseThrow();
        String t1Row = lines.stream().filter(l -> l.startsWith("t1 ")).findFirst().orElseThrow();
        assertEquals(TimelineText.COLUMNS, busyColumns(mainRow), mainRow);
        long busy = busyColumns(t1Row);
        assertEquals(TimelineText.COLUMNS / 4, busy, 1, "a quarter of the longest wall time: " + t1Row);
        assertTrue(t1Row.contains("·"), t1Row);
    }

    /** The columns of a text chart's row that are not idle ({@code ·}): bars and the labels written in them. */
    private static long busyColumns(String row) {
        String bar = row.substring(row.indexOf('│') + 1, row.lastIndexOf('│'));
        return bar.chars().filter(c -> c != '·').count();
    }

    @Test
    void anEmptyTimelineIsAPanelThatSaysSo() {
        Map<String, Timeline> ways = new LinkedHashMap<>(twoWays());
        ways.put("not run", new Timeline(new FakeTicker()));
        TimelineComparison comparison = TimelineComparison.of(ways);
        assertEquals(List.of("one after another", "all at once", "not run"), comparison.titles());
        assertTrue(comparison.toText().endsWith("── not run ──\n(empty timeline: no spans recorded)"), comparison.toText());
        assertTrue(comparison.toSvg().contains(">not run</text>"));
    }

    @Test
    void itsBundleIsAPictureWithTextForTerminalsAndNoHtml() {
        MimeBundle bundle = TimelineComparison.of(twoWays()).mimeBundle();
        assertTrue(bundle.data().get(Picture.SVG).startsWith("<svg"));
        assertTrue(bundle.data().get(MimeBundle.TEXT_PLAIN).startsWith("── one after another ──"));
        assertTrue(!bundle.data().containsKey("text/html"));
        assertTrue(SvgPng.render(bundle.data().get(Picture.SVG)).isPresent(), "the PNG reader reads the whole picture");
    }

    @Test
    void titlesAreEscapedAndMisuseIsNamed() {
        Map<String, Timeline> ways = new LinkedHashMap<>();
        ways.put("<pool & co>", timeline(0, "a:main:0:10"));
        assertTrue(TimelineComparison.of(ways).toSvg().contains("&lt;pool &amp; co&gt;"));
        var empty = assertThrows(IllegalArgumentException.class, () -> TimelineComparison.of(Map.of()));
        assertTrue(empty.getMessage().contains("at least one timeline"));
        Map<String, Timeline> withNull = new LinkedHashMap<>();
        withNull.put("missing", null);
        var none = assertThrows(NullPointerException.class, () -> TimelineComparison.of(withNull));
        assertTrue(none.getMessage().contains("missing"));
    }
}
