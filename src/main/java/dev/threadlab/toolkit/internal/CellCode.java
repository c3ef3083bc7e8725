package dev.threadlab.toolkit.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Stops the notebook's code in a thread that no interrupt reaches: a busy loop on {@code poll()} or {@code
 * isEmpty()} never looks at its interrupt status, so a check that found one could only leave it spinning. The
 * engine's agent installs how: JShell's stop check, woven into every method start and backward jump of cell
 * code, raised until the thread has left the learner's code. Without an agent (the toolkit's own tests) nothing
 * is stopped. Thread-safe.
 */
public final class CellCode {

    /** How the engine stops a thread's cell code. */
    @FunctionalInterface
    public interface Stopper {

        /**
         * Stops the cell code that {@code thread} runs above (inside) its innermost frame of the class named
         * {@code boundary} (all of its cell code when {@code boundary} is null), waiting at most {@code within};
         * answers whether the thread has left that code or ended.
         */
        boolean stop(Thread thread, String boundary, Duration within);
    }

    private static volatile Stopper stopper = (thread, boundary, within) -> false;

    private CellCode() {
    }

    /**
     * Stops the cell code {@code thread} runs above its innermost frame of class {@code boundary} (null: all of
     * it), waiting at most {@code within}; answers whether it has left that code (false when no engine can stop
     * it: then only an interrupt, or the learner's {@code %reset}, ends it). Other threads that run cell code at
     * that very moment are stopped too, as by the kernel's interrupt.
     */
    public static boolean stop(Thread thread, String boundary, Duration within) {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(within, "within");
        return stopper.stop(thread, boundary, within);
    }

    /** Makes {@code to} how threads are stopped from now on (the engine's agent does, once). */
    public static void install(Stopper to) {
        stopper = Objects.requireNonNull(to, "to");
    }
}
