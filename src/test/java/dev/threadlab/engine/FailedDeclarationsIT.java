package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aCheckOfAnAnswerWhoseLatestVersionDidNotCompileEarnsNothingInsteadOfTestingTheOlderOne() {
        String check = "Check.cell(\"t-older\", c -> c.that(1, \"triples\", () -> Assertions.assertEquals(9, triple(3))))";
        engine.run("int triple(int n) { return 3 * n; }");
        int older = engine.count();
        RecordingOutput passing = new RecordingOutput();
        assertEquals("1", EngineCells.plain(engine.run(check, passing)));
        failed("int triple(int n) { return 3 * n }");
        int broken = engine.count();

        RecordingOutput refused = new RecordingOutput();
        Failed result = assertInstanceOf(Failed.class, engine.run(check, refused));
        String why = "Not checked: your latest triple did not compile (In [" + broken + "], line 1): ';' expected. This"
                + " check would test the older triple, from In [" + older + "], not the code in your answer cell. Fix"
                + " the error in In [" + broken + "] and run that cell again, then run this check.";
        assertEquals("CheckFailed", result.ename());
        assertEquals("0 of 1 points. " + why, result.evalue());
        List<RecordingOutput.Call> reports = refused.calls().stream().filter(c -> c.kind().equals("report")).toList();
        assertEquals(1, reports.size(), "progress hears of the failure");
        assertTrue(reports.getFirst().text().contains("\"points\":0,\"max\":1,\"passed\":false"), reports.getFirst().text());
        assertEquals("", refused.stderr(), "a check cell writes nothing to stderr");

        RecordingOutput other = new RecordingOutput();
        assertEquals("6", EngineCells.plain(engine.run("triple(2)", other)), "other cells run the older version");
        assertEquals("Note: your latest triple did not compile (In [" + broken + "], line 1): ';' expected. This cell"
                + " runs the older triple, from In [" + older + "].\n", other.stderr());

        engine.run("int triple(int n) { return n + n + n; }");
        RecordingOutput fixed = new RecordingOutput();
        assertEquals("1", EngineCells.plain(engine.run(check, fixed)), "fixed and run again, it is checked");
        RecordingOutput after = new RecordingOutput();
        assertEquals("3", EngineCells.plain(engine.run("triple(1)", after)));
        assertEquals("", after.stderr(), "no note once the answer is fixed");
    }

    @Test
    void aCellRunAgainThatStoppedBeforeAnUnchangedDeclarationLeavesTheCheckAlone() {
        String check = "Check.cell(\"t-same\", c -> c.that(1, \"seven\", () -> Assertions.assertEquals(7, seven())))";
        engine.run("int seven() { return 7; }");
        failed("int zero = 0; int boom = 1 / zero;\nint seven() { return 7; }");
        assertEquals("1", EngineCells.plain(engine.run(check)), "the same seven stands: nothing older is tested");

        failed("int boomAgain = 1 / zero;\nint seven() { return 8; }");
        int changed = engine.count();
        Failed refused = failed(check);
        assertTrue(refused.evalue().startsWith("0 of 1 points. Not checked: your latest seven was never declared: In ["
                + changed + "] stopped at line 1, before reaching it"), refused.evalue());
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
        assertEquals("greet (In [" + cell + "], line 2) was created, but cannot be used until method helper() is"
                + " declared. Declare it, or fix that cell, and run it again.", check.traceback().getFirst());
        engine.run("void helper() {}");
        assertEquals(null, EngineCells.plain(engine.run("greet()")), "declared now, it runs");
    }

    @Test
    void aTypoInAMethodIsNamedWhereTheMethodIsDeclaredAndInTheRowsOfItsCheck() {
        RecordingOutput answer = new RecordingOutput();
        assertEquals(null, EngineCells.plain(engine.run("int sum(List<Integer> numbers, int start) {\n"
                + "    int total = strat;\n    for (int n : numbers) total += n;\n    return total;\n}", answer)));
        int cell = engine.count();
        assertEquals("Note: sum was created, but cannot be used until variable strat is declared. Is strat a typo for"
                + " start? Fix the name and run this cell again.\n", answer.stderr());

        RecordingOutput checked = new RecordingOutput();
        Failed check = assertInstanceOf(Failed.class, engine.run("Check.cell(\"t-typo\", c -> c.that(1, \"sums\","
                + " () -> Assertions.assertEquals(6, sum(List.of(1, 2, 3), 0))))", checked));
        assertEquals("CheckFailed", check.ename());
        String report = checked.calls().stream().filter(c -> c.kind().equals("report")).findFirst().orElseThrow().text();
        assertTrue(report.contains("\"message\":\"sum (In [" + cell + "], line 1) was created, but cannot be used until"
                + " variable strat is declared. Is strat a typo for start? Fix that cell and run it again.\""), report);
        assertFalse(report.contains("SPIResolutionException"), report);
    }

    @Test
    void aNameDeclaredNowhereInTheSessionIsSaidPlainlyBeforeJavacsDetail() {
        Failed check = failed("Check.cell(\"t-undeclared\", c -> c.that(1, \"gathers\", () -> gatherAll(List.of())))");
        assertEquals("gatherAll is not declared in this session: run the lesson's set-up cell and your answer cell"
                + " first, then this check (after a restart or %reset, the kernel has forgotten every cell that ran"
                + " before).", check.traceback().getFirst());
        assertTrue(check.evalue().endsWith("\ncannot find symbol: method gatherAll(java.util.List<java.lang.Object>)"),
                check.evalue());
        assertTrue(check.traceback().contains("cannot find symbol: method gatherAll(java.util.List<java.lang.Object>)"),
                "javac's detail stays, where front ends show it: " + check.traceback());

        Failed variable = failed("int next = counterValue + 1;");
        assertEquals("counterValue is not declared in this session: run the cell that declares it first (after a"
                + " restart or %reset, the kernel has forgotten every cell that ran before), or check its spelling.",
                variable.traceback().getFirst());
        assertEquals("Nowhere is not declared in this session: run the cell that declares it first (after a restart"
                + " or %reset, the kernel has forgotten every cell that ran before), or check its spelling.",
                failed("new Nowhere()").traceback().getFirst());

        engine.run("int grandTotal = 4;");
        assertEquals("grandTotl is not declared in this session: is it a typo for grandTotal? If it is declared in"
                + " another cell, run that cell first (after a restart or %reset, the kernel has forgotten every cell"
                + " that ran before).", failed("grandTotl * 2").traceback().getFirst());

        Failed member = failed("List.off(1)");
        assertTrue(member.traceback().getFirst().startsWith("line 1, column"), "a missing member is javac's alone: "
                + member.traceback());
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
