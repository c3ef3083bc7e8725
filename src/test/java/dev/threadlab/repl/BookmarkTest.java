package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.lessons.progress.ProgressStore.LessonPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BookmarkTest {

    /** Lesson 01: 54 cells; cell 23 (index 22) is code below 7 code cells that are not checks; cell 21 holds hints. */
    private static final Path LESSON = Path.of("lessons", "01-threads-io.ipynb");

    @TempDir
    Path dir;
    private Path copy;
    private ProgressStore store;

    @BeforeEach
    void copyTheLesson() throws Exception {
        copy = dir.resolve("01-threads-io.ipynb");
        Files.copy(LESSON, copy);
        store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
    }

    private Bookmark.Opening reopened() throws Exception {
        LessonFile lesson = LessonFile.open(copy);
        return new Bookmark(store, lesson).opening(new boolean[lesson.cells().size()]);
    }

    private void leaveAt(int index) throws Exception {
        new Bookmark(store, LessonFile.open(copy)).remember(index);
    }

    @Test
    void theFirstTimeALessonOpensAtTheTopWithoutANote() throws Exception {
        assertEquals(new Bookmark.Opening(0, Optional.empty(), false), reopened());
    }

    @Test
    void itReopensWhereTheLearnerLeftItAndSaysTheCellsAboveHaveNotRun() throws Exception {
        leaveAt(22);
        Bookmark.Opening opening = reopened();
        assertEquals(22, opening.index());
        assertTrue(opening.belowCellsNotRun());
        assertEquals("Welcome back: the lesson opens at cell 23 of 54, where you left it. The 7 code cells above "
                + "have not run in this session, so what they define does not exist yet: press a to run them, "
                + "or t to start from the top.", opening.note().orElseThrow());
        assertEquals(Optional.of(new LessonPlace(22, 54, Notebook.read(LESSON).cells().get(22).id())),
                store.place("01-threads-io"), "kept under the lesson's id, with the cell's id");
    }

    @Test
    void oneCodeCellAboveIsSaidInTheSingularAndNoneOffersOnlyTheTop() throws Exception {
        leaveAt(4);
        assertEquals("Welcome back: the lesson opens at cell 5 of 54, where you left it. The code cell above has not "
                + "run in this session, so what it defines does not exist yet: press a to run it, or t to start from "
                + "the top.", reopened().note().orElseThrow());
        leaveAt(1);
        Bookmark.Opening opening = reopened();
        assertEquals("Welcome back: the lesson opens at cell 2 of 54, where you left it. Press t to start from the top.",
                opening.note().orElseThrow());
        assertFalse(opening.belowCellsNotRun());
    }

    @Test
    void cellsThatRanEarlierInThisSessionAreNotCountedAsMissing() throws Exception {
        leaveAt(22);
        LessonFile lesson = LessonFile.open(copy);
        boolean[] ran = new boolean[lesson.cells().size()];
        ran[3] = true;  // the set-up cell, run before the learner went back to the list of lessons
        ran[5] = true;
        Bookmark.Opening opening = new Bookmark(store, lesson).opening(ran);
        assertTrue(opening.note().orElseThrow().contains("The 5 code cells above have not run"), opening.note().orElseThrow());
        for (int i : new int[] {8, 11, 14, 16, 18}) {
            ran[i] = true;
        }
        opening = new Bookmark(store, lesson).opening(ran);
        assertEquals("Welcome back: the lesson opens at cell 23 of 54, where you left it. Press t to start from the top.",
                opening.note().orElseThrow());
        assertFalse(opening.belowCellsNotRun());
    }

    @Test
    void aPlaceOnAHintCellOpensAtTheCellAfterIt() throws Exception {
        assertTrue(Notebook.read(LESSON).cells().get(20).threadlab().generated().isPresent(), "cell 21 holds hints");
        leaveAt(20);
        assertEquals(21, reopened().index());
    }

    @Test
    void afterTheEndTheLessonOpensAtTheTopAndSaysWhy() throws Exception {
        leaveAt(54);
        assertEquals(new Bookmark.Opening(0, Optional.of("You reached the end of this lesson last time, so it opens at"
                + " the top again."), false), reopened());
    }

    @Test
    void cellsRemovedAboveSinceStillOpenAtTheSameCell() throws Exception {
        leaveAt(22);
        Notebook lesson = Notebook.read(copy);
        lesson.withCells(lesson.cells().subList(3, lesson.cells().size())).write(copy);
        Bookmark.Opening opening = reopened();
        assertEquals(19, opening.index());
        assertTrue(opening.note().orElseThrow().startsWith("Welcome back: the lesson opens at cell 20 of 51,"),
                opening.note().orElseThrow());
    }

    @Test
    void aLessonThatBecameShorterOpensAtItsLastCell() throws Exception {
        store.remember("01-threads-io", new LessonPlace(70, 80, Optional.of("a cell that is gone")));
        assertEquals(53, reopened().index());
    }
}
