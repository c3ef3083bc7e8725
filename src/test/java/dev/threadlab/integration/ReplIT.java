package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.threadlab.testing.Jupyter;
import dev.threadlab.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlab repl} in a real terminal (tmux), and fed from a pipe. */
@Tag("integration")
final class ReplIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path home;

    @Test
    void theReplRunsJavaCompletesDocumentsInterruptsExplainsDeadlocksAndKeepsHistory() throws IOException {
        Jupyter.require(Tmux.available(), "tmux is not installed");
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
                "THREADLAB_PROGRESS", home.resolve("progress.json").toString());
        try (Tmux repl = Tmux.start(home, 120, 40, env, Tmux.threadlab("repl"))) {
            repl.waitFor("In [1]:", WAIT);
            repl.type("long answer = 20 + 22;");                 // long: the loop below must not wrap it round
            repl.press("Enter");
            repl.waitFor("In [2]:", WAIT);
            repl.type("answer");
            repl.press("Enter");
            repl.waitFor("Out[2]: 42", WAIT);

            repl.type("void greet() {");                      // incomplete: the kernel's is_complete asks for more
            repl.press("Enter");
            repl.waitFor("...:", WAIT);
            repl.type("System.out.println(\"hello from greet\");");
            repl.press("Enter");
            repl.type("}");
            repl.press("Enter");
            repl.waitFor("In [4]:", WAIT);
            repl.type("greet()");
            repl.press("Enter");
            repl.waitFor("hello from greet", WAIT);
            repl.waitFor("In [5]:", WAIT);

            repl.type("\"abc\".len");                         // Tab completes through JShell
            repl.press("Tab");
            repl.waitUntil(h -> h.contains("\"abc\".length("), "the completion of \"abc\".len", WAIT);
            repl.press("BTab");                               // Shift-Tab: the documentation of the name
            repl.waitFor("length of this string", WAIT);
            repl.press("C-u", "C-k");                         // clear the line

            repl.type("%help");
            repl.press("Enter");
            repl.waitFor("Magics of this kernel", WAIT);

            repl.type("var bar = Progress.show(\"downloads\", 4); for (int i = 0; i < 4; i++) { Work.io(Duration.ofMillis(400)); bar.step(); }");
            repl.press("Enter");
            repl.waitFor("4/4 (100%)", WAIT);                 // a progress bar is redrawn in place, not printed anew
            repl.waitUntil(h -> countOf(h, "downloads ") == 1, "a single progress line", WAIT);

            repl.type("while (true) { answer++; }");
            repl.press("Enter");
            repl.waitFor("▶ running 1.", WAIT);              // a second into the loop (not while it compiles)
            repl.press("C-c");
            repl.waitFor("· Interrupted", WAIT);
            repl.type("answer > 42");                         // the variables survived the interrupt
            repl.press("Enter");
            repl.waitUntil(h -> h.matches("(?s).*Out\\[\\d+\\]: true.*"), "answer > 42 to be true", WAIT);

            repl.type("void sleepQuietly() { try { Thread.sleep(300); } catch (InterruptedException e) { } }");
            repl.press("Enter");
            repl.type("Object left = new Object(), right = new Object();");
            repl.press("Enter");
            repl.type("var a = new Thread(() -> { synchronized (left) { sleepQuietly(); synchronized (right) { } } }, \"worker-1\");"
                    + " var b = new Thread(() -> { synchronized (right) { sleepQuietly(); synchronized (left) { } } }, \"worker-2\");"
                    + " a.start(); b.start(); a.join();");
            repl.press("Enter");
            repl.waitFor("▶ running", WAIT);
            repl.waitFor("▶ running 2.", WAIT);               // the two threads have taken their first locks, even on a
                                                              // machine so loaded that they start late
            repl.press("C-c");
            String explained = repl.waitFor("deadlocked", WAIT);
            assertTrue(explained.contains("worker-1 holds") && explained.contains("worker-2 holds"),
                    "the deadlock is not explained:\n" + repl.screen());

            repl.type("exit");                                // as in jupyter console and Python (Ctrl-D too)
            repl.press("Enter");
            repl.waitFor("EXITED 0", WAIT);
        }
        Path history = home.resolve("state/threadlab/repl_history");
        assertTrue(Files.readString(history).contains("long answer = 20 + 22;"), "history not kept in " + history);
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void codeOnAPipeRunsSnippetBySnippet(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("script.jsh");
        Files.writeString(script, "int square(int x) {\n    return x * x;\n}\nSystem.out.println(square(7));\nsquare(3)\n");
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Tmux.threadlab("repl")).directory(dir.toFile())
                .redirectInput(script.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("threadlab repl < script did not end within 2 minutes: " + Files.readString(out));
        }
        String printed = Files.readString(out);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("49\n9"), "the snippets' output and the last value: " + printed);
    }
}
