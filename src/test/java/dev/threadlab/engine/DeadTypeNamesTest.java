package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.JShell;
import jdk.jshell.Snippet.Status;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JShell forgets the names of classes that are gone, and then infers types again (local engine). */
final class DeadTypeNamesTest {

    private static final String ANONYMOUS_RUNNABLE = "var task = new Runnable() { public void run() {} };";

    private JShell jshell;
    private DeadTypeNames deadTypes;

    @BeforeEach
    void startJShell() {
        jshell = LocalJShell.start();
        deadTypes = DeadTypeNames.of(jshell);
    }

    @AfterEach
    void closeJShell() {
        jshell.close();
    }

    @Test
    void aDroppedClassNoLongerBreaksAVarOfAnAnonymousClass() {
        assertTrue(deadTypes.reachable(), "the tests run with --add-opens jdk.jshell/jdk.jshell");
        LocalJShell.eval(jshell, "class Helper {}");
        jshell.types().toList().forEach(jshell::drop);
        assertEquals(1, deadTypes.forget());

        SnippetEvent task = LocalJShell.eval(jshell, ANONYMOUS_RUNNABLE);
        assertEquals(Status.VALID, task.status(), jshell.diagnostics(task.snippet()).toList().toString());
        assertEquals("<anonymous class implementing Runnable>", ((VarSnippet) task.snippet()).typeName());
        SnippetEvent thread = LocalJShell.eval(jshell, "var worker = new Thread() {};");
        assertEquals(Status.VALID, LocalJShell.eval(jshell, "Thread plain = worker;").status());
        assertEquals("<anonymous class extending Thread>", ((VarSnippet) thread.snippet()).typeName());
    }

    @Test
    void aClassThatDidNotCompileNoLongerBreaksAVarOfAnAnonymousClassAndMayBeDeclaredAgain() {
        assertEquals(Status.REJECTED, LocalJShell.eval(jshell, "class Account { int balance = \"none\"; }").status());
        assertEquals(Status.RECOVERABLE_NOT_DEFINED, LocalJShell.eval(jshell, "Account open() { return new Account(); }")
                .status());
        assertEquals(1, deadTypes.forget());
        assertEquals(Status.VALID, LocalJShell.eval(jshell, ANONYMOUS_RUNNABLE).status());

        assertEquals(Status.VALID, LocalJShell.eval(jshell, "class Account { int balance = 5; }").status());
        assertEquals(Status.VALID, jshell.methods().findFirst().map(jshell::status).orElseThrow(),
                "the method that waited for the class is updated");
        assertEquals("5", LocalJShell.eval(jshell, "open().balance").value());
        assertEquals(0, deadTypes.forget(), "a class that is declared stays");
    }

    @Test
    void aClassReplacedByAnotherOfTheSameNameStays() {
        LocalJShell.eval(jshell, "class Point { int x; }");
        LocalJShell.eval(jshell, "class Point { int x, y; }");
        assertEquals(0, deadTypes.forget());
        assertEquals(Status.VALID, LocalJShell.eval(jshell, ANONYMOUS_RUNNABLE).status());
    }
}
