package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.testing.RecordingOutput;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("integration")
final class FailedDeclarationsIT {

    @RegisterExtension
    static final EngineCells engine = new EngineCells();

    private static Failed failed(String code) {
        return assertInstanceOf(Failed.class, engine.run(code));
    }

    @Test
    void aCheckOfAnAnswerThatDidNotCompileSaysFirstWhichCellAndLineAndWhy() {
        Failed answer = failed("import java.util.*;\nstatic void runAll(List<Runnable> tasks) {\n"
                + "    for (Runnable t : tasks) t.run()\n}");
        int cell = engine.count();
        Failed check = failed("Check.cell(\"t-compile\", c -> c.that(1, \"runs\", () -> runAll(List.of())))");
        String first = "runAll did not compile (In [" + cell + "], line 3): ';' expected. Fix that cell and run it again.";
        assertEquals("CompileError", answer.ename());
        assertEquals("CompileError", check.ename());
        assertEquals(first, check.traceback().getFirst());
        assertTrue(check.evalue().startsWith(first + "\n"), check.evalue());
        assertTrue(check.traceback().get(1).startsWith("cannot find symbol: method runAll"),
                "the check's own error follows: " + check.traceback());
        assertTrue(check.traceback().get(2).startsWith("line 1, column "), check.traceback().toString());
    }

    @Test
    void declarationsAfterTheFailedOneWereNeverReachedAndSaySo() {
        failed("int broken = \"text\";\nint twice(int n) { return 2 * n; }");
        int cell = engine.count();
        Failed use = failed("twice(3)");
        assertEquals("twice was never declared: In [" + cell + "] stopped at line 1, before reaching it (incompatible"
                + " types: java.lang.String cannot be converted to int). Fix that cell and run it again.",
                use.traceback().getFirst());
        Failed variable = failed("broken + 1");
        assertTrue(variable.traceback().getFirst().startsWith("broken did not compile (In [" + cell + "], line 1)"),
                variable.traceback().getFirst());
    }

    @Test
    void aMethodThatWaitsForAMissingNameSaysSoInTheCheckThatCallsIt() {
        engine.run("int answer() { return 1; }\nvoid greet() { helper(); }");
        int cell = engine.count();
        Failed check = failed("Check.cell(\"t-unresolved\", c -> c.that(1, \"greets\", () -> greet()))");
        assertEquals("greet cannot run (In [" + cell + "], line 2): method greet() cannot be used until method helper()"
                + " is declared. Declare it, or fix that cell, and run it again.", check.traceback().getFirst());
        engine.run("void helper() {}");
        assertEquals(null, EngineCells.plain(engine.run("greet()")), "declared now, it runs");
    }

    @Test
    void aSignatureThatNeedsAMissingTypeSaysSoWhereItIsUsed() {
        failed("Widget make() { return null; }");
        int cell = engine.count();
        Failed use = failed("var w = make();");
        assertEquals("make cannot be used (In [" + cell + "], line 1): UnresolvedReference: method make() cannot be"
                + " defined until class Widget is declared. Fix that cell and run it again.", use.traceback().getFirst());
    }

    @Test
    void aDeclarationThatWaitedForATypeIsNotBlamedOnceTheTypeIsDeclared() {
        failed("Gadget build() { return new Gadget(); }");
        engine.run("class Gadget {}");
        Failed other = failed("build().nope()");
        assertTrue(other.traceback().getFirst().startsWith("line 1, column"), other.traceback().toString());
    }

    @Test
    void onceTheAnswerIsFixedItsOldFailureIsForgotten() {
        failed("String shout(String s) { return s.toUpperCase() }");
        engine.run("String shout(String s) { return s.toUpperCase(); }");
        Failed other = failed("shout(\"a\").nope()");
        assertTrue(other.traceback().getFirst().startsWith("line 1, column"), other.traceback().toString());
        assertEquals(List.of(), other.traceback().stream().filter(l -> l.contains("did not compile")).toList());
    }

    @Test
    void aCellThatFailsForItsOwnReasonIsNotBlamedOnItself() {
        Failed own = failed("int thrice(int n) { return 3 * n }");
        assertTrue(own.traceback().getFirst().startsWith("line 1, column"), own.traceback().toString());
    }

    @Test
    void aNameInAStringOrACommentIsNoUseOfAFailedDeclaration() {
        failed("int label = \"a\";");
        Failed thrown = failed("throw new IllegalStateException(\"label\"); // not label either");
        assertEquals("java.lang.IllegalStateException: label", thrown.traceback().getFirst());
        assertEquals("label", thrown.evalue());
    }

    @Test
    void aCellThatDeclaresAgainWhatAnEarlierCellFailedToIsToldItsOwnErrorOnly() {
        failed("int count = \"one\";");
        Failed again = failed("int count = \"two\";");
        assertEquals("incompatible types: java.lang.String cannot be converted to int", again.evalue());
        assertEquals("line 1, column 13:", again.traceback().getFirst());
    }

    @Test
    void aClassThatDidNotCompileLeavesLaterVarsOfAnonymousClassesAndInspectionWorking() {
        failed("class Ledger { int total = \"none\"; }");
        assertTrue(engine.kernel().inspect("new Thread(", 11, 0).found(), "Thread's constructor has its Javadoc");
        RecordingOutput output = new RecordingOutput();
        assertEquals("\"Thread\"", EngineCells.plain(engine.run("var task = new Runnable() { public void run() {"
                + " System.out.println(\"ran\"); } };\ntask.run();\nvar worker = new Thread() {};\nThread plain = worker;\n"
                + "plain.getClass().getSuperclass().getSimpleName()", output)));
        assertEquals("ran\n", output.stdout());
    }
}
