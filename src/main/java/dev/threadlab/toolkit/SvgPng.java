package dev.threadlab.toolkit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Draws the toolkit's own SVG pictures as PNG with Java2D (headless), so that a chart survives where SVG
 * does not: Notebook 6 and JupyterLab sanitise the HTML and SVG of an untrusted notebook (one executed by
 * {@code nbconvert}, or copied from a teacher), and markdown exports link pictures as image files.
 *
 * <p>It reads the small part of SVG the toolkit writes: {@code svg} (width, height, viewBox), {@code g},
 * {@code rect} (with {@code rx}), {@code line}, {@code circle}, {@code polyline}, {@code polygon},
 * {@code path} (M, L, H, V, Z, absolute or relative) and {@code text} with {@code tspan}; the
 * presentation attributes fill, stroke, stroke-width, opacity, fill-opacity, font-size, font-family,
 * font-style, font-weight and text-anchor, inherited as in SVG; colours as {@code #rgb}, {@code #rrggbb},
 * {@code rgb(…)} or a basic name. {@code title} and anything else are skipped. The image is drawn at
 * {@link #SCALE} pixels per SVG unit; {@link Png} says the size to show it at. Stateless and thread-safe.
 */
final class SvgPng {

    /**
     * Pixels per SVG unit. 1, as matplotlib's inline PNGs: 2 (sharper on high-density screens) made the
     * 12-span example chart of docs/toolkit.md 53 KB instead of 21 KB, and took about twice as long.
     */
    static final int SCALE = 1;
    /** Deflate effort, from 0 (smallest file) to 1: for the same chart 0.5 encoded in 5 ms, 0 in 32 ms, 6 % smaller. */
    private static final float COMPRESSION = 0.5f;
    /** A picture larger than this (in SVG units, either side) is not drawn: it would cost too much memory. */
    static final int MAX_SIDE = 4000;


    /** A PNG and the size (in SVG units, CSS pixels) at which to show it. */
    record Png(byte[] bytes, int width, int height) {}

    private SvgPng() {}

    /**
     * {@code svg} as a PNG, or empty when it cannot be drawn here: the SVG is not one this class reads, is
     * too large, or this JVM cannot draw (no fonts, no Java2D).
     */
    static Optional<Png> render(String svg) {
        try {
            Element root = parse(svg);
            double width = SvgValues.number(root.getAttribute("width"), 0);
            double height = SvgValues.number(root.getAttribute("height"), 0);
            if (!root.getTagName().equals("svg") || width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                return Optional.empty();
            }
            BufferedImage image = new BufferedImage((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale(SCALE, SCALE);
                double[] box = SvgValues.viewBox(root.getAttribute("viewBox"));
                if (box != null && box[2] > 0 && box[3] > 0) {
                    g.scale(width / box[2], height / box[3]);
                    g.translate(-box[0], -box[1]);
                }
                new Painter(g).children(root, Style.DEFAULT.with(root));
            } finally {
                g.dispose();
            }
            return Optional.of(new Png(encode(image), (int) Math.round(width), (int) Math.round(height)));
        } catch (Exception | LinkageError | java.awt.AWTError e) {
            // No fonts, no libawt, a headless JRE without Java2D, or SVG this class does not read: the
            // picture is still there as SVG and text, so the PNG is left out rather than failing the cell.
            return Optional.empty();
        }
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(COMPRESSION);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The inherited presentation attributes at one element. */
    private record Style(Color fill, Color stroke, double strokeWidth, double opacity, double fillOpacity,
                         double fontSize, String fontFamily, boolean italic, boolean bold, String anchor) {

        static final Style DEFAULT = new Style(Color.BLACK, null, 1, 1, 1, 16, Font.SANS_SERIF, false, false, "start");

        Style with(Element e) {
            return new Style(
                    e.hasAttribute("fill") ? SvgValues.colour(e.getAttribute("fill"), fill) : fill,
                    e.hasAttribute("stroke") ? SvgValues.colour(e.getAttribute("stroke"), stroke) : stroke,
                    SvgValues.number(e.getAttribute("stroke-width"), strokeWidth),
                    opacity * SvgValues.number(e.getAttribute("opacity"), 1),
                    SvgValues.number(e.getAttribute("fill-opacity"), fillOpacity),
                    SvgValues.number(e.getAttribute("font-size"), fontSize),
                    e.hasAttribute("font-family") ? family(e.getAttribute("font-family")) : fontFamily,
                    e.hasAttribute("font-style") ? e.getAttribute("font-style").equals("italic") : italic,
                    e.hasAttribute("font-weight") ? isBold(e.getAttribute("font-weight")) : bold,
                    e.hasAttribute("text-anchor") ? e.getAttribute("text-anchor") : anchor);
        }

        Font font() {
            return new Font(fontFamily, (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), 1)
                    .deriveFont((float) fontSize);
        }

        private static boolean isBold(String weight) {
            return weight.equals("bold") || weight.equals("bolder") || SvgValues.number(weight, 400) >= 600;
        }

        private static String family(String css) {
            String first = css.split(",")[0].strip().replace("'", "").replace("\"", "");
            return switch (first.toLowerCase(Locale.ROOT)) {
                case "monospace" -> Font.MONOSPACED;
                case "serif" -> Font.SERIF;
                case "sans-serif", "" -> Font.SANS_SERIF;
                default -> first;
            };
        }
    }

    /** Draws elements onto one graphics context. */
    private static final class Painter {

        private final Graphics2D g;
        private final Map<Font, java.awt.FontMetrics> metrics = new HashMap<>();

        Painter(Graphics2D g) {
            this.g = g;
        }

        void children(Element parent, Style style) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    element(e, style.with(e));
                }
            }
        }

        private void element(Element e, Style style) {
            switch (e.getTagName()) {
                case "g" -> {
                    var saved = g.getTransform();
                    double[] move = SvgValues.translate(e.getAttribute("transform"));
                    g.translate(move[0], move[1]);
                    children(e, style);
                    g.setTransform(saved);
                }
                case "rect" -> {
                    double x = SvgValues.number(e.getAttribute("x"), 0);
                    double y = SvgValues.number(e.getAttribute("y"), 0);
                    double w = SvgValues.number(e.getAttribute("width"), 0);
                    double h = SvgValues.number(e.getAttribute("height"), 0);
                    double rx = SvgValues.number(e.getAttribute("rx"), 0);
                    shape(rx > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * rx)
                            : new Rectangle2D.Double(x, y, w, h), style);
                }
                case "line" -> shape(new Line2D.Double(SvgValues.number(e.getAttribute("x1"), 0), SvgValues.number(e.getAttribute("y1"), 0),
                        SvgValues.number(e.getAttribute("x2"), 0), SvgValues.number(e.getAttribute("y2"), 0)), style);
                case "circle" -> {
                    double r = SvgValues.number(e.getAttribute("r"), 0);
                    shape(new java.awt.geom.Ellipse2D.Double(SvgValues.number(e.getAttribute("cx"), 0) - r,
                            SvgValues.number(e.getAttribute("cy"), 0) - r, 2 * r, 2 * r), style);
                }
                case "polyline", "polygon" -> shape(SvgValues.points(e.getAttribute("points"), e.getTagName().equals("polygon")),
                        style);
                case "path" -> shape(SvgValues.path(e.getAttribute("d")), style);
                case "text" -> text(e, style);
                default -> { } // title, desc, defs, and elements this class does not draw
            }
        }

        private void shape(java.awt.Shape shape, Style style) {
            boolean filled = style.fill() != null && !(shape instanceof Line2D);
            if (filled) {
                g.setColor(alpha(style.fill(), style.opacity() * style.fillOpacity()));
                g.fill(shape);
            }
            if (style.stroke() != null && style.strokeWidth() > 0) {
                g.setColor(alpha(style.stroke(), style.opacity()));
                g.setStroke(new BasicStroke((float) style.strokeWidth()));
                g.draw(shape);
            }
        }

        /** A text element and its tspans, laid out on one line from x, y, aligned by the text's anchor. */
        private void text(Element e, Style style) {
            record Run(String text, Style style) {}
            java.util.List<Run> runs = new java.util.ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element span && span.getTagName().equals("tspan")) {
                    runs.add(new Run(span.getTextContent(), style.with(span)));
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    runs.add(new Run(n.getNodeValue(), style));
                }
            }
            double total = 0;
            for (Run run : runs) {
                total += metrics(run.style().font()).getStringBounds(run.text(), g).getWidth();
            }
            double x = SvgValues.number(e.getAttribute("x"), 0) - switch (style.anchor()) {
                case "middle" -> total / 2;
                case "end" -> total;
                default -> 0;
            };
            double y = SvgValues.number(e.getAttribute("y"), 0);
            for (Run run : runs) {
                Font font = run.style().font();
                g.setFont(font);
                if (run.style().fill() != null) {
                    g.setColor(alpha(run.style().fill(), run.style().opacity() * run.style().fillOpacity()));
                    g.drawString(run.text(), (float) x, (float) y);
                }
                x += metrics(font).getStringBounds(run.text(), g).getWidth();
            }
        }

        private java.awt.FontMetrics metrics(Font font) {
            return metrics.computeIfAbsent(font, g::getFontMetrics);
        }
    }

    private static Color alpha(Color colour, double opacity) {
        if (opacity >= 1) {
            return colour;
        }
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * Math.max(0, opacity)));
    }
}
