package dev.threadlab.engine;

import static dev.threadlab.engine.JShellInternals.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JShell's kept wrappers lose their import preludes and still map lines and positions as before (user code
 * runs in this JVM here: JShell's local engine).
 */
final class WrapperPreludesTest {

    private JShell jshell;
    private WrapperPreludes preludes;

    @BeforeEach
    void startJShell() {
        jshell = LocalJShell.start();
        preludes = WrapperPreludes.of(jshell);
    }

    @AfterEach
    void closeJShell() {
        jshell.close();
    }

    private SnippetEvent eval(String source) {
        return LocalJShell.eval(jshell, source);
    }

    private long keptText() {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        return jshell.snippets().filter(s -> s.kind() != Snippet.Kind.IMPORT)
                .mapToLong(s -> analysis.wrapper(s).wrapped().length()).sum();
    }

    /**
     * For each character of each snippet's source: the character and line of the wrapped text it maps to, and
     * where that place maps back to in the source (JShell's mappings are not exact for every character, so
     * they must only stay what they were).
     */
    private List<String> mapping() {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        List<String> seen = new ArrayList<>();
        jshell.snippets().filter(s -> s.kind() != Snippet.Kind.IMPORT).forEach(s -> {
            SourceCodeAnalysis.SnippetWrapper wrapper = analysis.wrapper(s);
            String wrapped = wrapper.wrapped();
            StringBuilder line = new StringBuilder(s.id() + ":");
            for (int i = 0; i < wrapper.source().length(); i++) {
                int at = wrapper.sourceToWrappedPosition(i);
                if (at <= 0) { // JShell maps what it left out of the wrapper (a var's semicolon) to the start
                    line.append(" -");
                    continue;
                }
                line.append(' ').append(wrapped.charAt(at))
                        .append(wrapped.substring(0, at).chars().filter(c -> c == '\n').count())
                        .append('/').append(wrapper.wrappedToSourcePosition(at));
            }
            seen.add(line.toString());
        });
        return seen;
    }

    private void declareMany(int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(String.valueOf(i), eval("int v" + i + " = " + i + ";").value());
        }
    }

    @Test
    void preludesBecomeBlankLinesAndEveryPositionAndLineStillMaps() {
        assertTrue(preludes.reachable(), "the tests run with --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED (pom.xml)");
        eval("""
                int late(int x) {
                    int y = x + v0;
                    return y / 0;
                }""");
        declareMany(150);
        eval("int w = late(2) + v149;");
        List<String> linesBefore = mapping();
        long before = keptText();

        assertTrue(preludes.slim() > 100, "slimmed too few"); // all but the first ~15 (shorter preludes)
        assertEquals(linesBefore, mapping(), "a snippet's characters moved to other lines of its wrapper");
        long after = keptText();
        assertTrue(after * 5 < before, "kept text " + before + " -> " + after + " characters");
        assertEquals(0, preludes.slim(), "slimmed again");
    }

    @Test
    void aStackTraceThroughAnEarlierCellsMethodStillNamesItsLine() {
        declareMany(40); // so that the method's wrapper has a prelude worth slimming
        Snippet late = eval("""
                int late(int x) {
                    int y = x + v39;
                    return y / 0;
                }""").snippet();
        assertTrue(preludes.slim() > 0);

        SnippetEvent call = eval("late(3)");
        EvalException thrown = assertInstanceOf(EvalException.class, call.exception());
        StackTraceElement top = thrown.getStackTrace()[0];
        assertEquals("#" + late.id(), top.getFileName());
        assertEquals(3, top.getLineNumber(), "the division is on the method's third line");
    }

    @Test
    void laterCellsStillCompileRedefineAndReportErrorsWhereTheyAre() {
        eval("int f() { return 1; }");
        eval("int g() { return f() + 1; }");
        declareMany(40);
        preludes.slim();

        eval("int f() { return 10; }");
        assertEquals("11", eval("g() + v0").value(), "g was compiled again against the new f");
        assertEquals("39", eval("v39").value());
        SnippetEvent wrong = eval("int bad = v1 + undefinedName;");
        List<Diag> diagnostics = jshell.diagnostics(wrong.snippet()).toList();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals("int bad = v1 + ".length(), diagnostics.get(0).getStartPosition(), "where the error is");
    }

    @Test
    void overloadsRecordsEnumsAndARejectedSnippetStillMapAfterSlimming() {
        declareMany(40);
        eval("int pick(int x) { return x; }");
        eval("""
                int pick(String s) {
                    int n = s.length();
                    return n / (n - n);
                }""");
        eval("record Pair(int a, int b) { int sum() { return a + b; } }");
        eval("enum Mode { FAST, SLOW }");
        SnippetEvent rejected = eval("int broken = v1 + \"text\" * 2;");
        List<String> before = mapping();
        List<String> rejectedDiagnostics = jshell.diagnostics(rejected.snippet())
                .map(d -> d.getStartPosition() + "-" + d.getEndPosition()).toList();

        assertTrue(preludes.slim() > 20); // the later declarations and the five snippets above
        assertEquals(before, mapping());
        assertEquals(rejectedDiagnostics, jshell.diagnostics(rejected.snippet())
                .map(d -> d.getStartPosition() + "-" + d.getEndPosition()).toList());
        assertEquals("7", eval("new Pair(3, 4).sum()").value());
        assertEquals("SLOW", eval("Mode.valueOf(\"SLOW\")").value());
        assertEquals("5", eval("pick(5)").value());
        EvalException thrown = assertInstanceOf(EvalException.class, eval("pick(\"abc\")").exception());
        assertEquals(3, thrown.getStackTrace()[0].getLineNumber(), "the division is on the overload's third line");
    }

    @Test
    void generatedClassesKeptForStackTracesAreSlimmedToo() throws ReflectiveOperationException {
        declareMany(40);
        eval("class Holder { int twice(int x) { return 2 * x; } }");
        eval("Holder h = new Holder();");
        preludes.slim();
        Object outerMap = field(JShell.class, "outerMap").get(jshell);
        Map<?, ?> classOuters = (Map<?, ?>) field(outerMap.getClass(), "classOuters").get(outerMap);
        for (Object outer : classOuters.values()) {
            Object wrap = field(outer.getClass().getSuperclass(), "w").get(outer);
            String wrapped = (String) field(wrap.getClass(), "wrapped").get(wrap);
            assertTrue(!wrapped.startsWith("package REPL;") || wrapped.length() < 2 * WrapperPreludes.WORTH_SLIMMING,
                    "a generated class's wrapper kept its prelude: " + wrapped.length() + " characters");
        }
        assertEquals("14", eval("h.twice(7)").value());
    }

    @Test
    void aBlankPreludeHasTheSameLinesAndKeepsTheClassHeader() {
        String first = "package REPL;\nimport static REPL.$JShell$1.a;\nimport static REPL.$JShell$2.b;\n\nclass X {\n";
        String blank = WrapperPreludes.blankPrelude(first);
        assertEquals("package REPL;\n\n\n\nclass X {\n", blank);
        assertEquals(first.chars().filter(c -> c == '\n').count(), blank.chars().filter(c -> c == '\n').count());
    }
}
