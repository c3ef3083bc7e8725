package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.NotebookException;
import dev.threadlab.testing.Jupyter;
import dev.threadlab.testing.ThreadlabProcess;
import dev.threadlab.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code threadlab learn} driven in a real terminal (tmux), as a learner works through lesson 01: run
 * cells, see a timeline, fail a check, write the answer in an editor, pass the check, interrupt an
 * endless cell, quit in the middle, come back to the cell they left (run the cells above, start over at
 * the top) and to the saved answer; then the saved notebook is graded by {@code threadlab grade} and
 * executed by nbclient, as a teacher and Jupyter would.
 */
@Tag("integration")
final class LearnIT {

    private static final Duration CELL = Duration.ofSeconds(90);
    private static final Pattern POSITION = Pattern.compile("\\[(\\d+)/(\\d+)\\]");
    private static final String ANSWER = """
            static void runAll(List<Runnable> tasks) throws InterruptedException {
                List<Thread> threads = new ArrayList<>();
                for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));
                for (Thread t : threads) t.join();
            }""";
    /** Half right: every task runs and runAll waits, but one thread at a time (2 of 4 points, no error). */
    private static final String JOINS_EACH_AT_ONCE = """
            static void runAll(List<Runnable> tasks) throws InterruptedException {
                for (Runnable task : tasks) { Thread t = new Thread(task); t.start(); t.join(); }
            }""";

    @TempDir
    Path home;

