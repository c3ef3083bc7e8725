package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.Output;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code %%time}: runs the cell's body and prints its wall time and the engine's CPU time, summed over all
 * the engine's threads (a pool's work counts, as it would not if only the cell's thread were timed). The CPU
 * time is unknown when the engine was restarted during the cell. Only a body that ran to its end is timed: one
 * that does not compile, throws or is interrupted shows its error alone, as IPython's {@code %%time} does (the
 * exception leaves the magic before it prints), so a learner reads the traceback without a time above it.
 */
final class TimeMagic {

    private final Interpreter java;
    private final Supplier<Optional<Duration>> cpuTime;
    private final LongSupplier pid;

    /**
     * Times cells run by {@code java}; {@code cpuTime} answers the engine's CPU time (empty when unknown) and
     * {@code pid} its process id, which tells a restart during the cell.
     */
    TimeMagic(Interpreter java, Supplier<Optional<Duration>> cpuTime, LongSupplier pid) {
        this.java = java;
        this.cpuTime = cpuTime;
        this.pid = pid;
    }

    ExecuteOutcome run(Cell body, Output output) {
        Optional<Duration> cpuBefore = cpuTime.get();
        long pidBefore = pid.getAsLong();
        long start = System.nanoTime();
        ExecuteOutcome outcome = java.execute(body, output);
        long wall = System.nanoTime() - start;
        if (outcome instanceof ExecuteOutcome.Failed) {
            return outcome;
        }
        Optional<Duration> cpuAfter = pid.getAsLong() == pidBefore ? cpuTime.get() : Optional.empty();
        String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? Timeit.time(cpuAfter.get().minus(cpuBefore.get()).toNanos()) : "unknown";
        output.stdout("Wall time: " + Timeit.time(wall) + ", CPU time: " + cpu + " (all threads of the engine)\n");
        return outcome;
    }
}
