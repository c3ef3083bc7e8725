package dev.threadlab.wire;

/**
 * The marks in the engine's answer to {@link Wire#THREAD_DUMP} that the kernel acts on: the agent writes them
 * (as sentences a learner reads), the kernel looks for them to decide whether to kill the engine and how to
 * explain a deadlock. Stateless.
 */
public final class ThreadDumpText {

    /**
     * Starts a {@link Wire#THREAD_DUMP} answer when the cell's own thread has its interrupt flag set but still
     * waits or is blocked: it is in a call that ignores interrupts ({@code CompletableFuture.join},
     * {@code synchronized}, {@code acquireUninterruptibly}), and only a restart can end the cell.
     */
    public static final String IGNORES_INTERRUPT = "The cell's thread ignores interrupts";
    /** Starts the deadlock part of a {@link Wire#THREAD_DUMP} answer: one line per thread of the cycle follows. */
    public static final String DEADLOCK_HEADING = "Deadlock: these threads wait for each other and can never continue:";
    /**
     * Starts the deadlock part instead of {@link #DEADLOCK_HEADING} when every thread of the cycle was started by an
     * earlier cell (not by a pool, whose threads run any cell's tasks): the running cell is not part of it.
     */
    public static final String EARLIER_DEADLOCK_HEADING = "Still deadlocked since an earlier cell (the running cell"
            + " did not start these threads; %reset ends them):";

    private ThreadDumpText() {}
}
