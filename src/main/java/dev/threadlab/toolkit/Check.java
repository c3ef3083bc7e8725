package dev.threadlab.toolkit;

import dev.threadlab.display.Display;
import dev.threadlab.toolkit.internal.CheckChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The checks of a lesson's exercise, run in a check cell, and probes that let a check prove concurrency
 * without relying on speed.
 *
 * <pre>{@code
 * Check.cell("l01-run-all-check", c -> {
 *     c.that(1, "runAll returns only after every task finished", () -> Assertions.assertEquals(3, done.get()));
 *     c.that(2, "the tasks ran at the same time", () -> Assertions.assertTrue(gate.opened(), "…"));
 * });
 * }</pre>
 *
 * <p>Each check runs on its own thread under a watchdog (see {@link Checks}). The cell shows one table
 * (✓/✗, points, why a check failed) with {@code text/plain}, {@code text/html} and
 * {@code application/vnd.threadlab.check+json}. Nothing is written to standard error, and threads a check
 * left running are interrupted before the cell ends. An interrupt of the cell stops the running check and
 * ends in {@link CancellationException} with the interrupt status kept; it never counts as a pass.
 * Stateless and thread-safe; a cell's checks run one after another on its thread.
 */
public final class Check {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private Check() {
    }

    /**
     * Runs the checks {@code body} declares and shows their table. All passed: answers the points, which
     * become the cell's value. Otherwise throws, after the table, a {@link CheckFailed} whose message is
     * the feedback. Code of {@code body} that throws outside any check is a failure too.
     *
     * @param id the cell's {@code grade_id}: letters, digits, {@code -} and {@code _}
     * @throws CheckFailed              if a check failed, timed out, or the body threw
     * @throws IllegalArgumentException if {@code id} breaks the rule above
     * @throws CancellationException    if the cell was interrupted
     */
    public static double cell(String id, Consumer<Checks> body) {
        CheckReport report = run(id, body);
        CheckChannel.publish(id, report.json());
        Display.show(report);
        if (!report.passed()) {
            throw new CheckFailed(report.feedback());
        }
        return report.points();
    }

    /**
     * Like {@link #cell} but with partial credit: answers the points of the checks that passed and throws
     * {@link CheckFailed} only when none did.
     *
     * @throws CheckFailed              if no check passed
     * @throws IllegalArgumentException if {@code id} is not letters, digits, {@code -} and {@code _}
     * @throws CancellationException    if the cell was interrupted
     */
    public static double partial(String id, Consumer<Checks> body) {
        CheckReport report = run(id, body);
        CheckChannel.publish(id, report.json());
        Display.show(report);
        if (report.nonePassed()) {
            throw new CheckFailed(report.feedback());
        }
        return report.points();
    }

    /**
     * A {@link Gate} that opens when {@code n} tasks wait at it at once; each waits at most {@code timeout}.
     *
     * @throws IllegalArgumentException if n < 1 or timeout is not positive
     */
    public static Gate gate(int n, Duration timeout) {
        return new Gate(n, timeout);
    }

    /** A {@link HighWater} probe: how many tasks ran inside it at once, at most. */
    public static HighWater highWater() {
        return new HighWater();
    }

    /**
     * Runs {@code trial} {@code times} times, one after another on this thread, and counts its results: a
     * race shows as results that should never happen. An exception of a trial ends the repetition and
     * passes through (inside {@code c.that} it fails the check).
     *
     * @throws IllegalArgumentException if times < 1
     * @throws CancellationException    if the thread was interrupted between trials (the status is kept)
     */
    public static <T> Outcomes<T> repeat(int times, Callable<T> trial) throws Exception {
        Objects.requireNonNull(trial, "trial");
        if (times < 1) {
            throw new IllegalArgumentException("repeat needs times >= 1, was " + times);
        }
        List<T> results = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted after " + i + " of " + times + " trials");
            }
            results.add(trial.call());
        }
        return new Outcomes<>(results);
    }

    static CheckReport run(String id, Consumer<Checks> body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a check id may hold only letters, digits, - and _ (like l01-run-all-check), was \"" + id + "\"");
        }
        Checks checks = new Checks();
        try {
            body.accept(checks);
        } catch (CancellationException e) { // the cell was interrupted: not a result
            throw e;
        } catch (RuntimeException | Error e) {
            if (e.getClass().getName().equals("java.lang.ThreadDeath")) { // JShell's stop of busy code
                throw e;
            }
            checks.cellThrew(e);
        }
        CheckReport report = new CheckReport(id, checks.end());
        if (Thread.currentThread().isInterrupted()) {
            throw Watchdog.cancelled();
        }
        return report;
    }
}
