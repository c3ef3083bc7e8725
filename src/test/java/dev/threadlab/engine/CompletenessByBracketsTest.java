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
    void aBracketClosedWronglyCanNeverBecomeValid() {
        assertInstanceOf(Completeness.Invalid.class, judge(")"));
        assertInstanceOf(Completeness.Invalid.class, judge("f(]"));
        assertInstanceOf(Completeness.Invalid.class, judge("class A { )"));
    }
}
