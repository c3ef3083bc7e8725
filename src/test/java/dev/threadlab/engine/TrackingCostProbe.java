package dev.threadlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Measures what per-cell thread tracking costs: the {@code cellBegin} and {@code cellEnd} round trips
 * to a real engine, with no user threads and with 100 parked ones (all from an earlier cell). Run by hand
 * (not a test), like {@link EngineLatencyProbe}.
 */
public final class TrackingCostProbe {

    private TrackingCostProbe() {}

    public static void main(String[] args) throws Exception {
        try (Session session = Session.start(EngineOptions.defaults(), new OutputRouter(), List.of())) {
            measure(session, "no user threads", 1);
            session.beginCell(1_000_000, 1);
            session.jshell().eval("for (int i = 0; i < 100; i++) { var t = new Thread(() -> {"
                    + " try { Thread.sleep(600_000); } catch (InterruptedException e) { } }); t.setDaemon(true); t.start(); }");
            measure(session, "100 parked threads of an earlier cell", 2);
        }
    }

    private static void measure(Session session, String label, int base) {
        double[] micros = new double[500];
        for (int i = 0; i < micros.length; i++) {
            long t = System.nanoTime();
            session.beginCell(base * 10_000 + i, i);
            session.leftovers();
            micros[i] = (System.nanoTime() - t) / 1e3;
        }
        Arrays.sort(micros);
        System.out.printf("%s: cellBegin + cellEnd p50 %.0f µs, p95 %.0f µs%n", label, micros[250], micros[475]);
    }
}