    @Test
    void aLearnerWorksThroughLesson01AndTheirAnswersAreSavedGradedAndRunByJupyter() throws Exception {
        Jupyter.require(Tmux.available(), "tmux is not installed");
        Path edit = home.resolve("next-edit.java");
        Path editor = Tmux.script(home, "editor.sh", "cp \"$THREADLAB_IT_EDIT\" \"$1\"\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "THREADLAB_PROGRESS", home.resolve("progress.json").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "EDITOR", editor.toString(),
                "THREADLAB_IT_EDIT", edit.toString());
        Path lessons = Path.of("lessons").toAbsolutePath();
        Path copy = home.resolve("threadlab/01-threads-io.ipynb");
        String original = cellSource(lessons.resolve("01-threads-io.ipynb"), 22);

        try (Tmux app = Tmux.start(home, 120, 40, env, Tmux.threadlab("learn", "01", "--lessons", lessons.toString()))) {
            app.waitFor("Your copy: " + copy, CELL);
            assertTrue(Files.isRegularFile(copy), "the learner's copy was not made at " + copy);

            goTo(app, 4);
            app.press("Enter");                               // the set-up cell
            app.waitFor("[1] ran in", CELL);
            goTo(app, 6);
            app.press("Enter");                               // three downloads one after another, on a timeline
            String timeline = app.waitFor("[2] ran in", CELL);
            assertTrue(timeline.contains("one after another: 6."), "the cell's output is missing:\n" + app.screen());
            assertTrue(timeline.contains("main │█") && timeline.contains("peak 1 at once"),
                    "the timeline's text is missing:\n" + app.screen());
            assertTrue(timeline.contains("│█page 1█") && timeline.contains("█page 3█"),
                    "the timeline's bars do not say which page each one is:\n" + app.screen());

            goTo(app, 19);
            app.press("c");                                   // the stub's check fails
            app.waitFor("Score: 0 of ", CELL);
            assertTrue(app.history().contains("✗ 0/2   runAll returns only after every task has finished"),
                    "the ✗ list of failed checks is missing:\n" + app.screen());

            app.waitFor("✗ Not passed yet", CELL);           // the cell has ended: keys pressed while it ran are dropped
            app.press("e");                                   // the check cell is locked
            app.waitFor("This cell is locked", CELL);
            app.press("h");                                   // hints come one at a time
            app.waitFor("Hint 1 of 3", CELL);
            assertTrue(!app.history().contains("Hint 2 of 3"), "the second hint came unasked");
            app.press("h");
            app.waitFor("Hint 2 of 3", CELL);

            goTo(app, 19);
            Files.writeString(edit, JOINS_EACH_AT_ONCE);
            edit(app);
            app.press("c");                                   // some points, no error: still not passed
            app.waitFor("✗ Not passed yet (2 of 4 points)", CELL);
            assertTrue(!app.history().contains("✓ Check passed."), "a partial score was called a pass:\n" + app.screen());
            assertEquals(1, countIn(app.history(), "Score: 0 of "),
                    "the check cell was shown again with its earlier outputs above the new ones:\n" + app.screen());

            goTo(app, 19);
            Files.writeString(edit, ANSWER);
            edit(app);
            app.press("c");                                   // the written answer passes
            app.waitFor("All checks passed: ", CELL);
            assertTrue(app.history().contains("✓ 2/2   runAll returns only after every task has finished"),
                    "the ✓ list is missing:\n" + app.screen());
            app.waitFor("✓ Check passed.", CELL);

            goTo(app, 23);                                    // an endless cell, interrupted
            Files.writeString(edit, "long spins = 0;\nwhile (true) { spins++; }");
            edit(app);
            int interruptedBefore = app.count("· Interrupted");
            app.press("Enter");
            app.waitFor("▶ running 1.", CELL);              // a second into the loop
            app.press("C-c");
            app.waitUntil(h -> countIn(h, "· Interrupted") > interruptedBefore, "the cell to be interrupted", CELL);
            goTo(app, 23);
            Files.writeString(edit, original);                // put the lesson's cell back as it was
            edit(app);

            app.press("q");                                   // to the start screen: progress shows the passed check
            app.waitUntil(h -> Pattern.compile("01 +Lesson 1 · Threads for work that waits +1 of 3 +4 / 14 points")
                    .matcher(h).find(), "lesson 01 listed with 1 of 3 checks passed and 4 of 14 points", CELL);
            app.press("q");
            app.waitFor("EXITED 0", CELL);
        }
        assertTrue(savedAnswer(copy).contains("Thread.ofPlatform().start(task)"), "the answer was not saved in " + copy);

        try (Tmux again = Tmux.start(home, 120, 40, env, Tmux.threadlab("learn", "1", "--lessons", lessons.toString()))) {
            again.waitFor("Your copy: " + copy, CELL);        // reopened where the learner quit, in a new engine
            again.waitFor("Welcome back: the lesson opens at cell 23 of 54, where you left it.", CELL);
            assertEquals(23, position(again), "the lesson did not reopen at cell 23:\n" + again.screen());
            assertTrue(again.history().contains("The 7 code cells above have not run") && again.screen().contains("a run the cells above"),
                    "the learner is not told that the cells above have not run, or not offered a:\n" + again.screen());
            again.press("a");                                 // the code cells above, checks left out
            again.waitFor("Done. Back at cell 23: Enter runs it.", CELL);
            String ranAbove = again.history();
            assertTrue(ranAbove.contains("Running cell 4…") && ranAbove.contains("Running cell 19…")
                    && !ranAbove.contains("Running cell 20…"), "a ran the wrong cells:\n" + ranAbove);
            assertFalse(lastLines(again.screen()).contains("a run the cells above"), "a is still offered:\n" + again.screen());
            again.press("Enter");                             // cell 23 needs download() from cell 4: it runs now
            String pooled = again.waitFor("[8] ran in", CELL);
            assertTrue(Pattern.compile("\\[8] ran in [0-9.]+ s\\s*$", Pattern.MULTILINE).matcher(pooled).find(),
                    "cell 23 failed after a ran the cells above:\n" + again.screen());
            again.press("t");                                 // and starting over is one key
            again.waitUntil(h -> position(again) == 1, "the first cell", CELL);
            goTo(again, 19);
            assertTrue(again.screen().contains("for (Thread t : threads) t.join();"),
                    "reopened, the lesson does not show the saved answer:\n" + again.screen());
            again.press("q");
            again.waitFor("Threadlab · concurrency in Java", CELL);
            again.press("q");
            again.waitFor("EXITED 0", CELL);
        }

        ThreadlabProcess.Finished graded = ThreadlabProcess.run(home, Duration.ofMinutes(5), "grade", copy.toString(),
                "--source", lessons.resolve("source").toString(), "-o", home.toString());
        assertEquals(0, graded.exitCode(), graded.stdout() + graded.stderr());
        String grades = Files.readString(home.resolve("grades.csv"));
        assertTrue(Pattern.compile("l01-run-all-check,4(\\.0)?,4(\\.0)?,passed").matcher(grades).find(),
                "grade did not give the saved answer its 4 points:\n" + grades);

        Jupyter jupyter = Jupyter.withThreadlabKernel();
        Jupyter.Run run = jupyter.python(Duration.ofMinutes(5), "learner_copy_check.py", copy.toString());
        assertEquals(0, run.exitCode(), "nbclient could not run the saved notebook; output above:\n" + run.failures());
    }

