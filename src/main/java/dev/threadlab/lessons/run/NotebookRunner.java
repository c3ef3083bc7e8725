package dev.threadlab.lessons.run;

import dev.threadlab.interpreter.Authorship;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.lessons.run.EngineSlot.Attempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a notebook's code cells top to bottom in a fresh engine, as {@code grade} and {@code validate} do,
 * and keeps what each cell wrote and how it ended.
 *
 * <p>A cell that runs longer than its timeout is interrupted; if it has not ended {@link #KILL_GRACE}
 * later, its engine is killed. After a cell timed out or lost its engine, a fresh engine is started and
 * the cells that had completed before (except check cells) are run again in it, so that later exercises
 * can still be graded; the run's notes say so. Nothing waits without a bound. Thread-safe: each
 * {@link #run} uses its own engine, so runs may go on concurrently.
 */
public final class NotebookRunner {

    /** How long an interrupted cell gets to end before its engine is killed. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(3);
    /** How long an engine may take to start. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** Errors after which the engine's state is gone, so the run continues in a fresh one. */
    private static final Set<String> ENGINE_LOST = Set.of("EngineExited", "EngineUnavailable");
    /** Errors of a cell the engine would not run (while grading): a teacher should read why. */
    private static final Set<String> REFUSALS = Set.of("NotWhileGrading", "ShadowedName");

    private final Function<Authorship, ? extends Interpreter> engines;
    private final Duration killGrace;
    private final Duration startTimeout;

    /** A runner whose engines come from {@code engines} (one per run and per restart). */
    public NotebookRunner(Supplier<? extends Interpreter> engines) {
        this(authorship -> engines.get(), KILL_GRACE, START_TIMEOUT);
    }

    NotebookRunner(Supplier<? extends Interpreter> engines, Duration killGrace, Duration startTimeout) {
        this(authorship -> engines.get(), killGrace, startTimeout);
    }

    /**
     * A runner whose engines come from {@code engines} (one per run and per restart), each told the run's
     * {@link Authorship} so that its check cells know the author's cells from a learner's. The command line
     * gives it Threadlab's Java engines ({@code dev.threadlab.cli.JavaEngines}).
     */
    public static NotebookRunner perAuthorship(Function<Authorship, ? extends Interpreter> engines) {
        return new NotebookRunner(engines, KILL_GRACE, START_TIMEOUT);
    }

    private NotebookRunner(Function<Authorship, ? extends Interpreter> engines, Duration killGrace,
            Duration startTimeout) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.killGrace = Objects.requireNonNull(killGrace, "killGrace");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
    }

    /**
     * Runs {@code cells} in order in a fresh engine and closes it (killing its JVM) before returning; nothing
     * is known of who wrote them ({@link Authorship#unknown()}).
     *
     * @throws InterruptedException when the calling thread is interrupted; the engine is closed first
     */
    public NotebookRun run(List<CellToRun> cells) throws InterruptedException {
        return run(cells, Authorship.unknown());
    }

    /**
     * Runs {@code cells} in order in a fresh engine whose check cells know {@code authorship}, and closes it
     * (killing its JVM) before returning.
     *
     * @throws InterruptedException when the calling thread is interrupted; the engine is closed first
     */
    public NotebookRun run(List<CellToRun> cells, Authorship authorship) throws InterruptedException {
        Supplier<Interpreter> engines = () -> this.engines.apply(authorship);
        List<CellResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        EngineSlot engine = EngineSlot.start(engines, killGrace, startTimeout, why).orElse(null);
        if (engine == null) {
            problems.add("The notebook could not be run: " + why + ".");
        }
        try {
            for (int i = 0; i < cells.size(); i++) {
                CellToRun cell = cells.get(i);
                if (engine == null) {
                    results.add(new CellResult(cell, CapturedOutput.NONE, new CellOutcome.NotRun(
                            "no engine to run it in: " + why)));
                    continue;
                }
                Capture capture = new Capture();
                Attempt attempt = engine.run(cell.code(), cell.timeout(), capture);
                results.add(new CellResult(cell, capture.snapshot(), outcome(attempt, cell)));
                if (attempt instanceof Attempt.Ended(ExecuteOutcome.Failed f) && REFUSALS.contains(f.ename())) {
                    notes.add(capitalized(cell.label()) + " was refused: " + f.evalue());
                }
                Optional<String> lost = lostState(attempt, cell);
                if (lost.isPresent() && i + 1 < cells.size()) {
                    engine.close();
                    why.setLength(0);
                    engine = restart(engines, results, lost.get(), notes, why).orElse(null);
                    if (engine == null) {
                        problems.add("After " + lost.get() + ", no fresh engine could be started: " + why + ".");
                    }
                }
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
        return new NotebookRun(results, notes, problems);
    }

    private static CellOutcome outcome(Attempt attempt, CellToRun cell) {
        return switch (attempt) {
            case Attempt.Ended(ExecuteOutcome.Ok ok) -> new CellOutcome.Completed(ok.result());
            case Attempt.Ended(ExecuteOutcome.Failed f) -> new CellOutcome.Errored(f.failure());
            case Attempt.Stopped s -> new CellOutcome.TimedOut(cell.timeout());
            case Attempt.Crashed c -> new CellOutcome.Errored("InternalError",
                    "Threadlab failed while running this cell (" + c.error() + "); this is a bug in Threadlab.", List.of());
        };
    }

    /** What happened when {@code attempt} left the engine without its state, or empty when the state is intact. */
    private static Optional<String> lostState(Attempt attempt, CellToRun cell) {
        return switch (attempt) {
            case Attempt.Ended(ExecuteOutcome.Failed f) when ENGINE_LOST.contains(f.ename()) ->
                    Optional.of(cell.label() + " lost its engine (" + f.ename() + ")");
            case Attempt.Ended e -> Optional.empty();
            case Attempt.Stopped s -> Optional.of(cell.label() + " did not finish within "
                    + seconds(cell.timeout()) + (s.killed() ? " and ignored the interrupt, so its engine was killed"
                            : " and was interrupted"));
            case Attempt.Crashed c -> Optional.of(cell.label() + " crashed the interpreter");
        };
    }

    /** A fresh engine in which the completed cells before the last one (check cells excepted) ran again. */
    private Optional<EngineSlot> restart(Supplier<Interpreter> engines, List<CellResult> results, String what,
            List<String> notes, StringBuilder why) throws InterruptedException {
        Optional<EngineSlot> fresh = EngineSlot.start(engines, killGrace, startTimeout, why);
        if (fresh.isEmpty()) {
            return fresh;
        }
        List<String> replayed = new ArrayList<>();
        List<String> trouble = new ArrayList<>();
        EngineSlot engine = fresh.get();
        for (CellResult earlier : results.subList(0, results.size() - 1)) {
            if (earlier.cell().graded() || !(earlier.outcome() instanceof CellOutcome.Completed)) {
                continue;
            }
            Attempt again = engine.run(earlier.cell().code(), earlier.cell().timeout(), new Capture());
            replayed.add(earlier.cell().label());
            if (!(again instanceof Attempt.Ended(ExecuteOutcome.Ok ok))) {
                trouble.add(earlier.cell().label() + " " + describe(outcome(again, earlier.cell())));
                if (lostState(again, earlier.cell()).isPresent()) {
                    engine.close();
                    notes.add(note(what, replayed, trouble) + " Replaying stopped there; the rest runs in an empty engine.");
                    return EngineSlot.start(engines, killGrace, startTimeout, why);
                }
            }
        }
        notes.add(note(what, replayed, trouble));
        return Optional.of(engine);
    }

    private static String note(String what, List<String> replayed, List<String> trouble) {
        String note = capitalized(what) + ": a fresh engine was started"
                + (replayed.isEmpty() ? "." : " and " + String.join(", ", replayed) + " ran again in it.");
        if (!trouble.isEmpty()) {
            note += " This time " + String.join("; ", trouble) + ", so later cells may fail because of it.";
        }
        return note;
    }

    private static String describe(CellOutcome outcome) {
        return switch (outcome) {
            case CellOutcome.Completed c -> "completed";
            case CellOutcome.Errored e -> "failed (" + e.ename() + ": " + e.evalue() + ")";
            case CellOutcome.TimedOut t -> "did not finish within " + seconds(t.limit());
            case CellOutcome.NotRun n -> "did not run (" + n.reason() + ")";
        };
    }

    /** A duration as the run's messages say it: {@code 30 s}, {@code 2.5 s}. */
    public static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
