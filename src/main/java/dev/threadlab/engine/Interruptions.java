package dev.threadlab.engine;

import dev.threadlab.wire.ThreadDumpText;

/**
 * Interrupt handling in layers for the running cell: a stop request to the engine at once (which
 * interrupts every thread the cell started, in any of its snippets, ends instrumented loops, and keeps the
 * cell's later snippets from starting), repeated a few times, then, if the cell is still running {@value #KILL_AFTER_MILLIS} ms
 * after the interrupt, the engine is killed. Sooner when the engine reports twice, {@value #FIRST_CHECK_MILLIS}
 * and {@value #SECOND_CHECK_MILLIS} ms after the interrupt, that the cell's thread ignores the interrupt
 * (it waits in {@code CompletableFuture.join} or for a monitor): nothing but a restart can end such a cell,
 * and waiting two seconds for it only makes the learner wait. An interrupt that comes while no cell runs is
 * kept for a cell that was received before it ({@link #begin}). Thread-safe: {@link #interrupt()} comes from
 * the control thread while the shell thread runs the cell.
 *
 * <p>Time is injected: a {@link Ticker} for when interrupts and cells happen, a {@link Scheduler} for the
 * escalation's later steps, so tests move time by hand.
 */
final class Interruptions implements AutoCloseable {

    static final long KILL_AFTER_MILLIS = 2_000;
    private static final long[] RESEND_MILLIS = {100, 300, 700, 1_200};
    static final long FIRST_CHECK_MILLIS = 250;
    static final long SECOND_CHECK_MILLIS = 550;

    private final Ticker ticker;
    private final Scheduler timer;
    private long nextRun;
    /** When the last interrupt arrived and the last cell ended (the ticker's time; both "now" at first). */
    private long lastEndNanos;
    private long lastInterruptNanos;
    private long running;
    private RunningEngine session;
    private boolean requested;
    private boolean killed;
    private boolean ignoredOnce;
    private String stuckThreads = "";

    /** Interrupt handling on the JVM's clock, with a watchdog thread of its own. */
    Interruptions() {
        this(Ticker.system(), Scheduler.daemon("threadlab-interrupt-watchdog"));
    }

    /** Interrupt handling on {@code ticker}'s time, its later steps run by {@code timer} (closed with this). */
    Interruptions(Ticker ticker, Scheduler timer) {
        this.ticker = ticker;
        this.timer = timer;
        this.lastEndNanos = ticker.read();
        this.lastInterruptNanos = lastEndNanos;
    }

    /**
     * A cell received at {@code receivedNanos} (the ticker's time, {@link System#nanoTime()} by default)
     * starts; answers its run number. An interrupt that came after the cell was received and after the last
     * cell ended was meant for this one: the client sent it while the cell waited in the queue or was being
     * set up.
     */
    synchronized long begin(long receivedNanos) {
        running = ++nextRun;
        session = null;
        requested = lastInterruptNanos - receivedNanos > 0 && lastInterruptNanos - lastEndNanos > 0;
        killed = false;
        ignoredOnce = false;
        stuckThreads = "";
        return running;
    }

    /** The cell {@code run} now executes in {@code current}. */
    synchronized void attach(long run, RunningEngine current) {
        if (running == run) {
            session = current;
        }
    }

    /**
     * The code of cell {@code run} has ended (what follows only tidies up): nothing is stopped or killed for
     * it any more, though {@link #requested()} still tells whether it was interrupted.
     */
    synchronized void codeEnded(long run) {
        if (running == run) {
            session = null;
        }
    }

    /** The cell {@code run} ended. */
    synchronized void end(long run) {
        if (running == run) {
            running = 0;
            session = null;
            lastEndNanos = ticker.read();
        }
    }

    /** Whether the running (or last) cell was asked to stop. */
    synchronized boolean requested() {
        return requested;
    }

    /** Whether the running (or last) cell's engine was killed because it did not stop. */
    synchronized boolean killed() {
        return killed;
    }

    /** What the threads of the killed cell were doing, or an empty string. */
    synchronized String stuckThreads() {
        return stuckThreads;
    }

    /** Asks the running cell to stop; returns at once. When no cell runs, remembers it for {@link #begin}. */
    void interrupt() {
        long run;
        RunningEngine current;
        synchronized (this) {
            lastInterruptNanos = ticker.read();
            if (running == 0) {
                return; // remembered for a cell that was already received (see begin)
            }
            requested = true;
            run = running;
            current = session;
        }
        if (current != null) {
            current.stop();
        }
        for (long delay : RESEND_MILLIS) {
            timer.schedule(() -> stopAgain(run), delay);
        }
        timer.schedule(() -> killIfIgnored(run, false), FIRST_CHECK_MILLIS);
        timer.schedule(() -> killIfIgnored(run, true), SECOND_CHECK_MILLIS);
        timer.schedule(() -> killIfStillRunning(run), KILL_AFTER_MILLIS);
    }

    /** Kills the engine on the second of two reports that the cell's thread ignores the interrupt. */
    private void killIfIgnored(long run, boolean second) {
        RunningEngine current;
        synchronized (this) {
            if (running != run || session == null || (second && !ignoredOnce)) {
                return;
            }
            current = session;
        }
        String dump = current.stuckThreads().orElse("");
        if (!dump.startsWith(ThreadDumpText.IGNORES_INTERRUPT)) {
            return;
        }
        synchronized (this) {
            if (!second) {
                ignoredOnce = running == run;
                return;
            }
        }
        kill(run, current, dump);
    }

    private void stopAgain(long run) {
        RunningEngine current;
        synchronized (this) {
            current = running == run ? session : null;
        }
        if (current != null) {
            current.stop();
        }
    }

    private void killIfStillRunning(long run) {
        RunningEngine current;
        synchronized (this) {
            if (running != run || session == null) {
                return;
            }
            current = session;
        }
        kill(run, current, current.stuckThreads().orElse(""));
    }

    private void kill(long run, RunningEngine current, String dump) {
        synchronized (this) {
            if (running != run) {
                return;
            }
            killed = true;
            stuckThreads = dump;
        }
        current.kill();
    }

    @Override
    public void close() {
        timer.close();
    }
}
