package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JShell forgets the class files of dropped snippets (user code runs in this JVM here: JShell's local engine). */
final class CompiledClassesTest {

    private JShell jshell;
    private CompiledClasses compiled;

    @BeforeEach
    void startJShell() {
        jshell = LocalJShell.start();
        compiled = CompiledClasses.of(jshell);
    }

    @AfterEach
    void closeJShell() {
        jshell.close();
    }

    private SnippetEvent eval(String source) {
        return LocalJShell.eval(jshell, source);
    }

    /** Drops {@code snippet} and forgets its class files, as Session does with temporaries. */
    private void dropAndForget(Snippet snippet) {
        String className = jshell.sourceCodeAnalysis().wrapper(snippet).fullClassName();
        jshell.drop(snippet);
        compiled.forget(List.of(className));
    }

    @Test
    void classFilesOfDroppedSnippetsAreForgottenAndNoOthers() {
        assertTrue(compiled.reachable(), "the tests run with --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED (pom.xml)");
        eval("int kept = 5;");
        int withKept = compiled.size();
        for (int i = 0; i < 10; i++) {
            SnippetEvent temporary = eval("new Object() { int twice() { return " + i + " * 2; } }.twice()");
            assertEquals(String.valueOf(i * 2), temporary.value());
            assertTrue(compiled.size() >= withKept + 2, "the temporary and its anonymous class: " + compiled.size());
            dropAndForget(temporary.snippet());
            assertEquals(withKept, compiled.size(), "after dropping temporary " + i);
        }
        assertEquals("6", eval("kept + 1").value(), "the kept variable's class is still there");
    }

    @Test
    void cellsAfterForgettingCompileAndRunAsBefore() {
        for (int i = 0; i < 5; i++) {
            dropAndForget(eval(i + " + 1").snippet());
        }
        SnippetEvent method = eval("int twice(int x) { return 2 * x; }");
        assertEquals(Snippet.Status.VALID, method.status());
        assertEquals("14", eval("twice(7)").value());
        assertEquals(Snippet.Status.REJECTED, eval("$1 + 1").status(), "a dropped temporary stays unknown");
    }

    @Test
    void forgettingNothingOrUnknownNamesChangesNothing() {
        eval("int kept = 5;");
        int before = compiled.size();
        compiled.forget(List.of());
        compiled.forget(List.of("REPL.NoSuchClass"));
        assertEquals(before, compiled.size());
    }
}
