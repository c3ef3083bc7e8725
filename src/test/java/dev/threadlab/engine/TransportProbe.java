package dev.threadlab.engine;

import java.util.Arrays;
import java.util.List;
import jdk.jshell.JShell;

/** Compares JShell's in-process engine with ours on the same machine, interleaved; run by hand. */
public final class TransportProbe {

    private TransportProbe() {}

    public static void main(String[] args) {
        Session ours = Session.start(EngineOptions.defaults(), new OutputRouter(), List.of());
        JShell local = JShell.builder().executionEngine("local").build();
        for (String name : Session.IMPORTS) {
            local.eval("import " + name + ";");
        }
        int n = 100;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                ours.jshell().eval("1 + 1");
                a[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                local.eval("1 + 1");
                b[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(a);
            Arrays.sort(b);
            System.out.printf("round %d: ours p50 %.1f ms p90 %.1f | local p50 %.1f ms p90 %.1f%n", round, a[n / 2],
                    a[n * 9 / 10], b[n / 2], b[n * 9 / 10]);
        }
        ours.close();
        local.close();
    }
}
