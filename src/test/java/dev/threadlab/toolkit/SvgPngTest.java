package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

final class SvgPngTest {

    private static BufferedImage draw(String svg) throws Exception {
        SvgPng.Png png = SvgPng.render(svg).orElseThrow(() -> new AssertionError("not drawn: " + svg));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertEquals(png.width() * SvgPng.SCALE, image.getWidth());
        assertEquals(png.height() * SvgPng.SCALE, image.getHeight());
        return image;
    }

    /** The colour at SVG coordinates (x, y), as 0xRRGGBB. */
    private static int at(BufferedImage image, double x, double y) {
        return image.getRGB((int) (x * SvgPng.SCALE), (int) (y * SvgPng.SCALE)) & 0xffffff;
    }

    /** How many pixels in the SVG box (x0, y0)-(x1, y1) are not white. */
    private static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int x = x0 * SvgPng.SCALE; x < x1 * SvgPng.SCALE; x++) {
            for (int y = y0 * SvgPng.SCALE; y < y1 * SvgPng.SCALE; y++) {
                count += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        return count;
    }

    @Test
    void rectanglesLinesAndPathsLandWhereTheSvgPutsThemInTheirColours() throws Exception {
        BufferedImage image = draw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
                + "<rect width=\"200\" height=\"100\" fill=\"#fff\"/>"
                + "<rect x=\"10\" y=\"10\" width=\"50\" height=\"20\" fill=\"#e15759\" rx=\"2\"><title>a bar</title></rect>"
                + "<rect x=\"70\" y=\"10\" width=\"50\" height=\"20\" fill=\"#4e79a7\" fill-opacity=\"0.5\"/>"
                + "<line x1=\"0\" y1=\"50\" x2=\"200\" y2=\"50\" stroke=\"#444\" stroke-width=\"2\"/>"
                + "<path d=\"M130 10 L190 10 L190 40 L130 40Z\" fill=\"rgb(0, 128, 0)\"/></svg>");
        assertEquals(0xe15759, at(image, 30, 20));
        assertEquals(0xffffff, at(image, 5, 5));
        int half = at(image, 90, 20);
        assertTrue((half >> 16 & 255) > 0x4e && (half & 255) < 255, "half-transparent blue on white: " + Integer.toHexString(half));
        assertEquals(0x444444, at(image, 100, 50));
        assertEquals(0x008000, at(image, 160, 25));
    }

    @Test
    void textIsDrawnAtItsAnchor() throws Exception {
        BufferedImage image = draw("<svg width=\"300\" height=\"60\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<text x=\"150\" y=\"20\" text-anchor=\"end\" fill=\"#222\">right &amp; left</text>"
                + "<text x=\"150\" y=\"50\" text-anchor=\"start\" fill=\"#222\">a <tspan font-style=\"italic\">b</tspan></text></svg>");
        assertTrue(ink(image, 60, 8, 150, 24) > 50, "text ending at x=150");
        assertEquals(0, ink(image, 152, 8, 300, 24), "nothing right of an end anchor");
        assertTrue(ink(image, 150, 38, 200, 54) > 20, "text starting at x=150");
        assertEquals(0, ink(image, 0, 38, 149, 54), "nothing left of a start anchor");
    }

    @Test
    void aTimelineChartBecomesAPngOfTheSameSize() throws Exception {
        Timeline timeline = new Timeline(new FakeTicker());
        for (int i = 1; i <= 3; i++) {
            timeline.add(new Span("download " + i, "worker-" + i, Span.Kind.PLATFORM, i * 1_000_000L, 2_000_000_000L));
        }
        String svg = timeline.toSvg();
        BufferedImage image = draw(svg);
        assertEquals(TimelineSvg.WIDTH * SvgPng.SCALE, image.getWidth());
        assertTrue(ink(image, 300, 8, 800, 80) > 10_000, "three bars drawn");
    }

    @Test
    void whatItCannotDrawIsLeftOutRatherThanFailing() {
        assertEquals(Optional.empty(), SvgPng.render("not svg at all"));
        assertEquals(Optional.empty(), SvgPng.render("<svg width=\"100000\" height=\"10\"></svg>"), "too large");
        assertEquals(Optional.empty(), SvgPng.render("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg width=\"10\" height=\"10\"><text>&x;</text></svg>"), "no external entities");
        assertTrue(SvgPng.render("<svg width=\"10\" height=\"10\"><path d=\"M0 0 C 1 2 3 4 5 6\"/><unknown/></svg>")
                .isPresent(), "unknown parts are skipped");
    }
}
