package dev.threadlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Median time from launch to connected engine for several flag sets, interleaved; run by hand. */
public final class EngineStartProbe {

    private EngineStartProbe() {}

    public static void main(String[] args) throws Exception {
        List<List<String>> configs = new ArrayList<>();
        configs.add(EngineOptions.DEFAULT_FLAGS);
        List<String> c1 = new ArrayList<>(EngineOptions.DEFAULT_FLAGS);
        c1.add("-XX:TieredStopAtLevel=1");
        configs.add(c1);
        List<String> c2 = new ArrayList<>(EngineOptions.DEFAULT_FLAGS);
        c2.removeIf(f -> f.startsWith("--add-exports")); // the export disables CDS's archived module graph
        configs.add(c2);
        configs.add(List.of());

        int runs = 9;
        long[][] millis = new long[configs.size()][runs];
        EngineOptions base = EngineOptions.defaults();
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < configs.size(); c++) {
                EngineOptions options = new EngineOptions(base.javaHome(), base.classPath(), configs.get(c),
                        base.startTimeout());
                long start = System.nanoTime();
                try (EngineProcess engine = EngineLauncher.launch(options)) {
                    millis[c][r] = (System.nanoTime() - start) / 1_000_000;
                }
            }
        }
        for (int c = 0; c < configs.size(); c++) {
            Arrays.sort(millis[c]);
            System.out.printf("median %d ms, min %d ms: %s%n", millis[c][runs / 2], millis[c][0], configs.get(c));
        }
    }
}
