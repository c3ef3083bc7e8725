package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Output;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code %%time}: runs the cell's body and prints its wall time and the engine's CPU time, summed over all
 * the engine's threads (a pool's work counts, as it would not if only the cell's thread were timed). The CPU
 * time is unknown when the engine was restarted during the cell.
 */
final class TimeMagic {

    private final JShellInterpreter java;

    TimeMagic(JShellInterpreter java) {
        this.java = java;
    }

    ExecuteOutcome run(Cell body, Output output) {
        Optional<Duration> cpuBefore = java.engineCpuTime();
        long pidBefore = java.enginePid();
        long start = System.nanoTime();
        ExecuteOutcome outcome = java.execute(body, output);
        long wall = System.nanoTime() - start;
        Optional<Duration> cpuAfter = java.enginePid() == pidBefore ? java.engineCpuTime() : Optional.empty();
        String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? Timeit.time(cpuAfter.get().minus(cpuBefore.get()).toNanos()) : "unknown";
        output.stdout("Wall time: " + Timeit.time(wall) + ", CPU time: " + cpu + " (all threads of the engine)\n");
        return outcome;
    }
}
