package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
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
        JShellInterpreter interpreter = new JShellInterpreter();
        interpreter.execute(new dev.threadlab.interpreter.Cell("0", 1, false, false), new RecordingOutput());
        int n = 100;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] e = new double[n];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                ours.jshell().eval("1 + 1");
                a[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                local.eval("1 + 1");
                b[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                interpreter.execute(new dev.threadlab.interpreter.Cell("1 + 1", i + 2, false, false), new RecordingOutput());
                e[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(e);
            System.out.printf("round %d: JShellInterpreter.execute p50 %.1f ms p90 %.1f%n", round, e[n / 2], e[n * 9 / 10]);
            Arrays.sort(a);
            Arrays.sort(b);
            System.out.printf("round %d: ours p50 %.1f ms p90 %.1f | local p50 %.1f ms p90 %.1f%n", round, a[n / 2],
                    a[n * 9 / 10], b[n / 2], b[n * 9 / 10]);
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            CellSplitter.split(ours.analysis(), "1 + 1");
            c[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(c);
        System.out.printf("split p50 %.2f ms%n", c[n / 2]);
        ours.close();
        interpreter.close();
        local.close();
    }
}
