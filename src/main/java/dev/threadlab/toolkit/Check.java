package dev.threadlab.toolkit;

import dev.threadlab.display.Display;
import dev.threadlab.toolkit.internal.CheckChannel;
import dev.threadlab.toolkit.internal.ToolkitOwned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * The check cell of an exercise, and the probes that let it judge concurrent code like a teacher.
 *
 * <pre>{@code
 * Check.cell("l01-run-all-check", c -> {
 *     c.that(2, "runAll returns only after every task has finished", () -> {
 *         var probe = Check.probe("runAll");
 *         var tasks = probe.runnables(3);
 *         probe.run(() -> runAll(tasks));
 *         probe.assertWaitedForEveryTask();
 *     });
 *     c.that(2, "every task runs on a thread of its own, all at the same time", () -> { ... });
 * });
 * }</pre>
 *
 * <p>Points belong to requirements ({@link Checks#that}); the cell earns the points of those that held
 * (partial credit). It shows one table of requirements (✓/✗, points, what the check saw) as
 * {@code text/plain}, {@code text/html} and {@code application/vnd.threadlab.check+json}; then its value is
 * the {@link Score}, whose {@code text/plain} is the number nbgrader reads; and when it earned nothing it
 * ends in {@link CheckFailed}, one line pointing at the table. The report also goes to the kernel through
 * {@link CheckChannel}, out of reach of user code. Nothing is written to standard error, and threads a
 * requirement left running are interrupted before the cell ends. An interrupt of the cell stops the running
 * requirement ("Interrupted while readAll was running: …"), the requirements after it do not run, the table
 * shows what ran, and the cell ends in {@link CancellationException} with the interrupt status kept: never a
 * pass, never a report for progress, and nothing blamed on the answer. Stateless and thread-safe; a cell's
 * requirements run one after another.
 */
public final class Check {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private Check() {
    }

    /**
     * Runs the requirements {@code body} declares, shows their table and answers the {@link Score}, which
     * becomes the cell's value. When no point was earned it throws, after the table, a {@link CheckFailed}
     * that points at the table. Code of {@code body} that throws outside any requirement is a failure too.
     *
     * @param id the cell's {@code grade_id}: letters, digits, {@code -} and {@code _}
     * @throws CheckFailed              if the cell earned no point
     * @throws IllegalArgumentException if {@code id} breaks the rule above
     * @throws CancellationException    if the cell was interrupted
     */
    public static Score cell(String id, Consumer<Checks> body) {
        CheckResults report = run(id, body);
        CheckChannel.publish(id, report.json());
        Display.show(report);
        if (report.points() == 0 && !report.passed()) {
            throw new CheckFailed(report.failureLine());
        }
        return new Score(report.points(), report.max());
    }

    /**
     * A {@link TaskProbe}: tasks to hand to the learner's method {@code answer} (its name, used in the
     * feedback), and a watch on what the method did with them.
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static TaskProbe probe(String answer) {
        return new TaskProbe(answer, Duration.ofSeconds(TaskProbe.PATIENCE_SECONDS));
    }

    /**
     * Runs {@code trial} up to {@code runs} times, one after another on this thread: a requirement that must
     * hold every time, such as results that a race would sometimes spoil. It stops as soon as it has seen a
     * run go right and one go wrong, and reports that as what it is, a race, with the wrong run's own message.
     * When every run goes wrong, the first failure passes through as it is: a plain mistake, not a race.
     *
     * @throws IllegalArgumentException if runs < 1
     * @throws CancellationException    if the thread was interrupted between runs (the status is kept)
     */
    public static void everyTime(int runs, Executable trial) throws Throwable {
        Objects.requireNonNull(trial, "trial");
        if (runs < 1) {
            throw new IllegalArgumentException("everyTime needs runs >= 1, was " + runs);
        }
        Throwable firstFailure = null;
        int right = 0;
        int wrong = 0;
        for (int run = 1; run <= runs && (firstFailure == null || right == 0); run++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted after " + (run - 1) + " of " + runs + " runs");
            }
            try {
                trial.execute();
                right++;
            } catch (CancellationException | VirtualMachineError e) {
                throw e;
            } catch (Throwable failure) {
                wrong++;
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        if (firstFailure == null) {
            return;
        }
        if (right == 0) {
            throw firstFailure;
        }
        String what = firstFailure instanceof AssertionError assertion ? AssertionText.of(assertion)
                : "your code threw " + Watchdog.thrownText(firstFailure) + ".";
        Assertions.fail("Of " + (right + wrong) + " runs, " + right + (right == 1 ? " was" : " were") + " right and "
                + wrong + " wrong; the first wrong one: " + what + " Results that change from run to run are a race: "
                + "threads changing shared data at the same time, such as a plain ArrayList or HashMap that several "
                + "threads add to. Give each task its own place for its result (keep the Futures, or an array slot "
                + "per task), or use a thread-safe collection (ConcurrentHashMap).", firstFailure);
    }

    /**
     * Runs {@code trial} {@code times} times, one after another on this thread, and counts its results: a
     * race shows as results that should never happen. An exception of a trial ends the repetition and
     * passes through (inside a requirement it fails it).
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

    static CheckResults run(String id, Consumer<Checks> body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a check id may hold only letters, digits, - and _ (like l01-run-all-check), was \"" + id + "\"");
        }
        // Threads the check starts (probes, servers, replies) are its own, not the learner's leftovers.
        return ToolkitOwned.startingThreads(() -> judge(id, body));
    }

    private static CheckResults judge(String id, Consumer<Checks> body) {
        Checks checks = new Checks(CheckChannel.refusal());
        Error stop = null;
        try {
            body.accept(checks);
        } catch (CancellationException e) { // the cell was interrupted: not a result
            checks.cellStopped();
        } catch (RuntimeException | Error e) {
            if (Watchdog.stopped(e)) { // JShell's stop of busy code of the cell
                checks.cellStopped();
                stop = e instanceof Error error ? error : null;
            } else {
                checks.cellThrew(e);
            }
        }
        List<String> left = checks.leftBehind();
        CheckResults report = new CheckResults(id, checks.end(), left);
        if (checks.interrupted() || Thread.currentThread().isInterrupted()) {
            if (checks.started()) {
                Display.show(report); // what ran, and what the interrupt left unchecked; no report for progress
            }
            if (stop != null) {
                throw stop; // the engine tells JShell's stop from a ThreadDeath nobody asked for
            }
            throw Watchdog.cancelled();
        }
        return report;
    }
}
