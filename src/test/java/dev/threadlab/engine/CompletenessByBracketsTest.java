package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.threadlab.interpreter.Completeness;
import org.junit.jupiter.api.Test;

final class CompletenessByBracketsTest {

    private static Completeness judge(String code) {
        return CodeAssist.isCompleteByBrackets(code);
    }

    @Test
    void codeWithEveryBracketClosedIsComplete() {
        for (String code : new String[] {"int a = 20;", "a * 2 + 2", "class A { void f() { g(new int[] {1}); } }",
                "String s = \"{ ( [\"; char c = '{'; // {\n", "/* { */ x()", "var t = \"\"\"\n  {\n  \"\"\";"}) {
            assertInstanceOf(Completeness.Complete.class, judge(code), code);
        }
    }

    @Test
    void anOpenBracketCommentOrTextBlockWaitsForMoreWithTheIndentOfTheBracesLeftOpen() {
        assertEquals(new Completeness.Incomplete("    "), judge("class Box {"));
        assertEquals(new Completeness.Incomplete("        "), judge("class Box {\n  void f() {"));
        assertEquals(new Completeness.Incomplete(""), judge("System.out.println(1,"));
        for (String code : new String[] {"int x =", "int x = 1 +", "names.", "x ->", "a ? b :", "y = 2 * // twice"}) {
            assertEquals(new Completeness.Incomplete(""), judge(code), code);
        }
        assertInstanceOf(Completeness.Complete.class, judge("i++"));
        assertInstanceOf(Completeness.Complete.class, judge("var u = \"http://example.org/a:\""), "// in a string");
        assertInstanceOf(Completeness.Incomplete.class, judge("/* a comment that goes on"));
        assertInstanceOf(Completeness.Incomplete.class, judge("var t = \"\"\"\n  text"));
    }

    @Test
    void aHeaderWhoseBodyMustFollowWaitsForMoreAsJShellWould() {
        for (String code : new String[] {"void greet()", "static <T> List<T> twice(T a) throws Exception", "class B",
                "public record Point(int x, int y)", "sealed interface Shape permits Circle", "try", "if (ready)",
                "while (queue.isEmpty() && !done(x))", "for (String s : List.of(\"a\"))", "try { work(); } catch (Exception e)",
                "if (a) { b(); } else", "try { work(); } finally", "for (int i = 0; i < 3; i++)", "else if (x > 1)", "try (var in = open())", "do", "int x = 1;\nvoid f()"}) {
            assertEquals(new Completeness.Incomplete(""), judge(code), code);
        }
    }

    @Test
    void statementsThatLookLikeHeadersButEndAreComplete() {
        for (String code : new String[] {"if (x) doIt()", "greet()", "System.out.println(x)", "new Thread(r)",
                "return f(x)", "throw new IllegalStateException(\"no\")", "int x = f(y)", "x -> f(x)",
                "for (int i = 0; i < 3; i++) sum += i", "while (running) tick()", "Thread t = new Thread(() -> { })"}) {
            assertInstanceOf(Completeness.Complete.class, judge(code), code);
        }
    }

    @Test
    void aBracketClosedWronglyCanNeverBecomeValid() {
        assertInstanceOf(Completeness.Invalid.class, judge(")"));
        assertInstanceOf(Completeness.Invalid.class, judge("f(]"));
        assertInstanceOf(Completeness.Invalid.class, judge("class A { )"));
    }
}
