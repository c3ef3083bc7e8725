package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JShell's imports of declarations a snippet never names are dropped while {@link UnusedImports#during} runs, and
 * every snippet means what it meant with them: a script of the cases where an import could matter, run in two
 * JShells, with and without, gives the same statuses, values, diagnostics and updates (user code runs in this JVM:
 * JShell's local engine).
 */
final class UnusedImportsTest {

    /** Snippets whose names reach earlier declarations in every way a cell can name one. */
    private static final List<String> SCRIPT = List.of(
            "int base = 20;",
            "int twice() { return doubled * 2; }", // names what does not exist yet: recoverable
            "int doubled = base + 1;",
            "twice()",
            "int f(int a) { return a + 1; }",
            "String f(String s) { return s + \"!\"; }",
            "f(1) + f(\"a\")",
            "var anonymous = new Object() { int hidden = 7; };",
            "anonymous.hidden",
            "enum Color { RED, GREEN }",
            "Color colour = Color.GREEN;",
            "switch (colour) { case RED -> 1; case GREEN -> 2; }",
            "record Point(int x, int y) { static Point origin() { return new Point(0, 0); } }",
            "Object shape = new Point(3, 4);",
            "shape instanceof Point(int a, int b) ? a + b : -1",
            "java.util.function.IntUnaryOperator plus = this_is_not_a_name -> f(this_is_not_a_name);",
            "java.util.function.Supplier<Point> make = Point::origin;",
            "make.get().x() + plus.applyAsInt(1)",
            "@interface Mark {}",
            "@Mark class Marked { Point at = new Point(1, 1); }",
            "new Marked().at.y()",
            "class Outer { static class Inner { static int value = 5; } }",
            "Outer.Inner.value",
            "missing + 1", // a name never declared: the same error
            "String base = \"changed\";", // a redeclaration: the same updates of what used it
            "doubled",
            "twice()",
            "class String2 { }",
            "class List { int size() { return -1; } }", // a type named like an imported JDK type
            "new List().size()",
            "java.util.List.of(1, 2).size()");

    private JShell with;
    private JShell without;

    @BeforeEach
    void startJShells() {
        with = LocalJShell.start();
        without = LocalJShell.start();
        for (JShell jshell : List.of(with, without)) {
            jshell.eval("import java.util.function.*;");
        }
    }

    @AfterEach
    void closeJShells() {
        with.close();
        without.close();
    }

    static String outcome(JShell jshell, SnippetEvent event) {
        String diagnostics = jshell.diagnostics(event.snippet())
                .map(d -> d.getMessage(null)).collect(Collectors.joining(" | "));
        String value = event.value() == null ? null // without the identities of objects and lambdas
                : event.value().replaceAll("/0x[0-9a-f]+", "").replaceAll("@[0-9a-f]+\\b", "@hash");
        return event.snippet().source().strip() + " -> " + event.status() + " " + value
                + (event.causeSnippet() == null ? "" : " (update)") + " " + diagnostics;
    }

    /** What {@code source} did in {@code jshell}: each event's status, value, updates and diagnostics. */
    static List<String> run(JShell jshell, String source) {
        List<String> outcomes = new ArrayList<>();
        for (SnippetEvent event : jshell.eval(source)) {
            outcomes.add(outcome(jshell, event));
        }
        return outcomes;
    }

    @Test
    void everySnippetMeansWhatItMeantWithEveryImport() {
        long before = UnusedImports.dropped();
        for (String source : SCRIPT) {
            List<String> expected = run(without, source);
            List<String> actual = UnusedImports.during(() -> run(with, source));
            assertEquals(expected, actual, source);
        }
        assertTrue(UnusedImports.dropped() > before, "the script's later snippets name few of its declarations");
    }

    @Test
    void dropsTheImportsOfDeclarationsACellDoesNotName() {
        for (int i = 0; i < 40; i++) {
            LocalJShell.eval(with, "int v" + i + " = " + i + ";");
        }
        long before = UnusedImports.dropped();
        SnippetEvent sum = UnusedImports.during(() -> LocalJShell.eval(with, "v3 + v37"));

        assertEquals("40", sum.value());
        assertTrue(UnusedImports.dropped() - before >= 38,
                "the 38 variables the cell does not name, in each of its compilations: "
                        + (UnusedImports.dropped() - before));
    }

    @Test
    void dropsNothingOutsideACellsEvaluation() {
        for (int i = 0; i < 40; i++) {
            LocalJShell.eval(with, "int v" + i + " = " + i + ";");
        }
        long before = UnusedImports.dropped();

        assertEquals("40", LocalJShell.eval(with, "v3 + v37").value());
        assertEquals(before, UnusedImports.dropped());
    }

    @Test
    void completionSeesEveryDeclarationAfterCellsThatNamedFew() {
        for (int i = 0; i < 30; i++) {
            String source = "int value" + i + " = " + i + ";";
            UnusedImports.during(() -> LocalJShell.eval(with, source));
        }
        UnusedImports.during(() -> LocalJShell.eval(with, "value1 + value2"));

        List<String> offered = with.sourceCodeAnalysis()
                .completionSuggestions("valu", 4, new int[1]).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
        assertEquals(30, offered.stream().filter(s -> s.startsWith("value")).count(), offered.toString());
    }
}
