package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import dev.threadlab.interpreter.ExpressionOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class LifecycleIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void languageInfoNamesJavaAndItsVersion() {
        var info = kernel.languageInfo();
        assertEquals("java", info.name());
        assertEquals(Integer.toString(Runtime.version().feature()), info.version());
        assertEquals("text/x-java-source", info.mimetype());
        assertEquals(".java", info.fileExtension());
        assertEquals("text/x-java", info.codemirrorMode());
    }

    @Test
    void userExpressionsAreEvaluatedAsText() {
        engine.run("int answer = 41;");
        assertEquals(new ExpressionOutcome.Value(dev.threadlab.display.MimeBundle.text("42")),
                kernel.evaluate("answer + 1"));
        ExpressionOutcome.Failed failed = assertInstanceOf(ExpressionOutcome.Failed.class, kernel.evaluate("1 / 0"));
        assertEquals("ArithmeticException", failed.ename());
        assertInstanceOf(ExpressionOutcome.Failed.class, kernel.evaluate("nothing here"));
    }

    @Test
    void exceptionsShowTheirCauses() {
        Failed failed = assertInstanceOf(Failed.class, engine.run("""
                void inner() { throw new IllegalStateException("inner"); }
                try {
                    inner();
                } catch (IllegalStateException e) {
                    throw new RuntimeException("outer", e);
                }
                """));
        assertEquals("RuntimeException", failed.ename());
        assertEquals("outer", failed.evalue());
        assertTrue(failed.traceback().contains("Caused by: java.lang.IllegalStateException: inner"),
                failed.traceback().toString());
        assertTrue(failed.traceback().contains("    at inner (cell line 1)"), failed.traceback().toString());
        assertTrue(failed.traceback().stream().noneMatch(l -> l.contains("jdk.") || l.contains("threadlab")),
                failed.traceback().toString());
    }

    @Test
    void suppressedExceptionsShowUnderTheExceptionWithTheirCauses() {
        Failed failed = assertInstanceOf(Failed.class, engine.run("""
                var e = new IllegalStateException("top");
                e.addSuppressed(new java.io.IOException("suppressed one", new IllegalArgumentException("why")));
                throw e;
                """));
        assertEquals("IllegalStateException", failed.ename());
        assertEquals("top", failed.evalue());
        assertEquals(List.of(
                "java.lang.IllegalStateException: top",
                "    at cell line 1",
                "    Suppressed: java.io.IOException: suppressed one",
                "        at cell line 2",
                "    Caused by: java.lang.IllegalArgumentException: why",
                "        at cell line 2"), failed.traceback());
    }

    @Test
    void aCauseCycleShowsEachExceptionOnceAndSaysWhereItTurnsBack() {
        Failed failed = assertInstanceOf(Failed.class, engine.run(
                "var a = new RuntimeException(\"A\"); var b = new RuntimeException(\"B\", a); a.initCause(b); throw b;"));
        assertEquals("RuntimeException", failed.ename());
        assertEquals("B", failed.evalue());
        assertEquals(List.of(
                "java.lang.RuntimeException: B",
                "    at cell line 1",
                "Caused by: java.lang.RuntimeException: A",
                "    at cell line 1",
                "Caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: B, shown above]"), failed.traceback());
    }

    @Test
    void usingAMethodWithAMissingDependencyIsAClearError() {
        assertInstanceOf(Ok.class, engine.run("void needsHelper() { helper(); }"));
        Failed failed = assertInstanceOf(Failed.class, engine.run("needsHelper();"));
        assertEquals("UnresolvedReference", failed.ename());
        assertTrue(failed.evalue().contains("helper()"), failed.evalue());
        Failed undefinable = assertInstanceOf(Failed.class, engine.run("class Child extends MissingParent { }"));
        assertEquals("UnresolvedReference", undefinable.ename());
        assertTrue(undefinable.evalue().contains("MissingParent"), undefinable.evalue());
    }

    @Test
    void outputOfABackgroundThreadReachesTheLastCell() throws Exception {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, engine.run("""
                new Thread(() -> {
                    try { Thread.sleep(200); } catch (InterruptedException e) { }
                    System.out.println("late");
                }).start();
                """, output));
        assertTrue(output.awaitStdout(s -> s.contains("late"), 5_000), output.stdout());
        assertTrue(output.stdout().matches("⚠ Still running from this cell: 1 thread \\(Thread-\\d+\\)\\. .*\nlate\n"),
                output.stdout());
    }

    @Test
    void stdinReadsWhatTheUserTypes() {
        RecordingOutput output = new RecordingOutput("Ada");
        Ok ok = assertInstanceOf(Ok.class, engine.run("""
                System.out.print("Name? ");
                new Scanner(System.in).nextLine()
                """, output));
        assertEquals("\"Ada\"", ok.result().data().get("text/plain"));
        assertEquals("Name? ", output.stdout());
    }

    @Test
    void readingStdinWhenTheClientCannotAnswerSaysWhy() {
        RecordingOutput output = new RecordingOutput();
        Failed failed = assertInstanceOf(Failed.class, engine.run("new Scanner(System.in).nextLine()", output));
        assertEquals("StdinNotAllowed", failed.ename());
        assertTrue(failed.evalue().contains("allow_stdin"), failed.evalue());
        assertTrue(failed.traceback().contains("NoSuchElementException: No line found"), failed.traceback().toString());
    }

    @Test
    void restartResetsStateAndKillsTheOldEngine() {
        engine.run("int beforeRestart = 1;");
        long oldPid = kernel.access().pid();
        kernel.restart();
        Failed failed = assertInstanceOf(Failed.class, engine.run("beforeRestart"));
        assertEquals("CompileError", failed.ename());
        assertTrue(ProcessHandle.of(oldPid).map(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join())
                .map(p -> !p.isAlive()).orElse(true), "old engine gone");
        assertInstanceOf(Ok.class, engine.run("1"));
    }

    @Test
    void anEngineThatCannotStartSaysWhyAndTheNextCellTriesAgain(@TempDir Path dir) throws Exception {
        Path notAnEngine = dir.resolve("not-an-engine.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(notAnEngine), new Manifest())) {
            jar.putNextEntry(new JarEntry("readme.txt"));
        }
        EngineOptions options = EngineOptions.defaults().withClassPath(List.of(notAnEngine));
        try (JShellInterpreter broken = new JShellInterpreter(options)) {
            for (int count = 1; count <= 2; count++) {
                Failed failed = assertInstanceOf(Failed.class,
                        broken.execute(new Cell("1 + 1", count, false, false), new RecordingOutput()));
                assertEquals("EngineUnavailable", failed.ename());
                assertTrue(failed.evalue().startsWith("The Java engine could not start (the Java engine exited with"
                        + " code 1 before it connected"), failed.evalue());
                assertTrue(failed.evalue().contains("dev.threadlab.agent.EngineMain"), failed.evalue());
                assertTrue(failed.evalue().endsWith("The next cell tries again with a fresh engine."), failed.evalue());
                assertFalse(failed.traceback().isEmpty());
            }
        }
    }

    @Test
    void closeLeavesNoEngineBehind() {
        JShellInterpreter other = new JShellInterpreter();
        assertInstanceOf(Ok.class, other.execute(new Cell("new ProcessBuilder(\"sleep\", \"60\").start()", 1,
                false, false), new RecordingOutput()));
        long pid = other.access().pid();
        List<ProcessHandle> children = ProcessHandle.of(pid).orElseThrow().descendants().toList();
        assertFalse(children.isEmpty(), "the engine started a child");
        other.close();
        for (ProcessHandle process : ProcessHandle.of(pid).stream().toList()) {
            process.onExit().orTimeout(5, TimeUnit.SECONDS).join();
        }
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(5, TimeUnit.SECONDS).join();
            assertFalse(child.isAlive(), "child " + child.pid() + " gone");
        }
    }

    @Test
    void anEngineThatDiesBetweenCellsIsReportedOnceAndReplaced() throws Exception {
        long pid = kernel.access().pid();
        engine.run("new Thread(() -> { try { Thread.sleep(100); } catch (InterruptedException e) { } System.exit(5); }).start();");
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join());
        Failed failed = assertInstanceOf(Failed.class, engine.run("1"));
        assertEquals("EngineExited", failed.ename());
        assertTrue(failed.evalue().contains("exited with code 5"), failed.evalue());
        assertInstanceOf(Ok.class, engine.run("2"));
    }
}
