package dev.threadlab.agent;

import java.lang.reflect.Field;
import java.util.concurrent.Callable;
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
 * <p>Thread-safe: {@link #stop()} comes from the control listener while the command thread runs snippets.
 */
final class Stops {

    /** JShell's class holding the flag (see {@code jdk.jshell.execution.LocalExecutionControl}). */
    static final String CANCEL_CLASS = "REPL.$Cancel$";
    private static final System.Logger LOG = System.getLogger(Stops.class.getName());

    private final Callable<Class<?>> cancelClass;
    private volatile Field allStop;
    private boolean looked;
    private boolean cellOpen;
    private boolean requested;

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
