package dev.threadlab.lessons;

import dev.threadlab.engine.LineMagic;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.Output;
import dev.threadlab.lessons.ProgressStore.CheckProgress;
import dev.threadlab.toolkit.Table;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** {@code %progress}: a table of the checks this learner has run, passed first per lesson. */
public final class ProgressMagic implements LineMagic {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ProgressStore store;
    private final ZoneId zone;

    /** Shows what {@code store} holds, with times in {@code zone}. */
    public ProgressMagic(ProgressStore store, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String name() {
        return "%progress";
    }

    @Override
    public String help() {
        return "show which exercise checks you have passed, lesson by lesson";
    }

    @Override
    public ExecuteOutcome run(String argument, Output output) {
        if (!argument.isEmpty()) {
            return new ExecuteOutcome.Failed("UsageError",
                    "%progress takes no arguments, was '" + argument + "'. Type %progress on its own.", List.of());
        }
        List<CheckProgress> all = store.all();
        if (all.isEmpty()) {
            output.stdout("No checks run yet. Write an exercise, then run the check cell below it; "
                    + "your results are kept in " + store.file() + ".\n");
            return new ExecuteOutcome.Ok(null);
        }
        List<List<?>> rows = new ArrayList<>();
        int passed = 0;
        for (CheckProgress check : all) {
            passed += check.passed() ? 1 : 0;
            rows.add(List.of(lesson(check.id()), check.id(), check.passed() ? "✓ passed" : "✗ not yet",
                    points(check.best()) + " / " + points(check.max()), check.attempts(),
                    WHEN.format(check.lastRun().atZone(zone))));
        }
        Table table = Table.of(List.of("lesson", "check", "result", "best", "runs", "last run"), rows)
                .withCaption(passed + " of " + all.size() + " checks you have run are passed. Kept in "
                        + store.file() + ".");
        output.display(table.mimeBundle(), null);
        return new ExecuteOutcome.Ok(null);
    }

    /** {@code l01-run-all-check} belongs to lesson {@code 01}; ids without that prefix show as "—". */
    static String lesson(String id) {
        return id.matches("l\\d{2}-.*") ? id.substring(1, 3) : "—";
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
