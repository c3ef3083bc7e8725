package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ValueCellsTest {

    @Test
    void anExpressionBecomesOneDeclarationWithTheExpressionOnItsOwnLines() {
        assertEquals(Optional.of("Object $threadlab7 = dev.threadlab.display.cell.CellValue.of(() -> 1 + 1\n);"),
                ValueCells.wrap("1 + 1", 7));
        assertEquals(Optional.of("Object $threadlab8 = dev.threadlab.display.cell.CellValue.of(() -> "
                + "System.out.println(1) // done\n);"), ValueCells.wrap("  System.out.println(1) // done \n", 8));
    }

    @Test
    void onlyItsOwnNumberedVariablesHoldValues() {
        assertTrue(ValueCells.holdsValue("$threadlab12"));
        for (String name : List.of("$threadlab", "$threadlabX", "$1", "threadlab12", "$threadlab12a")) {
            assertTrue(!ValueCells.holdsValue(name), name);
        }
    }

    @Test
    void whatCanBeAnExpressionIsOffered() {
        for (String source : List.of("a0 + 1", "System.out.println(1)", "System.out.println(1);", "list.add(1)",
                "new Foo()", "new int[] {1, 2}", "\"abc\"", "'x'", "x += 2", "a == b", "a <= b && b >= c",
                "(x = 5)", "Collections.<String>emptyList()", "Math.max(a, b)", "s.length()\n    + 1", "x-1", "-x",
                "!done", "(int) 3.5", "f(\"a = b\")", "\"\"\"\n  a = b\n  \"\"\"", "f(c -> { int n = 1; })",
                "switchboard.size()", "thread.join()")) {
            assertTrue(ValueCells.wrap(source, 1).isPresent(), () -> "not offered: " + source);
        }
    }

    @Test
    void declarationsStatementsNamesAssignmentsAndCutPiecesAreLeftToJShell() {
        for (String source : List.of("int x = 5;", "String s = \"a\";", "List<String> xs = new ArrayList<>();",
                "Map.Entry<K, V> e = null;", "int[] a = {1};", "String[] names;", "x = 5", "a.b = 3", "arr[0] = 1",
                "x", "class A {}", "record P(int x) {}", "interface I {}", "enum E { A }", "void f() {}",
                "String f() { return \"\"; }", "public static void main(String[] a) {}", "if (x) y();", "for (;;) {}",
                "while (true) {}", "try { f(); } catch (Exception e) {}", "switch (x) { default -> {} }",
                "import java.util.*;", "@Deprecated class A {}", "{ }", ";", "var x = 1;", "non-sealed class X {}",
                "return 1;", "throw new RuntimeException();", "\"unclosed", "foo(", "f(1))", "/* open", "",
                "x instanceof String s", "Check.cell(\"id\", c -> c.that(1, \"ok\", () -> {}))")) {
            assertEquals(Optional.empty(), ValueCells.wrap(source, 1), () -> "offered: " + source);
        }
    }
}
