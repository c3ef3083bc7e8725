package dev.threadlab.repl;

import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.lessons.progress.ProgressStore.LessonPlace;
import java.io.IOException;
import java.util.Optional;

/**
 * Where the learner is in one open lesson, kept in their progress store (by the lesson's id) each time they
 * move, so that the lesson reopens there, in this terminal or after a crash. Used by the terminal's owner
 * thread only.
 */
final class Bookmark {

    private static final System.Logger LOG = System.getLogger(Bookmark.class.getName());

    private final ProgressStore store;
    private final LessonFile lesson;
    private final String id;
    private int remembered = -1;

    Bookmark(ProgressStore store, LessonFile lesson) {
        this.store = store;
        this.lesson = lesson;
        this.id = lesson.id();
    }

    /**
     * Where a lesson opens in a new session.
     *
     * @param index            the cell shown first
     * @param note             what the learner is told about it, when it is not the top
     * @param belowCellsNotRun whether code cells above it have not run in this session
     */
    record Opening(int index, Optional<String> note, boolean belowCellsNotRun) {}

    /**
     * Where the lesson opens: the first cell the first time, and after the learner had reached the end; else the
     * cell they left it at ({@link LessonPlace#in}: found by its id if cells moved, clamped if the lesson is
     * shorter), with a note saying which of the cells above have not run in this session ({@code ran}: one flag a
     * cell) and what to press.
     */
    Opening opening(boolean[] ran) {
        int first = lesson.shown(0, 1);
        int size = lesson.cells().size();
        Optional<Integer> last = store.place(id).map(place -> place.in(lesson.cellIds()));
        if (last.isEmpty()) {
            return new Opening(first, Optional.empty(), false);
        }
        if (last.get() >= size) {
            return new Opening(first, Optional.of("You reached the end of this lesson last time, so it opens at the"
                    + " top again."), false);
        }
        int at = lesson.shown(last.get(), 1);
        at = at < size ? at : lesson.shown(last.get(), -1); // the lesson ends with hint cells
        if (at <= first) {
            return new Opening(first, Optional.empty(), false);
        }
        int notRun = 0;
        for (int i = 0; i < at; i++) {
            notRun += lesson.setsUp(i) && !ran[i] ? 1 : 0;
        }
        return new Opening(at, Optional.of(welcomeBack(at, size, notRun)), notRun > 0);
    }

    /**
     * What the learner is told when the lesson reopens at cell {@code index} of {@code cells}, below {@code notRun}
     * code cells that have not run in this session (so the engine lacks what they define): what that means, and
     * the keys that run them ({@code a}) or start over ({@code t}).
     */
    private static String welcomeBack(int index, int cells, int notRun) {
        String where = "Welcome back: the lesson opens at cell " + (index + 1) + " of " + cells + ", where you left it. ";
        if (notRun == 0) {
            return where + "Press t to start from the top.";
        }
        boolean one = notRun == 1;
        return where + "The " + (one ? "code cell" : notRun + " code cells") + " above " + (one ? "has" : "have")
                + " not run in this session, so what " + (one ? "it defines" : "they define")
                + " does not exist yet: press a to run " + (one ? "it" : "them") + ", or t to start from the top.";
    }

    /** Remembers that cell {@code index} (the lesson's size: the end) is shown; nothing is written if it already was. */
    void remember(int index) {
        if (index == remembered) {
            return;
        }
        remembered = index; // tried once per move, even when the file cannot be written
        int cells = lesson.cells().size();
        Optional<String> cellId = index < cells ? lesson.cell(index).id() : Optional.empty();
        try {
            store.remember(id, new LessonPlace(index, cells, cellId));
        } catch (IOException | RuntimeException e) {
            // the lesson works on; it opens at the top next time, which is where it opened before places were kept
            LOG.log(System.Logger.Level.WARNING, "could not keep the place in " + id + " in " + store.file() + ": " + e);
        }
    }
}
