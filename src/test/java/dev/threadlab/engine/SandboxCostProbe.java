package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.testing.RecordingOutput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What grading's confinement costs; run by hand (not a test), with the engine jar so that the engine is the
 * module: {@code java -Dthreadlab.engineJar=target/threadlab-engine.jar -cp target/classes:target/test-classes:…
 * dev.threadlab.engine.SandboxCostProbe}. For a live engine (loopback TCP), a grading engine without sandbox
 * (TCP, grading flags) and a sandboxed one (bubblewrap, Unix domain socket), in interleaved rounds: start to
 * first result, and the trivial cell's p50 and p95 over 100 cells.
 */
public final class SandboxCostProbe {

    private SandboxCostProbe() {}

    public static void main(String[] args) throws Exception {
        EngineOptions base = EngineOptions.defaults();
        SandboxProbe.Result probe = SandboxProbe.probe(System.getenv());
        if (!(probe instanceof SandboxProbe.Result.Ready ready)) {
            throw new IllegalStateException("no sandbox here: " + probe);
        }
        Map<String, EngineOptions> configs = new LinkedHashMap<>();
        configs.put("live (TCP)", base);
        configs.put("grading, no sandbox (TCP)", base.withConfinement(Confinement.grading(Optional.empty())));
        configs.put("grading, sandbox (bwrap, Unix socket)",
                base.withConfinement(Confinement.grading(Optional.of(ready.sandbox()))));
        for (int round = 1; round <= 3; round++) {
            for (Map.Entry<String, EngineOptions> config : configs.entrySet()) {
                long start = System.nanoTime();
                try (JShellInterpreter java = new JShellInterpreter(config.getValue())) {
                    RecordingOutput output = new RecordingOutput();
                    var outcome = java.execute(new Cell("1 + 1", 1, false, false), output);
                    if (!(outcome instanceof dev.threadlab.interpreter.ExecuteOutcome.Ok)) {
                        throw new IllegalStateException(config.getKey() + ": " + outcome);
                    }
                    double first = (System.nanoTime() - start) / 1e6;
                    double[] cells = new double[100];
                    for (int i = 0; i < cells.length; i++) {
                        long t = System.nanoTime();
                        java.execute(new Cell("1 + 1", i + 2, false, false), output);
                        cells[i] = (System.nanoTime() - t) / 1e6;
                    }
                    Arrays.sort(cells);
                    System.out.printf("round %d, %-40s first result %6.0f ms, trivial cell p50 %5.1f ms, p95 %5.1f ms%n",
                            round, config.getKey(), first, cells[50], cells[95]);
                }
            }
        }
    }
}
