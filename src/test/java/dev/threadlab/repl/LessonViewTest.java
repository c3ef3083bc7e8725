package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.lessons.progress.ProgressStore.LessonPlace;
import dev.threadlab.testing.FakeInterpreter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson opened again in a new session, driven by keys on a terminal, its cells run by a fake interpreter. */
final class LessonViewTest {

    /** Six cells: a heading, two set-up cells, text, a cell that needs them, text. */
    private static final String LESSON = """
            {"cells": [
             {"cell_type": "markdown", "id": "c1", "metadata": {}, "source": "# A lesson"},
             {"cell_type": "code", "id": "c2", "metadata": {}, "execution_count": null, "outputs": [], "source": "print one"},
             {"cell_type": "code", "id": "c3", "metadata": {}, "execution_count": null, "outputs": [], "source": "print two"},
             {"cell_type": "markdown", "id": "c4", "metadata": {}, "source": "Now use them."},
             {"cell_type": "code", "id": "c5", "metadata": {}, "execution_count": null, "outputs": [], "source": "print three"},
             {"cell_type": "markdown", "id": "c6", "metadata": {}, "source": "The end."}],
             "metadata": {"threadlab": {"lesson": "99-test"}}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path dir;

    private final FakeInterpreter interpreter = new FakeInterpreter();
    /** What the app keeps of this session's cells between openings of the lesson. */
    private SessionCells session;
    /** The editor's environment: {@code $EDITOR} may be a command that edits the cell's file. */
    private Map<String, String> editorEnv = Map.of();

    /** Opens {@code lesson}, presses {@code keys} one at a time (then the input ends, which leaves it), returns the screen. */
    private String openLesson(ProgressStore store, String lesson, String... keys) throws Exception {
        Path file = dir.resolve("99-test.ipynb");
        if (!Files.exists(file)) {
            Files.writeString(file, lesson);
        }
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Console console = new PressedKeys(keys).console(screen);
             CellRunner runner = new CellRunner(interpreter, console, new Inbox())) {
            LessonFile opened = LessonFile.open(file);
            if (session == null) {
                session = new SessionCells(opened.cells().size());
            }
            new LessonView(console, runner, new CellEditor(console, interpreter, editorEnv), opened,
                    new Bookmark(store, opened), session).show();
        }
        // as read, not as drawn: without the terminal's escape sequences, lines joined
        return AttributedString.stripAnsi(screen.toString(StandardCharsets.UTF_8)).replaceAll("\\s+", " ");
    }

    private String open(ProgressStore store, String... keys) throws Exception {
        return openLesson(store, LESSON, keys);
    }

    @Test
    void reopenedBelowCellsNotRunItSaysSoAndARunsThem() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
        store.remember("99-test", new LessonPlace(4, 6, Optional.of("c5")));
        String screen = open(store, "a");
        assertTrue(screen.contains("Welcome back: the lesson opens at cell 5 of 6, where you left it. The 2 code cells"),
                screen);
        assertTrue(screen.contains("a run the cells above") && screen.contains("t top"), "the bar offers a and t:\n" + screen);
        assertTrue(screen.contains("Running cell 2…") && screen.contains("Running cell 3…")
                && screen.contains("Done. Back at cell 5: Enter runs it."), screen);
        assertEquals(2, interpreter.executed, "a ran the two set-up cells, not the cell shown");
        assertEquals(Optional.of(new LessonPlace(4, 6, Optional.of("c5"))), store.place("99-test"));
    }

    @Test
    void tGoesToTheTopAndTheTopIsWhereItOpensNextTime() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
        store.remember("99-test", new LessonPlace(4, 6, Optional.of("c5")));
        String screen = open(store, "t");
        assertTrue(screen.contains("[1/6]"), screen);
        assertEquals(0, interpreter.executed);
        assertEquals(Optional.of(new LessonPlace(0, 6, Optional.of("c1"))), store.place("99-test"));
        assertFalse(open(store).contains("Welcome back"), "opened at the top, it has nothing to say");
    }

    @Test
    void theFirstTimeItOpensAtTheTopAndRemembersEachMove() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
        String screen = open(store, "n", "n", "n");
        assertFalse(screen.contains("Welcome back"), screen);
        assertEquals(Optional.of(new LessonPlace(3, 6, Optional.of("c4"))), store.place("99-test"));
    }

    @Test
    void aCellThatDidNotCompileStillCountsAsNotRunSoAIsStillOffered() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
        store.remember("99-test", new LessonPlace(4, 6, Optional.of("c5")));
        String screen = openLesson(store, LESSON.replace("print two", "noncompiling two"), "a");
        String after = screen.substring(screen.indexOf("Done. Back at cell 5"));
        assertTrue(after.contains("a run the cells above"), "cell 3 defined nothing, yet a is no longer offered:\n" + screen);
    }

    @Test
    void anEditedCellOpenedAgainStillSaysItsOutputIsOfTheCodeBeforeTheEdit() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"), Clock.systemUTC());
        store.remember("99-test", new LessonPlace(4, 6, Optional.of("c5")));
        editorEnv = Map.of("EDITOR", "sed -i s/three/edited/");
        String ran = LESSON.replace("\"outputs\": [], \"source\": \"print three\"",
                "\"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"three\\n\"}],"
                + " \"source\": \"print three\"");
        String first = openLesson(store, ran, "e");
        assertTrue(first.contains("Saved your edit") && first.contains("Output of the code before your edit"), first);

        String again = open(store);

        assertTrue(again.contains("print edited"), again);
        assertTrue(again.contains("Output of the code before your edit"),
                "opened again, the output of 'print three' is shown as if 'print edited' made it:\n" + again);
    }
}
