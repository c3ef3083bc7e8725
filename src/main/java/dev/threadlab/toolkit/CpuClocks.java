package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the JVM's CPU clocks for {@link Stopwatch}: every live platform thread's CPU time (nanosecond
 * precision; carriers of virtual threads included), the process CPU time (all threads, including
 * ones that have ended, but on Linux counted in 10 ms ticks), and the calling thread's. Stateless.
 */
final class CpuClocks {

    /** How far the process clock must exceed the per-thread sum before it is believed (two ticks). */
    static final long PROCESS_MARGIN_NANOS = 20_000_000L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final java.lang.management.OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private CpuClocks() {
    }

    /**
     * CPU clocks read at one moment; a reading below zero means "not available".
     *
     * @param threads CPU nanoseconds per platform thread id
     * @param process CPU nanoseconds of the whole process
     * @param caller  CPU nanoseconds of the reading thread
     */
    record Reading(Map<Long, Long> threads, long process, long caller) {
        Reading {
            threads = Map.copyOf(threads);
        }
    }

    static Reading read() {
        Map<Long, Long> perThread = new HashMap<>();
        if (THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
            long[] ids = THREADS.getAllThreadIds();
            if (THREADS instanceof com.sun.management.ThreadMXBean bulk) {
                long[] nanos = bulk.getThreadCpuTime(ids);
                for (int i = 0; i < ids.length; i++) {
                    perThread.put(ids[i], nanos[i]);
                }
            } else {
                for (long id : ids) {
                    perThread.put(id, THREADS.getThreadCpuTime(id));
                }
            }
        }
        long process = OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        long caller = THREADS.isCurrentThreadCpuTimeSupported() && !Thread.currentThread().isVirtual()
                ? THREADS.getCurrentThreadCpuTime() : -1;
        return new Reading(perThread, process, caller);
    }

    /**
     * CPU used by all threads between two readings: the sum of per-thread deltas (a thread that
     * appeared counts in full), unless the process clock shows more than {@link #PROCESS_MARGIN_NANOS}
     * beyond that, which means threads that ended in between did work; then the process delta.
     */
    static long allThreads(Reading before, Reading after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.threads().entrySet()) {
            long now = e.getValue();
            Long then = before.threads().get(e.getKey());
            if (now >= 0) {
                sum += then == null || then < 0 ? now : Math.max(0, now - then);
            }
        }
        if (before.process() >= 0 && after.process() >= 0 && after.process() - before.process() > sum + PROCESS_MARGIN_NANOS) {
            return after.process() - before.process();
        }
        return sum;
    }
}
