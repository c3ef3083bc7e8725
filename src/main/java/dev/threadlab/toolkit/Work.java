package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;

/**
 * Honest simulated workloads for lessons: a blocking wait that stands for I/O, and a computation
 * that really keeps one core busy.
 *
 * <pre>{@code
 * Work.io(Duration.ofSeconds(2));           // like waiting for a slow server: the thread blocks, no CPU used
 * long sum = Work.cpu(Duration.ofMillis(500)); // about 0.5 s of CPU on one core; use the result
 * }</pre>
 *
 * <p>Interruption (STYLE rule 8): both methods stop promptly when the thread is interrupted; they
 * <em>restore the interrupt flag and then throw {@link CancellationException}</em>, so the caller's
 * loop stops and code further up still sees that the thread was interrupted. Thread-safe;
 * {@code cpu(Duration)} computes until the thread's own CPU clock has advanced by the duration, so a busy
 * machine does not stretch or shrink the work (on a JVM without a thread CPU clock it falls back to a speed
 * calibrated once, by timing a fixed hash loop).
 */
public final class Work {

    /** How many iterations between checks of the interrupt flag and {@link Gil#checkpoint()}: ~10-50 µs. */
    static final int CHUNK = 20_000;

    private Work() {
    }

    /**
     * Blocks the current thread for {@code duration} without using CPU, like waiting for a network
     * reply. On a virtual thread it releases its carrier meanwhile.
     *
     * @throws CancellationException if the thread is interrupted (the interrupt flag is set again)
     */
    public static void io(Duration duration) {
        requireNonNegative(duration);
        long start = System.nanoTime();
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled("Work.io(" + Text.duration(duration) + ")", start, e);
        }
    }

    /**
     * Computes for about {@code duration} of CPU time on the current thread and returns a checksum
     * (use it, or print it, so the JIT cannot skip the work). Cooperates with a held {@link Gil}.
     *
     * @throws CancellationException if the thread is interrupted (the interrupt flag is set again)
     */
    public static long cpu(Duration duration) {
        requireNonNegative(duration);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!CpuClock.AVAILABLE || threads.getCurrentThreadCpuTime() < 0) {
            // no CPU clock for this thread: the calibrated speed has to do
            return cpu((long) (duration.toNanos() / 1e6 * Calibration.ITERATIONS_PER_MS));
        }
        return cpu(duration, threads::getCurrentThreadCpuTime);
    }

    /**
     * Runs the hash loop until {@code cpuClock} (nanoseconds of the calling thread's CPU) has moved
     * {@code duration}, checking it after every chunk of {@link #CHUNK} iterations.
     */
    static long cpu(Duration duration, LongSupplier cpuClock) {
        // Against the thread's own CPU clock, so neither a busy machine nor a loop the JIT has not
        // compiled yet changes how much CPU it uses.
        long cpuStart = cpuClock.getAsLong();
        long start = System.nanoTime();
        long budget = duration.toNanos();
        long h = 0x2545F4914F6CDD1DL;
        for (long done = 0; cpuClock.getAsLong() - cpuStart < budget; done += CHUNK) {
            h = hash(h, done, done + CHUNK);
            if (Thread.currentThread().isInterrupted()) {
                throw cancelled("Work.cpu(" + Text.duration(duration) + ")", start, null);
            }
            Gil.checkpoint();
        }
        return h;
    }

    /**
     * Runs exactly {@code iterations} steps of a fixed hash loop and returns its checksum: the same
     * number on every machine, for when a lesson needs identical work rather than identical time.
     *
     * @throws CancellationException if the thread is interrupted (the interrupt flag is set again)
     */
    public static long cpu(long iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
        }
        long start = System.nanoTime();
        long h = 0x2545F4914F6CDD1DL;
        for (long done = 0; done < iterations; ) {
            long chunkEnd = Math.min(iterations, done + CHUNK);
            h = hash(h, done, chunkEnd);
            done = chunkEnd;
            if (Thread.currentThread().isInterrupted()) {
                throw cancelled("Work.cpu(" + Text.count(iterations) + " iterations)", start, null);
            }
            Gil.checkpoint();
        }
        return h;
    }

    /** How many loop iterations this machine runs per millisecond of CPU (calibrated once). */
    public static long iterationsPerMilli() {
        return Calibration.ITERATIONS_PER_MS;
    }

    private static long hash(long h, long from, long to) {
        for (long i = from; i < to; i++) {
            h = (h ^ i) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return h;
    }

    private static void requireNonNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0, was " + duration);
        }
    }

    private static CancellationException cancelled(String what, long startNanos, Throwable cause) {
        var e = new CancellationException(what + " stopped after "
                + Text.duration(Duration.ofNanos(System.nanoTime() - startNanos))
                + " because its thread was interrupted");
        e.initCause(cause);
        return e;
    }

    /** Whether this JVM measures each thread's CPU time (HotSpot on Linux, macOS and Windows does). */
    private static final class CpuClock {
        static final boolean AVAILABLE = ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()
                && ManagementFactory.getThreadMXBean().isThreadCpuTimeEnabled();
    }

    /** Measured on first use: the best of several rounds, against the thread's CPU clock if it has one. */
    private static final class Calibration {
        static final long ITERATIONS_PER_MS = measure();

        private static long measure() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean cpuClock = CpuClock.AVAILABLE && threads.getCurrentThreadCpuTime() >= 0;
            long sink = 0;
            for (int i = 0; i < 20; i++) {
                sink += hash(i, 0, CHUNK);  // warm up so the JIT compiles the loop first
            }
            double best = 0;
            int rounds = 200_000;
            for (int round = 0; round < 5; round++) {
                long t0 = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                sink += hash(round, 0, rounds);
                long t1 = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                if (t1 > t0) {
                    best = Math.max(best, rounds / ((t1 - t0) / 1e6));
                }
            }
            if (sink == 42) {
                System.getLogger(Work.class.getName()).log(System.Logger.Level.TRACE, "unlikely checksum");
            }
            return Math.max(1_000, (long) best);
        }
    }
}
