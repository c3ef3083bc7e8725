package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.Inspection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
final class CodeAssistIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();
    private static final JShellInterpreter kernel = engine.kernel();

    @Test
    void completingStrOffersString() {
        Completion completion = kernel.complete("Str", 3);
        assertTrue(completion.matches().contains("String"), completion.matches().toString());
        assertEquals(0, completion.start());
        assertEquals(3, completion.end());
    }

    @Test
    void completingAMethodOfAStringOffersLength() {
        Completion completion = kernel.complete("\"abc\".len", 9);
        assertTrue(completion.matches().contains("length()"), completion.matches().toString());
        assertEquals(6, completion.start());
    }

    @Test
    void completionWorksOnTheSecondLineOfACell() {
        String code = "int x = 1;\nMath.ma";
        Completion completion = kernel.complete(code, code.length());
        assertTrue(completion.matches().contains("max("), completion.matches().toString());
        assertEquals(code.indexOf("ma", 12), completion.start());
    }

    @Test
    void completionKnowsVariablesDeclaredEarlierInTheSameCell() {
        String code = "import java.util.*;\nvar words = new ArrayList<String>();\nwords.add(\"a\");\nwords.stre";
        Completion completion = kernel.complete(code, code.length());
        assertTrue(completion.matches().contains("stream()"), completion.matches().toString());
        assertEquals(code.lastIndexOf("stre"), completion.start());
        assertEquals(code.length(), completion.end());
    }

    @Test
    void inspectionKnowsVariablesDeclaredEarlierInTheSameCell() {
        String code = "String greeting = \"hi\";\ngreeting.toUpperCase";
        var inspection = kernel.inspect(code, code.length(), 0);
        assertTrue(inspection.found(), "no docs for a method of a variable declared in the same cell");
        assertTrue(inspection.data().data().get("text/plain").contains("toUpperCase"));
    }

    @Test
    void completionCountsCodePointsNotUtf16Units() {
        String code = "String s = \"🎉\";\nStr";
        int cursor = code.codePointCount(0, code.length());
        Completion completion = kernel.complete(code, cursor);
        assertTrue(completion.matches().contains("String"), completion.matches().toString());
        assertEquals(cursor - 3, completion.start());
        assertEquals(cursor, completion.end());
    }

    @Test
    void aCursorOutOfRangeIsClampedNotThrown() {
        Completion empty = kernel.complete("", 99);
        assertEquals(0, empty.start());
        assertEquals(0, empty.end());
        assertTrue(kernel.complete("Str", 99).matches().contains("String"));
        assertEquals(0, kernel.complete("Str", -5).end());
    }

    @Test
    void inspectingStringFindsItsJavadoc() {
        Inspection inspection = kernel.inspect("String", 6, 0);
        assertTrue(inspection.found());
        String text = inspection.data().data().get("text/plain");
        assertTrue(text.startsWith("java.lang.String"), text);
        assertTrue(text.contains("character strings"), text);
    }

    @Test
    void inspectingMathMaxFindsItsOverloads() {
        for (String code : new String[] {"Math.max(", "Math.max", "Math.max(1, 2)"}) {
            Inspection inspection = kernel.inspect(code, "Math.ma".length(), 1);
            assertTrue(inspection.found(), code);
            assertTrue(inspection.data().data().get("text/plain").contains("int Math.max(int a, int b)"), code);
        }
    }

    @Test
    void javadocReadOnceIsShownAgainButNeverForALearnersClassOfTheSameName() {
        String code = "Character.isDigit(";
        String jdk = kernel.inspect(code, code.length(), 0).data().data().get("text/plain");
        assertTrue(jdk.contains("boolean Character.isDigit(char ch)") && jdk.contains("digit"), jdk);
        assertEquals(jdk, kernel.inspect(code, code.length(), 0).data().data().get("text/plain"), "read again");

        // (no other test of this class uses Character: the declaration stays for the rest of the class)
        EngineCells.plain(engine.run("class Character { static boolean isDigit(char ch) { return false; } }"));
        String own = kernel.inspect(code, code.length(), 0).data().data().get("text/plain");
        assertEquals("boolean Character.isDigit(char ch)", own.strip(), "the learner's class has no Javadoc");
    }

    @Test
    void inspectingTheToolkitShowsItsJavadocAsTheJdksIsShown() {
        String io = kernel.inspect("Work.io", "Work.io".length(), 0).data().data().get("text/plain");
        assertTrue(io.startsWith("void Work.io(Duration duration)\n\nBlocks the current thread for duration"), io);
        String timeline = kernel.inspect("Timeline", "Timeline".length(), 0).data().data().get("text/plain");
        assertTrue(timeline.contains("Records what ran on which thread"), timeline);
        assertTrue(timeline.contains("try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {"), timeline);
        assertTrue(timeline.contains("Spans come from Timeline.span"), timeline);
        String release = kernel.inspect("new Semaphore(1).release", "new Semaphore(1).release".length(), 0)
                .data().data().get("text/plain");
        assertTrue(release.contains("by calling Semaphore.acquire."), release);
    }

    @Test
    void inspectingNothingFindsNothing() {
        assertFalse(kernel.inspect("   ", 1, 0).found());
    }

    @Test
    void completeCodeIsComplete() {
        for (String code : new String[] {"1+1;", "int x = 1;", "", "1 + 1", "class A { }", "// just a comment"}) {
            assertInstanceOf(Completeness.Complete.class, kernel.isComplete(code), code);
        }
    }

    @Test
    void unfinishedCodeIsIncompleteWithIndent() {
        assertEquals(new Completeness.Incomplete("    "), kernel.isComplete("for (int i = 0; i < 10; i++) {"));
        assertEquals(new Completeness.Incomplete("    "), kernel.isComplete("class A {"));
        assertEquals(new Completeness.Incomplete("        "), kernel.isComplete("class A {\n  void f() {"));
        assertEquals(new Completeness.Incomplete(""), kernel.isComplete("int x = 1 +"));
    }

    @Test
    void codeThatCanNeverBeValidIsInvalid() {
        assertInstanceOf(Completeness.Invalid.class, kernel.isComplete(")"));
        assertInstanceOf(Completeness.Invalid.class, kernel.isComplete("int f() { return 1; }}"));
    }
}
