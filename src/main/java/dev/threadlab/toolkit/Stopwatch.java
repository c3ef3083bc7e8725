package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Measures wall time and CPU time of a task, counting the CPU of <em>every</em> thread of the JVM,
 * so work handed to pools and virtual threads is not missed.
 *
 * <pre>{@code
 * Timing<Void> t = Stopwatch.time(() -> IntStream.range(0, 4).parallel().forEach(i -> Work.cpu(Duration.ofSeconds(1))));
 * t          // wall ≈ 2 s, CPU ≈ 4 s: two cores were busy
 * }</pre>
 *
 * <p>Which clocks: CPU is the sum, over every live platform thread, of its
 * {@code ThreadMXBean.getThreadCpuTime} delta across the call (nanosecond precision; the carrier
 * threads of virtual threads are platform threads, so their work counts; a thread started during the
 * call counts in full). Threads that end during the call are gone by then, so the process clock,
 * {@code com.sun.management.OperatingSystemMXBean.getProcessCpuTime()}, is read too; it counts every
 * thread (and the JIT and GC) but only in 10 ms ticks on Linux, so it is used instead when it exceeds
 * the per-thread sum by more than 20 ms. The calling thread's own CPU
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}; not measurable on a virtual thread) is reported
 * alongside, to show what a caller-only {@code %time} misses. Wall time comes from a {@link Ticker}.
 * {@link #timeit} repeats a task with a warm-up, like IPython's {@code %timeit}.
 * Thread-safe; concurrent measurements each see the whole process's CPU.
 */
public final class Stopwatch {

    private static final Stopwatch SYSTEM = new Stopwatch(Ticker.system(), CpuClocks::read);

    private final Ticker wall;
    private final Supplier<CpuClocks.Reading> cpu;

    /** A stopwatch on these clocks. */
    Stopwatch(Ticker wall, Supplier<CpuClocks.Reading> cpu) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
    }

    /** Runs {@code task} on this thread and measures it. */
    public static Timing<Void> time(Runnable task) {
        return SYSTEM.measure(task);
    }

    /** Calls {@code task} on this thread, measures it, and keeps its value in the timing. */
    public static <T> Timing<T> time(Callable<T> task) throws Exception {
        return SYSTEM.measure(task);
    }

    /**
     * Times {@code task} the way IPython's {@code %timeit} does: one warm-up run, then a number of
     * calls per run (1, 2, 5, 10, 20, … until a run takes at least 0.2 s, at most 10⁶), then 7 runs.
     */
    public static Timings timeit(Runnable task) {
        return SYSTEM.runs(task, 1, 7, SYSTEM.loopsFor(task, 200_000_000L));
    }

    /** Times {@code runs} runs of {@code loops} calls each, after {@code warmups} runs that are not kept. */
    public static Timings repeat(Runnable task, int warmups, int runs, long loops) {
        return SYSTEM.runs(task, warmups, runs, loops);
    }

    Timings runs(Runnable task, int warmups, int runs, long loops) {
        Objects.requireNonNull(task, "task");
        if (warmups < 0 || runs < 1 || loops < 1) {
            throw new IllegalArgumentException("warm-ups must be >= 0, runs and loops >= 1, were %d, %d, %d"
                    .formatted(warmups, runs, loops));
        }
        Runnable run = () -> {
            for (long i = 0; i < loops; i++) {
                task.run();
            }
        };
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        List<Timing<Void>> timings = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            timings.add(measure(run));
        }
        return new Timings(timings, loops, warmups);
    }

    long loopsFor(Runnable task, long targetNanos) {
        long[] steps = {1, 2, 5};
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long step : steps) {
                long loops = step * magnitude;
                long start = wall.read();
                for (long i = 0; i < loops; i++) {
                    task.run();
                }
                if (wall.read() - start >= targetNanos || loops >= 1_000_000) {
                    return loops;
                }
            }
        }
    }

    Timing<Void> measure(Runnable task) {
        Objects.requireNonNull(task, "task");
        try {
            return measure(() -> {
                task.run();
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a Runnable cannot throw a checked exception, but threw " + e, e);
        }
    }

    <T> Timing<T> measure(Callable<T> task) throws Exception {
        Objects.requireNonNull(task, "task");
        CpuClocks.Reading cpu0 = cpu.get();
        long wall0 = wall.read();
        T value = task.call();
        long wall1 = wall.read();
        CpuClocks.Reading cpu1 = cpu.get();
        Duration caller = cpu0.caller() < 0 || cpu1.caller() < 0 ? null
                : Duration.ofNanos(Math.max(0, cpu1.caller() - cpu0.caller()));
        return new Timing<>(Duration.ofNanos(Math.max(0, wall1 - wall0)),
                Duration.ofNanos(CpuClocks.allThreads(cpu0, cpu1)), caller, value);
    }
}
