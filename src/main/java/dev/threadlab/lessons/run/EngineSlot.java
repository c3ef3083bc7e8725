package dev.threadlab.lessons.run;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One interpreter of a headless run and the thread its cells execute on, so that the caller can stop
 * waiting for a cell: every wait here has a bound. Not thread-safe (one run uses it at a time).
 */
final class EngineSlot implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EngineSlot.class.getName());
    /** How long a killed engine's cell gets to return after {@link Interpreter#close()}. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    /** How one attempt to run a cell ended. */
    sealed interface Attempt {
        /** The interpreter returned {@code outcome} in time. */
        record Ended(ExecuteOutcome outcome) implements Attempt {}

        /** The cell ran out of time; {@code killed} when the interrupt did not end it and the engine was closed. */
        record Stopped(boolean killed) implements Attempt {}

        /** The interpreter itself failed (a bug, not the user's code). */
        record Crashed(Throwable error) implements Attempt {}
    }

    private final Interpreter interpreter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "threadlab-notebook-cell");
        thread.setDaemon(true); // a cell that never returns must not keep the JVM alive
        return thread;
    });
    private final Duration killGrace;
    private int executionCount;
    private boolean closed;

    private EngineSlot(Interpreter interpreter, Duration killGrace) {
        this.interpreter = interpreter;
        this.killGrace = killGrace;
    }

    /**
     * A new interpreter from {@code engines}, warmed up (its engine started) within {@code startTimeout};
     * empty, with the reason in {@code why}, when it could not start.
     */
    static Optional<EngineSlot> start(Supplier<? extends Interpreter> engines, Duration killGrace,
            Duration startTimeout, StringBuilder why) throws InterruptedException {
        EngineSlot slot;
        try {
            slot = new EngineSlot(engines.get(), killGrace);
        } catch (RuntimeException e) {
            why.append("the Java engine could not be created (").append(e.getMessage()).append(')');
            return Optional.empty();
        }
        // A blank silent cell waits for the engine to be up, so that start-up is not charged to the first cell.
        long start = System.nanoTime();
        Attempt warmUp = slot.execute(new Cell("", 0, true, false), startTimeout, new Capture());
        LOG.log(System.Logger.Level.DEBUG, () -> "engine start took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (warmUp instanceof Attempt.Ended(ExecuteOutcome.Ok ok)) {
            return Optional.of(slot);
        }
        why.append(switch (warmUp) {
            case Attempt.Ended(ExecuteOutcome.Failed f) -> f.evalue();
            case Attempt.Stopped s -> "the Java engine did not start within " + startTimeout.toSeconds() + " s";
            case Attempt.Crashed c -> "the Java engine failed while starting (" + c.error() + ")";
            case Attempt.Ended e -> "the Java engine did not start";
        });
        slot.close();
        return Optional.empty();
    }

    /** Runs {@code code} as the next cell, allowing it {@code timeout}; output goes to {@code capture}. */
    Attempt run(String code, Duration timeout, Capture capture) throws InterruptedException {
        long start = System.nanoTime();
        Attempt attempt = execute(new Cell(code, ++executionCount, false, false), timeout, capture);
        LOG.log(System.Logger.Level.DEBUG, () -> "cell " + executionCount + " took "
                + (System.nanoTime() - start) / 1_000_000 + " ms: " + attempt.getClass().getSimpleName());
        return attempt;
    }

    private Attempt execute(Cell cell, Duration timeout, Capture capture) throws InterruptedException {
        Future<ExecuteOutcome> running = worker.submit(() -> interpreter.execute(cell, capture));
        try {
            return new Attempt.Ended(running.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Attempt.Crashed(e.getCause());
        } catch (TimeoutException e) {
            return stop(running);
        } catch (InterruptedException e) {
            close();
            throw e;
        }
    }

    /** Interrupts the cell; closes (kills) the engine when the cell has not ended {@code killGrace} later. */
    private Attempt stop(Future<ExecuteOutcome> running) throws InterruptedException {
        interpreter.interrupt();
        if (awaitEnd(running, killGrace)) {
            return new Attempt.Stopped(false);
        }
        close();
        if (!awaitEnd(running, AFTER_KILL)) {
            LOG.log(System.Logger.Level.WARNING, "a cell did not return after its engine was closed; abandoning its thread");
        }
        return new Attempt.Stopped(true);
    }

    private static boolean awaitEnd(Future<?> running, Duration bound) throws InterruptedException {
        try {
            running.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Closes the interpreter, which kills its engine JVM, and lets go of the cell thread. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            interpreter.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the interpreter failed", e);
        }
        worker.shutdownNow();
    }
}