    /** Presses e (the editor script writes the prepared text) and waits until this edit is saved. */
    private static void edit(Tmux app) {
        int before = app.count("Saved your edit");
        app.press("e");
        app.waitUntil(h -> countIn(h, "Saved your edit") > before, "the edit to be saved", CELL);
    }

    private static int countIn(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Steps (n/p) until the key bar says cell {@code number} is shown. */
    private static void goTo(Tmux app, int number) {
        for (int step = 0; step < 120; step++) {
            int at = position(app);
            if (at == number) {
                return;
            }
            app.press(at < number ? "n" : "p");
            app.waitUntil(h -> position(app) != at, "the next cell", CELL);
        }
        fail("could not reach cell " + number + ":\n" + app.screen());
    }

    private static int position(Tmux app) {
        int found = -1;
        for (int tries = 0; tries < 50 && found < 0; tries++) {
            Matcher m = POSITION.matcher(lastLines(app.screen()));
            while (m.find()) {
                found = Integer.parseInt(m.group(1));
            }
        }
        return found;
    }

    private static String lastLines(String screen) {
        String trimmed = screen.stripTrailing();
        int cut = Math.max(0, trimmed.length() - 400);
        return trimmed.substring(cut);
    }

    private static String cellSource(Path notebook, int index) throws NotebookException {
        return Notebook.read(notebook).cells().get(index).source();
    }

    private static String savedAnswer(Path copy) throws NotebookException {
        for (NotebookCell cell : Notebook.read(copy).cells()) {
            if (cell.gradeId().filter("l01-run-all"::equals).isPresent()) {
                return cell.source();
            }
        }
        return "";
    }

    @Test
    void withoutATerminalLearnPrintsTheLessonsAndSaysWhyItCannotStepThroughThem(@TempDir Path dir) throws IOException,
            InterruptedException {
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(Tmux.threadlab("learn", "--lessons",
                Path.of("lessons").toAbsolutePath().toString(), "--answers", dir.resolve("answers").toString()))
                .directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(Map.of("HOME", dir.toString(), "XDG_STATE_HOME", dir.resolve("state").toString(),
                "THREADLAB_PROGRESS", dir.resolve("progress.json").toString()));
        Process process = builder.start();
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("threadlab learn < /dev/null did not end within 2 minutes: " + Files.readString(out));
        }
        String printed = Files.readString(out);
        assertEquals(2, process.exitValue(), printed);
        assertTrue(printed.contains("Threads for work that waits"), printed);
        assertTrue(printed.contains("standard input is not one"), printed);
        assertFalse(printed.contains("Exception"), "no stack trace: " + printed);
        assertFalse(Files.exists(dir.resolve("answers")), "nothing is copied when nothing can be opened");
    }

    @Test
    void theEngineJarUserCodeSeesHoldsNoTerminalLibraries() throws IOException {
        try (java.util.zip.ZipFile engine = new java.util.zip.ZipFile(System.getProperty("threadlab.engineJar"))) {
            List<String> leaked = engine.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("org/jline/") || n.startsWith("org/commonmark/") || n.startsWith("dev/threadlab/repl/"))
                    .limit(5).toList();
            assertEquals(List.of(), leaked, "the engine's class path must not carry the terminal front end");
            assertTrue(engine.getEntry("dev/threadlab/toolkit/Timeline.class") != null, "not the engine jar");
        }
    }
}
