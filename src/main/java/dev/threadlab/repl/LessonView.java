package dev.threadlab.repl;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.repl.Keys.Action;
import dev.threadlab.repl.Theme.Role;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;

/**
 * One lesson, stepped through cell by cell: Enter runs the cell shown (or moves past text) and shows the
 * next; answers are edited in place; check cells run and report; hints come one at a time. Everything
 * run or edited is saved into the learner's copy at once. The lesson opens where the learner left it
 * ({@link Bookmark}), saying that the cells above have not run in this new session. Used by the terminal's
 * owner thread only.
 */
final class LessonView {

    private final Console console;
    private final CellRunner runner;
    private final CellEditor editor;
    private final LessonFile lesson;
    private final Bookmark bookmark;
    private final CellText cellText;
    private final KeyMap<Action> keys = Keys.keyMap();
    private final Map<Integer, Integer> hintsShown = new HashMap<>();
    /** Cells run, and cells edited since they ran, in this session: shared by every opening of the lesson. */
    private final SessionCells session;
    private int position;
    private int executionCount;
    /** Whether the lesson opened where the learner left it, below cells that have not run in this session. */
    private boolean reopened;

    /** {@code session}: what this session knows of {@code lesson}'s cells (run, edited), updated as they change. */
    LessonView(Console console, CellRunner runner, CellEditor editor, LessonFile lesson, Bookmark bookmark,
            SessionCells session) {
        this.console = console;
        this.runner = runner;
        this.editor = editor;
        this.lesson = lesson;
        this.bookmark = bookmark;
        this.cellText = new CellText(console.theme());
        if (session.size() != lesson.cells().size()) {
            throw new IllegalArgumentException("session must know each of the " + lesson.cells().size()
                    + " cells, knew " + session.size());
        }
        this.session = session;
        runner.onLateOutput(outputs -> lesson.touched());
    }

    /** Runs the lesson until the learner leaves it (q); everything is saved on the way. */
    void show() {
        console.print(List.of(AttributedString.EMPTY,
                note("Your copy: " + lesson.file() + " (saved as you go; Jupyter opens it too).")));
        position = opening();
        showCell(false);
        while (true) {
            if (console.waitWhileTooSmall()) {
                save();
                return;
            }
            bookmark.remember(position);
            console.bar(bar());
            Action action = readAction();
            if (action == Action.QUIT) {
                save();
                return;
            }
            act(action);
        }
    }

    /** Where the lesson opens ({@link Bookmark#opening()}), said in a note when it is not the top. */
    private int opening() {
        Bookmark.Opening opening = bookmark.opening(session.ran());
        opening.note().ifPresent(text -> console.print(note(text)));
        reopened = opening.belowCellsNotRun();
        return opening.index();
    }

