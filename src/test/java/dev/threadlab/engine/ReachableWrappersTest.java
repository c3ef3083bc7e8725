package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a cell compiles, javac is listed only the earlier wrappers the cell can reach, and every snippet means
 * what it meant with all of them listed: a script of the ways a cell reaches a class declared in another snippet
 * without naming it (a method's result, a superclass, a sealed hierarchy, an inferred type made of several
 * snippets' types), run in two JShells, inside and outside {@link UnusedImports#during}, gives the same statuses,
 * values, diagnostics and updates.
 */
final class ReachableWrappersTest {

    /** Snippets that reach other snippets' classes through types they never name (no conditional expression:
     * the local engine cannot merge two REPL types in one method's stack map). */
    private static final List<String> SCRIPT = List.of(
            "interface I { default int one() { return 1; } }",
            "interface J { default int two() { return 2; } }",
            "class A implements I, J {}",
            "class B implements I, J {}",
            "var both = java.util.List.of(new A(), new B());", // List<an intersection of I and J>
            "var first = both.get(0);",
            "int unrelated = 5;",
            "first.one() + first.two()", // the intersection's parts are in no class file the cell names
            "<T extends I & J> T same(T t) { return t; }",
            "var bounded = same(new B());",
            "bounded.one() + bounded.two()",
            "record P(int a) {}",
            "P makeP() { return new P(4); }",
            "class Box<T> { T t; Box(T t) { this.t = t; } T get() { return t; } }",
            "Box<P> box() { return new Box<>(makeP()); }",
            "box().get().a()", // Box and P only through box()'s signature
            "var boxed = box();",
            "boxed.get().a() * 2",
            "abstract class Base { abstract int v(); int twice() { return v() * 2; } }",
            "class Mid extends Base { int v() { return 3; } }",
            "Base mid() { return new Mid(); }",
            "mid().twice()",
            "sealed interface S permits S1, S2 {}",
            "record S1() implements S {}",
            "record S2() implements S {}",
            "S pick(int k) { if (k == 0) return new S1(); return new S2(); }",
            "switch (pick(1)) { case S1 s -> \"one\"; case S2 s -> \"two\"; }",
            "var anonymous = new Object() { P p = makeP(); int get() { return p.a(); } };",
            "anonymous.get() + anonymous.p.a()",
            "enum E { X, Y; P p() { return new P(ordinal()); } }",
            "var e = E.Y;",
            "e.p().a()",
            "class Node { Node next; int v; Node(int v, Node n) { this.v = v; next = n; } }",
            "Node chain() { return new Node(1, new Node(2, null)); }",
            "chain().next.v",
            "var shapes = new java.util.ArrayList<Base>();",
            "shapes.add(mid());",
            "shapes.get(0).twice()",
            "record P(int a, int b) {}", // a redeclaration: what used P is updated
            "makeP()",
            "box().get()",
            "first.three()"); // an error that names the intersection: the same message

    private JShell inCells;
    private JShell everything;

    @BeforeEach
    void startJShells() {
        inCells = LocalJShell.start();
        everything = LocalJShell.start();
    }

    @AfterEach
    void closeJShells() {
        inCells.close();
        everything.close();
    }

    @Test
    void everySnippetMeansWhatItMeantWithEveryWrapperListed() {
        long before = ReachableWrappers.leftOut();
        for (String source : SCRIPT) {
            List<String> expected = UnusedImportsTest.run(everything, source);
            List<String> actual = UnusedImports.during(() -> UnusedImportsTest.run(inCells, source));
            assertEquals(expected, actual, source);
        }
        assertTrue(ReachableWrappers.leftOut() > before, "the script's later snippets reach few of its wrappers");
    }

    @Test
    void leavesOutTheWrappersACellCannotReach() {
        for (int i = 0; i < 40; i++) {
            LocalJShell.eval(inCells, "int v" + i + " = " + i + ";");
        }
        long before = ReachableWrappers.leftOut();
        SnippetEvent sum = UnusedImports.during(() -> LocalJShell.eval(inCells, "v3 + v37"));

        assertEquals("40", sum.value());
        assertTrue(ReachableWrappers.leftOut() - before >= 38,
                "the 38 wrappers of variables the cell does not name, in each compilation that lists them: "
                        + (ReachableWrappers.leftOut() - before));
    }

    @Test
    void listsAWrapperACellNamesInItsText() {
        List<String> history = new ArrayList<>(List.of("class Named {}"));
        for (int i = 0; i < 10; i++) {
            history.add("int v" + i + " = " + i + ";");
        }
        for (String source : history) {
            LocalJShell.eval(everything, source);
            LocalJShell.eval(inCells, source);
        }
        String namesTheWrapper = IntStream.rangeClosed(1, 20) // JShell has no API for a wrapper's name: try each
                .mapToObj(n -> "REPL.$JShell$" + n + ".Named.class.getSimpleName()")
                .filter(source -> "\"Named\"".equals(LocalJShell.eval(everything, source).value()))
                .findFirst().orElseThrow();

        SnippetEvent named = UnusedImports.during(() -> LocalJShell.eval(inCells, namesTheWrapper));

        assertEquals("\"Named\"", named.value(), UnusedImportsTest.outcome(inCells, named));
    }

    @Test
    void listsEveryWrapperOutsideACellsEvaluation() {
        for (int i = 0; i < 40; i++) {
            String source = "int v" + i + " = " + i + ";";
            UnusedImports.during(() -> LocalJShell.eval(inCells, source));
        }
        long before = ReachableWrappers.leftOut();

        assertEquals("40", LocalJShell.eval(inCells, "v3 + v37").value());
        assertEquals(before, ReachableWrappers.leftOut());
    }
}
