package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code %%time}: runs the cell's body and prints its wall time and the engine's CPU time, summed over all
 * the engine's threads (a pool's work counts, as it would not if only the cell's thread were timed). The CPU
 * time is unknown when the engine was restarted during the cell.
 */
final class TimeMagic {

    private final Interpreter java;
    private final EngineAccess engine;

    TimeMagic(Interpreter java, EngineAccess engine) {
        this.java = java;
        this.engine = engine;
    }

    ExecuteOutcome run(Cell body, Output output) {
        Optional<Duration> cpuBefore = engine.cpuTime();
        long pidBefore = engine.pid();
        long start = System.nanoTime();
        ExecuteOutcome outcome = java.execute(body, output);
        long wall = System.nanoTime() - start;
        Optional<Duration> cpuAfter = engine.pid() == pidBefore ? engine.cpuTime() : Optional.empty();
        String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? Timeit.time(cpuAfter.get().minus(cpuBefore.get()).toNanos()) : "unknown";
        output.stdout("Wall time: " + Timeit.time(wall) + ", CPU time: " + cpu + " (all threads of the engine)\n");
        return outcome;
    }
}