    private Action readAction() {
        if (!console.keyMode()) {
            try {
                return Keys.ofLine(console.readLine("> ", false));
            } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException e) {
                return e instanceof org.jline.reader.EndOfFileException ? Action.QUIT : Action.INTERRUPT;
            }
        }
        Action action = console.readBinding(keys, this::idle);
        return action == null ? Action.QUIT : action;
    }

    /** While waiting for a key: output of cells that ended is shown and saved. */
    private void idle() {
        runner.apply(0);
        if (lesson.dirty()) {
            save();
        }
    }

    private void act(Action action) {
        switch (action) {
            case RUN -> runAndAdvance();
            case NEXT -> move(1);
            case PREVIOUS -> move(-1);
            case TOP -> top();
            case EDIT -> edit();
            case CHECK -> check();
            case HINT -> hint();
            case VIEW -> showCell(true);
            case RUN_ABOVE -> runAbove();
            case HELP -> console.print(LessonBar.help(console.theme()));
            case INTERRUPT -> console.print(note("Nothing is running (Ctrl-C stops a running cell). Press q to save and leave the lesson."));
            case REDRAW -> showCell(false);
            case NONE -> { }
            case OTHER -> console.print(note("That key does nothing here; ? lists the keys."));
            case QUIT -> { }
        }
    }

    private boolean atEnd() {
        return position >= lesson.cells().size();
    }

    private NotebookCell current() {
        return lesson.cell(position);
    }

    private void runAndAdvance() {
        if (atEnd()) {
            console.print(note("This is the end of the lesson. Press q to save and go back to the list of lessons."));
            return;
        }
        if (current().kind() == NotebookCell.Kind.CODE && run(position) instanceof ExecuteOutcome.Failed) {
            return; // stay: the learner reads the error, then runs it again (Enter) or moves on (n)
        }
        move(1);
    }

    /** Shows the next ({@code step} 1) or previous ({@code -1}) cell, skipping the generated hint cells. */
    private void move(int step) {
        int next = lesson.shown(position + step, step);
        if (next < 0) {
            console.print(note("This is the first cell."));
            return;
        }
        position = Math.min(next, lesson.cells().size());
        showCell(false);
    }

    /** Shows the first cell, to start the lesson over. */
    private void top() {
        int first = lesson.shown(0, 1);
        if (position == first) {
            console.print(note("This is the first cell."));
            return;
        }
        position = first;
        showCell(false);
    }

    private void showCell(boolean full) {
        showCell(full, true);
    }

    /** Shows the current cell; with {@code outputs} false, without the outputs it is about to replace by running. */
    private void showCell(boolean full, boolean outputs) {
        if (atEnd()) {
            console.print(List.of(AttributedString.EMPTY, new AttributedString("End of the lesson.", style(Role.SUBHEADING)),
                    note("Your work is saved in " + lesson.file() + ". Press q to see your progress, p to go back.")));
            return;
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(AttributedString.EMPTY);
        lines.addAll(cellText.lines(current(), position + 1, lesson.cells().size(), console.textWidth(), full));
        if (outputs && session.edited(position) && !lesson.outputs(position).items().isEmpty()) {
            lines.add(note("Output of the code before your edit (Enter runs it as it is now):"));
        }
        if (outputs) {
            lines.addAll(runner.lines(lesson.outputs(position)));
        }
        console.print(lines);
    }

    /** Runs cell {@code index} and saves; says what to do when a check did not pass. */
    private ExecuteOutcome run(int index) {
        NotebookCell cell = lesson.cell(index);
        ExecuteOutcome outcome = runner.run(cell.source(), ++executionCount, lesson.outputs(index));
        runner.takeTypedAhead(); // keys pressed while a cell ran are dropped: Enter must not run the next cells unseen
        // a cell that did not compile defined nothing: it still counts among the cells above that a runs
        session.ran(index, !(outcome instanceof ExecuteOutcome.Failed f && f.notCompiled()));
        lesson.ran(index, executionCount);
        save();
        if (cell.isGraded()) {
            Optional<CheckReport> report = lesson.outputs(index).checkReport();
            console.print(new AttributedString(verdict(outcome, report),
                    style(passed(outcome, report) ? Role.PASSED : Role.FAILED)));
        }
        // a set-up cell not run yet may be why: the learner is told which cells above have not run
        if (outcome instanceof ExecuteOutcome.Failed f && f.notCompiled()
                && !notRunAbove(index).isEmpty()) {
            console.print(note("Some cells above have not run in this session ("
                    + String.join(", ", notRunAbove(index)) + "). If this cell needs them, press a to run them first."));
        }
        return outcome;
    }

    /**
     * What a check cell's run means for the learner. Its report decides, as for {@code %progress} and grading:
     * a cell that ran to the end with some points missing (nbgrader scoring returns the points) has not passed.
     */
    static boolean passed(ExecuteOutcome outcome, Optional<CheckReport> report) {
        return outcome instanceof ExecuteOutcome.Ok && report.map(CheckReport::passed).orElse(false);
    }

    /** What {@link #passed} means, in words, with the score when the check did not pass. */
    static String verdict(ExecuteOutcome outcome, Optional<CheckReport> report) {
        if (passed(outcome, report)) {
            return "✓ Check passed. Well done.";
        }
        String score = report.map(r -> " (" + CellText.points(r.points()).replaceFirst(" points?$", "") + " of "
                + CellText.points(r.max()) + ")").orElse("");
        return "✗ Not passed yet" + score + ": the feedback above says why. h shows a hint; "
                + "go back (p) to your answer and press e to change it.";
    }

    /** Code cells above {@code index} (check cells aside) that have not run in this session, by number. */
    private List<String> notRunAbove(int index) {
        return session.notRunAbove(index, lesson::setsUp);
    }

    private void runAbove() {
        if (atEnd()) {
            return;
        }
        List<String> numbers = notRunAbove(position);
        if (numbers.isEmpty()) {
            console.print(note("Every code cell above has run in this session."));
            return;
        }
        for (int i = 0; i < position; i++) {
            if (lesson.setsUp(i) && !session.ran(i)) {
                console.print(note("Running cell " + (i + 1) + "…"));
                if (run(i) instanceof ExecuteOutcome.Failed f && f.ename().equals("Interrupted")) {
                    console.print(note("Stopped: cell " + (i + 1) + " was interrupted, and the cells after it have not run."
                            + " Back at cell " + (position + 1) + ": a runs the rest."));
                    return;
                }
            }
        }
        console.print(note("Done. Back at cell " + (position + 1) + ": Enter "
                + (current().kind() == NotebookCell.Kind.CODE ? "runs it." : "goes on.")));
    }

    private void edit() {
        if (atEnd() || current().kind() != NotebookCell.Kind.CODE) {
            console.print(note("Only code cells can be edited; this is text. Move to an answer cell (n/p)."));
            return;
        }
        if (!current().editable()) {
            console.print(note("This cell is locked: it is part of the lesson (a check or its set-up). "
                    + "Your answers go in the answer cells, marked \"your answer\"."));
            return;
        }
        console.print(note(editor.help()));
        CellEditor.Edited edited = editor.edit(current().source());
        if (edited instanceof CellEditor.Edited.Saved saved) {
            lesson.edit(position, saved.source());
            session.edited(position, true);
            save();
        }
        showCell(false);
        console.print(editor.say(edited));
    }

    /** Runs the check of the answer shown (the answer first), or the check cell shown. */
    private void check() {
        int check = checkFor(position);
        if (check < 0) {
            console.print(note("There is no check here: c works on an answer cell or its check cell."));
            return;
        }
        if (!atEnd() && current().isAnswer()) {
            if (run(position) instanceof ExecuteOutcome.Failed) {
                console.print(note("Your answer did not compile or run, so its check was not run. Fix it (e) and try again."));
                return;
            }
        }
        position = check;
        showCell(false, false); // its earlier outputs would stand above the new ones as if this run made them
        run(check);
    }

    /** The check cell for the cell at {@code index}: itself, or the first check after an answer; -1 for none. */
    private int checkFor(int index) {
        if (index >= lesson.cells().size()) {
            return -1;
        }
        NotebookCell cell = lesson.cell(index);
        if (cell.isGraded()) {
            return index;
        }
        if (!cell.isAnswer()) {
            return -1;
        }
        for (int i = index + 1; i < lesson.cells().size() && !lesson.cell(i).isAnswer(); i++) {
            if (lesson.cell(i).isGraded()) {
                return i;
            }
        }
        return -1;
    }

    private void hint() {
        int check = checkFor(position);
        List<String> hints = check < 0 ? List.of() : lesson.cell(check).threadlab().hints();
        if (hints.isEmpty()) {
            console.print(note(check < 0 ? "Hints belong to exercises: move to an answer or check cell."
                    : "This exercise has no hints."));
            return;
        }
        int shown = hintsShown.getOrDefault(check, 0);
        if (shown >= hints.size()) {
            console.print(note("That was the last hint (" + hints.size() + " of " + hints.size() + ")."));
            return;
        }
        hintsShown.put(check, shown + 1);
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString("Hint " + (shown + 1) + " of " + hints.size(), style(Role.SUBHEADING)));
        lines.addAll(cellText.markdown().render(hints.get(shown), console.textWidth()));
        console.print(lines);
    }

    private void save() {
        try {
            lesson.save();
        } catch (IOException | RuntimeException e) {
            console.print(new AttributedString("Could not save your work to " + lesson.file() + " (" + e.getMessage()
                    + "). It is still here; free some space or fix the permissions, and it is saved at the next step.",
                    style(Role.ERROR)));
        }
    }

    private List<AttributedString> bar() {
        NotebookCell cell = atEnd() ? null : current();
        return LessonBar.keys(console, cell, position, lesson.cells().size(), checkFor(position) >= 0,
                reopened && !atEnd() && !notRunAbove(position).isEmpty());
    }

    private AttributedString note(String text) {
        return new AttributedString(text, style(Role.NOTE));
    }

    private org.jline.utils.AttributedStyle style(Role role) {
        return console.theme().style(role);
    }
}
