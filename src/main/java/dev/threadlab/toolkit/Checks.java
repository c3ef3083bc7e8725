package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.function.Executable;

/**
 * The requirements of one check cell: the {@code c} in {@code Check.cell("l01-x", c -> c.that(1, "…", () -> …))}.
 * Points belong to requirements, each a sentence the exercise's text states. Hidden tests re-test a
 * requirement with other data: they sit inside its body (between {@code // BEGIN HIDDEN TESTS} and
 * {@code // END HIDDEN TESTS}), so the learner's notebook shows the same requirements and maximum as the
 * grade. Each {@link #that} runs at once, on its own thread, under a watchdog (10 s unless {@link #timeout}
 * changed it). Confined to the cell's thread; it cannot be used after its cell ended.
 */
public final class Checks {

    /** What the requirements after the first of a refused cell say: the first row says why. */
    static final String AS_THE_FIRST_ROW_SAYS = "Not checked, as the first row says.";

    /** What the requirements after an interrupted one say. */
    static final String NOT_CHECKED_AFTER_INTERRUPT = "Not checked: the cell was interrupted.";

    /** How long a check may take unless {@link #timeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** One check and how it ended. */
    record Result(String name, double points, Verdict verdict) {
        Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(verdict, "verdict");
        }

        double earned() {
            return verdict.passed() ? points : 0;
        }
    }

    private final Thread owner = Thread.currentThread();
    private final List<Result> results = new ArrayList<>();
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean ended;
    /** Why no requirement may run (see {@link dev.threadlab.toolkit.internal.CheckChannel#refuse}), or null. */
    private final String refused;
    /** Whether the cell was interrupted: the requirements from then on do not run. */
    private boolean interrupted;
    /** The executors the answer left open, whose threads the requirements' ends ended. */
    private final List<String> executorsLeft = new ArrayList<>();
    /** The threads of the answer's code that the requirements' ends could not end. */
    private final List<String> blockedLeft = new ArrayList<>();

    Checks() {
        this(null);
    }

    /** Requirements that, when {@code refused} is not null, fail with it without running. */
    Checks(String refused) {
        this.refused = refused;
    }

    /**
     * Runs {@code body} as a requirement worth {@code points}, stated by {@code name} (as the exercise's text
     * states it, shown in the table). It holds when {@code body} returns; an assertion failure fails it with
     * the assertion's message, which should name the mistake and what to do; any other exception or a hang
     * fails it too. When the cell was interrupted before or during an earlier requirement, {@code body} does
     * not run and the requirement earns nothing.
     *
     * @throws IllegalArgumentException if points is negative or not finite, or name is blank
     */
    public Checks that(double points, String name, Executable body) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be a finite number >= 0, was " + points);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a check needs a name that says what it proves, was blank");
        }
        requireOpen();
        Verdict verdict;
        if (refused != null) {
            verdict = new Verdict.NotRun(results.isEmpty() ? refused : AS_THE_FIRST_ROW_SAYS);
        } else if (interrupted || Thread.currentThread().isInterrupted()) {
            interrupted = true;
            verdict = new Verdict.NotRun(NOT_CHECKED_AFTER_INTERRUPT);
        } else {
            Watchdog.Ran ran = Watchdog.run(results.size() + 1, body, timeout);
            verdict = ran.verdict();
            interrupted = verdict instanceof Verdict.Interrupted;
            executorsLeft.addAll(ran.executors());
            blockedLeft.addAll(ran.blocked());
        }
        results.add(new Result(name.strip(), points, verdict));
        return this;
    }

    /**
     * Gives the checks that follow {@code timeout} each instead of {@link #DEFAULT_TIMEOUT}.
     *
     * @throws IllegalArgumentException if timeout is not positive
     */
    public Checks timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a check timeout must be positive, was " + timeout);
        }
        requireOpen();
        this.timeout = timeout;
        return this;
    }

    /** Records that the cell's own code threw outside any check. */
    void cellThrew(Throwable failure) {
        results.add(new Result("the check cell's own code", 0,
                new Verdict.Failed("It threw " + Watchdog.thrownText(failure) + "; the checks after it did not run.",
                        0)));
    }

    /** The cell's code was stopped (JShell's stop) outside any requirement: as an interrupt. */
    void cellStopped() {
        interrupted = true;
    }

    /** Whether the cell was interrupted while its requirements ran: the requirements from then on did not run. */
    boolean interrupted() {
        return interrupted;
    }

    /** Whether some requirement started before the cell was interrupted (so its table says something). */
    boolean started() {
        return results.stream().anyMatch(r -> !r.verdict().message().equals(NOT_CHECKED_AFTER_INTERRUPT));
    }

    /**
     * What the answer's code left when its requirements ended, for the learner, once for the cell: executors the
     * check ended the threads of, threads it could not end (see {@link LeftBehind}). Empty when it left nothing.
     */
    List<String> leftBehind() {
        return LeftBehind.notes(executorsLeft, blockedLeft);
    }

    /** Ends the cell: no more checks. Answers the results in order. */
    List<Result> end() {
        ended = true;
        return List.copyOf(results);
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("this Checks belongs to a check cell that already ended; "
                    + "call c.that(...) inside the lambda passed to Check.cell");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("c.that(...) must be called on the check cell's own thread, was "
                    + Thread.currentThread().getName());
        }
    }
}
