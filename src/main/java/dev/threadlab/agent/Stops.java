package dev.threadlab.agent;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import jdk.jshell.spi.ExecutionControl.StoppedException;

/**
 * Whether the open cell was asked to stop, and JShell's switch that ends busy cell code.
 *
 * <p>JShell instruments the bytecode of cell code to check a static flag ({@code REPL.$Cancel$.allStop}) at
 * every method start and backward jump, throwing {@code ThreadDeath} when it is set: that is how a
 * {@code while (true) {}} stops. JShell's own stop sets the flag only while a snippet runs and forgets it
 * when the next snippet starts, so a stop that arrived between two snippets of a cell was lost and the cell
 * ran on. Here a stop marks the whole open cell: its next snippets do not start, and the flag stays set
 * until the next cell's first snippet.
 *
 * <p>A check's probe also raises the flag for one thread's busy loop ({@link #stopCellCode}, reached through
 * the toolkit's {@code CellCode}): no interrupt ends a loop that never waits, and a check must not leave one
 * spinning.
 *
 * <p>Thread-safe: {@link #stop()} comes from the control listener while the command thread runs snippets.
 */
final class Stops {

    /** JShell's class holding the flag (see {@code jdk.jshell.execution.LocalExecutionControl}). */
    static final String CANCEL_CLASS = "REPL.$Cancel$";
    private static final System.Logger LOG = System.getLogger(Stops.class.getName());
    /** The package of every class a cell defines. */
    private static final String CELL_CODE = "REPL.";
    /** How often {@link #stopCellCode} looks whether the thread has left the cell code. */
    private static final long STOP_POLL = Duration.ofMillis(1).toNanos();

    private final Callable<Class<?>> cancelClass;
    private volatile Field allStop;
    private boolean looked;
    private boolean cellOpen;
    private boolean requested;
    /** How many {@link #stopCellCode} calls hold the flag raised now. */
    private int holding;

    /** {@code cancelClass} defines JShell's cancel class if needed and answers it; called once, on the command thread. */
    Stops(Callable<Class<?>> cancelClass) {
        this.cancelClass = cancelClass;
    }

    /** Before the first snippet: finds JShell's flag (stops then only interrupt when it cannot be found). Command thread. */
    void ensureCancelClass() {
        if (looked) {
            return;
        }
        looked = true;
        try {
            Field field = cancelClass.call().getField("allStop");
            if (field.getType() == boolean.class) {
                allStop = field;
            }
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "JShell's stop flag was not found; a stop only interrupts: " + e);
        }
    }

    /** A cell starts: no stop asked for yet. */
    synchronized void cellBegins() {
        cellOpen = true;
        requested = false;
    }

    /** The cell ended: later stops do nothing. */
    synchronized void cellEnds() {
        cellOpen = false;
    }

    /** A snippet starts: refused when its cell was asked to stop; otherwise cell code may run. */
    synchronized void snippetStarts() throws StoppedException {
        if (requested) {
            throw new StoppedException();
        }
        setAllStop(false);
    }

    /** Whether the open (or last) cell was asked to stop. */
    synchronized boolean requested() {
        return requested;
    }

    /** Asks the open cell to stop; false (and nothing done) when no cell is open. */
    synchronized boolean stop() {
        if (!cellOpen) {
            return false;
        }
        requested = true;
        setAllStop(true);
        return true;
    }

    /**
     * Raises JShell's flag until {@code thread} runs no cell code above (inside) its innermost frame of class
     * {@code boundary} (null: no cell code at all), or has ended, waiting at most {@code within}; then lowers it,
     * unless the cell was asked to stop meanwhile. Answers whether the thread left that code. Cell code that other
     * threads run at that moment stops too, as with the kernel's stop; the flag is up only as long as the thread
     * takes to reach its next loop jump or method start and unwind past the boundary. Any thread.
     */
    boolean stopCellCode(Thread thread, String boundary, Duration within) {
        synchronized (this) {
            if (allStop == null) {
                return false;
            }
            holding++;
            setAllStop(true);
        }
        try {
            long deadline = System.nanoTime() + within.toNanos();
            while (runsCellCode(thread, boundary)) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                LockSupport.parkNanos(STOP_POLL);
            }
            return true;
        } finally {
            synchronized (this) {
                if (--holding == 0 && !requested) {
                    setAllStop(false);
                }
            }
        }
    }

    /** Whether {@code thread} is alive and runs cell code above its innermost frame of class {@code boundary}. */
    static boolean runsCellCode(Thread thread, String boundary) {
        if (!thread.isAlive()) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals(boundary)) {
                return false;
            }
            if (frame.getClassName().startsWith(CELL_CODE)) {
                return true;
            }
        }
        return false;
    }

    private void setAllStop(boolean value) {
        Field field = allStop;
        if (field == null) {
            return;
        }
        try {
            field.setBoolean(null, value);
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "JShell's stop flag could not be set: " + e);
        }
    }

    /** The snippet JShell runs to define its cancel class: nothing. */
    static Object nothing() {
        return null;
    }
}
