package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
final class JShellInterpreterIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void anExpressionShowsItsValueAsPlainText() {
        assertEquals("2", EngineCells.plain(engine.run("1 + 1")));
    }

    @Test
    void aDeclarationShowsNothing() {
        assertNull(EngineCells.plain(engine.run("int declared = 3;")));
    }

    @Test
    void aCellOfSeveralSnippetsRunsThemAllAndShowsTheLastValue() {
        RecordingOutput output = new RecordingOutput();
        assertEquals("\"hello world\"", EngineCells.plain(engine.run("""
                import java.util.stream.*;
                String greet(String who) { return "hello " + who; }
                var who = "world";
                System.out.println("printed");
                greet(who)
                """, output)));
        assertEquals("printed\n", output.stdout());
    }

    @Test
    void aClassCanBeRedefinedInALaterCell() {
        engine.run("record Point(int x, int y) {}");
        assertEquals("Point[x=1, y=2]", EngineCells.plain(engine.run("new Point(1, 2)")));
        engine.run("record Point(int x, int y, int z) { Point(int x, int y) { this(x, y, 0); } }");
        assertEquals("Point[x=1, y=2, z=0]", EngineCells.plain(engine.run("new Point(1, 2)")));
    }

    @Test
    void aMethodJShellCannotWeaveItsStopChecksIntoStillLoadsAndTheEngineKeepsItsState() {
        // JShell's weaver resolves a cell's own classes through the system class loader (JDK-8366926): a
        // handler that merges values of a cell's class failed it, and the engine was given up (exit 137).
        engine.run("int kept = 41;");
        engine.run("class Vault { final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock(); int taken; void take() { taken++; } }");
        ExecuteOutcome defined = engine.run("""
                static void both(Vault a, Vault b) {
                    try {
                        Vault first = a.hashCode() < b.hashCode() ? a : b;
                        Vault second = first == a ? b : a;
                        first.lock.lock();
                        try {
                            second.lock.lock();
                            try {
                                a.take();
                            } finally {
                                second.lock.unlock();
                            }
                        } finally {
                            first.lock.unlock();
                        }
                    } catch (Throwable swallowed) { }
                }
                """);
        assertFalse(defined instanceof Failed, () -> ((Failed) defined).evalue());
        assertEquals("42", EngineCells.plain(engine.run("var vault = new Vault(); both(vault, new Vault()); kept + vault.taken")));
    }

    @Test
    void aCompileErrorNamesTheCellLineAndColumn() {
        Failed failed = assertInstanceOf(Failed.class, engine.run("int a = 1;\nint b = 2;\nint c = a + nope;"));
        assertEquals("CompileError", failed.ename());
        assertTrue(failed.evalue().contains("cannot find symbol"), failed.evalue());
        assertEquals("nope is not declared in this session: run the cell that declares it first (after a restart or"
                + " %reset, the kernel has forgotten every cell that ran before), or check its spelling.",
                failed.traceback().get(0), "what happened, in words, before javac's detail");
        assertEquals("cannot find symbol: variable nope", failed.traceback().get(1), "javac's detail, in the traceback");
        assertEquals("line 3, column 13:", failed.traceback().get(2));
        assertEquals("    int c = a + nope;", failed.traceback().get(3));
        assertEquals("                ^", failed.traceback().get(4));
        assertFalse(failed.traceback().stream().anyMatch(l -> l.strip().equals("location: class")),
                "JShell's nameless wrapper class must not show: " + failed.traceback());
    }

    @Test
    void aRuntimeExceptionShowsUserFramesWithCellLines() {
        Failed failed = assertInstanceOf(Failed.class, engine.run("""
                int divide(int a, int b) {
                    return a / b;
                }
                int unused = 0;
                divide(1, 0)
                """));
        assertEquals("ArithmeticException", failed.ename());
        assertEquals("/ by zero", failed.evalue());
        assertEquals(java.util.List.of("java.lang.ArithmeticException: / by zero",
                "    at divide (cell line 2)", "    at cell line 5"), failed.traceback());
    }

    @Test
    void anAnonymousOrLocalClassIsNamedInWordsInTheErrorAndItsFrames() {
        Failed anonymous = assertInstanceOf(Failed.class, engine.run("throw new RuntimeException(\"x\") {};"));
        assertEquals("anonymous RuntimeException", anonymous.ename());
        assertEquals("anonymous RuntimeException: x", anonymous.traceback().getFirst());
        Failed local = assertInstanceOf(Failed.class, engine.run("""
                void go() {
                    class Local {
                        void run() {
                            Runnable r = new Runnable() {
                                public void run() { throw new IllegalStateException("deep"); }
                            };
                            r.run();
                        }
                    }
                    new Local().run();
                }
                go();
                """));
        assertEquals(java.util.List.of("java.lang.IllegalStateException: deep",
                "    at run in an anonymous class in Local (cell line 5)", "    at Local.run (cell line 7)",
                "    at go (cell line 10)", "    at cell line 12"), local.traceback());
    }

    @Test
    void theInterpreterAnswersFromBracketsUntilACellHasRunThenFromJShell() {
        try (JShellInterpreter java = new JShellInterpreter()) {
            assertInstanceOf(Completeness.Complete.class, java.isComplete("static"), "brackets alone: all closed");
            assertInstanceOf(Completeness.Incomplete.class, java.isComplete("if (true)"), "brackets: a header");
            assertEquals(new Completeness.Incomplete("    "), java.isComplete("class Box {"));
            assertInstanceOf(ExecuteOutcome.Ok.class, java.execute(new Cell("int y = 1;", 1, false, false),
                    new RecordingOutput()));
            assertInstanceOf(Completeness.Incomplete.class, java.isComplete("static"), "JShell: the declaration is missing");
            assertInstanceOf(Completeness.Incomplete.class, java.isComplete("if (true)"), "JShell: the body is missing");
        }
    }
}
