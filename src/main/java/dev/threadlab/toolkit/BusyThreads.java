package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.CellCode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads of an answer that run without waiting: how much processor time one uses, and stopping those that
 * spin. A busy loop on {@code poll()} or {@code isEmpty()} never looks at its interrupt, so only the engine can
 * end it ({@link CellCode}, which without the engine stops nothing); a loop that does look at it ends by itself
 * after the interrupt the probe gives it first. Stateless.
 */
final class BusyThreads {

    /** How long a thread that still runs after the interrupts is looked at before it counts as spinning (at least). */
    static final Duration SPIN_CHECK = Duration.ofMillis(50);
    /** How long a spinning thread gets to leave the learner's code once told to stop. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(1);
    private static final long TICK = Duration.ofMillis(10).toNanos();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private BusyThreads() {
    }

    /** The processor time {@code thread} has used so far, or -1 if the JVM cannot tell (a virtual thread, say). */
    static long cpu(Thread thread) {
        return CPU.isThreadCpuTimeSupported() && !thread.isVirtual() ? CPU.getThreadCpuTime(thread.threadId()) : -1;
    }

    /**
     * Stops the learner's code that {@code thread} runs above (inside) its innermost frame of {@code boundary},
     * already interrupted: answers whether it has left that code (stopped by the engine, or by itself).
     */
    static boolean stop(Thread thread, Class<?> boundary) {
        return CellCode.stop(thread, boundary.getName(), STOP_WITHIN) || leaves(thread, boundary);
    }

    /**
     * Stops those of {@code threads} ({@code except} aside) that still spin: looked at for {@link #SPIN_CHECK}, each
     * was running the learner's code and never waiting ({@link SpinLooks}, whatever processor time a crowded
     * machine gave it). Whether every one that spun was stopped.
     */
    static boolean stopSpinning(List<Thread> threads, Thread except) {
        List<Thread> running = threads.stream()
                .filter(t -> t != except && t.isAlive() && t.getState() == Thread.State.RUNNABLE).toList();
        if (running.isEmpty()) {
            return true;
        }
        boolean all = true;
        for (Thread t : SpinLooks.watch(() -> running, SPIN_CHECK).spinning()) {
            if (t.isAlive()) {
                all &= CellCode.stop(t, null, STOP_WITHIN) || !t.isAlive();
            }
        }
        return all;
    }

    /** Whether {@code thread} leaves the learner's code above its innermost {@code boundary} frame within {@link #SPIN_CHECK}. */
    private static boolean leaves(Thread thread, Class<?> boundary) {
        long deadline = System.nanoTime() + SPIN_CHECK.toNanos();
        do {
            boolean inAnswer = false;
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getClassName().equals(boundary.getName())) {
                    break;
                }
                inAnswer |= StackText.isUserFrame(frame);
            }
            if (!inAnswer || !thread.isAlive()) {
                return true;
            }
            LockSupport.parkNanos(TICK);
        } while (System.nanoTime() < deadline);
        return false;
    }
}
