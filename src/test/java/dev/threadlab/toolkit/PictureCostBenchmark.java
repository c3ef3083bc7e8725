package dev.threadlab.toolkit;

import dev.threadlab.display.MimeBundle;
import java.util.Random;

/**
 * Measures what a timeline's PNG ({@link SvgPng}, for untrusted notebooks and markdown exports) adds to
 * its bundle: bytes, and milliseconds to draw and encode, for the first chart in a fresh JVM (Java2D and
 * fonts load then) and for later ones. Prints, asserts nothing; timing on a shared machine is not a test.
 * Run after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.threadlab.toolkit.PictureCostBenchmark}.
 */
public final class PictureCostBenchmark {

    private static final long MS = 1_000_000;

    public static void main(String[] args) {
        Timeline three = new Timeline(new FakeTicker());
        for (int i = 1; i <= 3; i++) {
            three.add(new Span("download " + i, "worker-" + i, Span.Kind.PLATFORM, i * MS, (2000 + i) * MS));
        }
        Timeline twelve = new Timeline(new FakeTicker());
        for (int i = 1; i <= 3; i++) {
            long s = (i - 1) * 2045 * MS;
            twelve.add(new Span("download " + i, "main", Span.Kind.PLATFORM, s, s + 2000 * MS));
            twelve.add(new Span("parse", "main", Span.Kind.PLATFORM, s + 2000 * MS, s + 2040 * MS));
            long v = 6300 * MS + i * 3 * MS;
            twelve.add(new Span("download " + i, "worker-" + i, Span.Kind.VIRTUAL, v, v + 2000 * MS));
            twelve.add(new Span("parse", "worker-" + i, Span.Kind.VIRTUAL, v + 2000 * MS, v + 2040 * MS));
        }
        Timeline many = new Timeline(new FakeTicker());
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long s = random.nextInt(900) * MS;
            many.add(new Span("request", "virtual-" + i, Span.Kind.VIRTUAL, s, s + (100 + random.nextInt(50)) * MS));
        }
        measure("first chart (3 spans), cold JVM", three, 1);
        measure("3 spans", three, 20);
        measure("12 spans on 4 rows", twelve, 20);
        measure("10,000 spans", many, 5);
    }

    private static void measure(String what, Timeline timeline, int times) {
        String svg = timeline.toSvg();
        long start = System.nanoTime();
        SvgPng.Png png = null;
        for (int i = 0; i < times; i++) {
            png = SvgPng.render(svg).orElseThrow();
        }
        double ms = (System.nanoTime() - start) / 1e6 / times;
        MimeBundle bundle = timeline.mimeBundle();
        System.out.printf("%-32s PNG %6.1f KB (%6.1f KB as base64 in the notebook), SVG %5.1f KB, %6.1f ms per chart%n",
                what, png.bytes().length / 1024.0, bundle.data().get("image/png").length() / 1024.0,
                svg.length() / 1024.0, ms);
    }
}
