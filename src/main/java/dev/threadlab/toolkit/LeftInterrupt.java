package dev.threadlab.toolkit;

/**
 * The interrupt status an answer leaves set on the thread that called it. A learner who catches an
 * {@code InterruptedException} and restores the status ({@code Thread.currentThread().interrupt()}), or who
 * interrupts the current thread by mistake, returns with it set; the check's next probe on that thread would
 * then stop as if the cell had been interrupted, and blame the wrong thing. No requirement of lessons 00-04 is
 * about it, so a probe clears it once the answer has returned, unless the cell is being stopped for real.
 */
final class LeftInterrupt {

    private LeftInterrupt() {
    }

    /**
     * Clears the current thread's interrupt status when the answer it just called left it set and the cell's
     * interrupt is not under way ({@link Watchdog#stopping}); answers whether it did.
     */
    static boolean clear() {
        Thread me = Thread.currentThread();
        return me.isInterrupted() && !Watchdog.stopping(me) && Thread.interrupted();
    }
}
