package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FailuresTest {

    @Test
    void theInitializerOfAVarIsTheCellLineNotAMethodOfJShells() {
        Failures failures = new Failures();
        failures.remember("7", 3, 2, false);
        assertEquals("In [3], line 2", failures.where(new StackTraceElement("", "do_it$Aux", "#7", 1)));
    }

    @Test
    void framesOfLocalAndAnonymousClassesAreNamedAsTheLearnerWroteThem() {
        Failures failures = new Failures();
        failures.remember("7", 4, 1, false);
        assertEquals("Local.lambda (In [4], line 1)", failures.where(new StackTraceElement("1Local", "lambda$go$0", "#7", 1)));
        assertEquals("run in an anonymous class (In [4], line 2)", failures.where(new StackTraceElement("1", "run", "#7", 2)));
        assertEquals("f in an anonymous class in Outer (In [4], line 1)",
                failures.where(new StackTraceElement("Outer$1", "f", "#7", 1)));
    }

    @Test
    void aTopLevelMethodOfACellIsNamedAloneAndAClassOfACellWithoutJShellsWrapper() {
        Failures failures = new Failures();
        failures.remember("12", 1, 1, false);
        assertEquals("nap (In [1], line 2)", failures.where(new StackTraceElement("REPL.$JShell$17", "nap", "#12", 2)));
        assertEquals("Sleeper.sleep (In [1], line 1)",
                failures.where(new StackTraceElement("REPL.$JShell$20$Sleeper", "sleep", "#12", 1)));
    }

    @Test
    void theFrameThatOnlyCallsAVarInitializerIsLeftOutSoNoRecursionShows() {
        StackTraceElement thrower = new StackTraceElement("", "fail", "#6", 1);
        StackTraceElement initializer = new StackTraceElement("", "do_it$Aux", "#7", 2);
        StackTraceElement caller = new StackTraceElement("", "", "#7", 1);
        StackTraceElement other = new StackTraceElement("", "", "#8", 1);
        assertArrayEquals(new StackTraceElement[] {thrower, initializer, other},
                Failures.withoutInitializerCallers(new StackTraceElement[] {thrower, initializer, caller, other}));
        assertArrayEquals(new StackTraceElement[] {thrower, caller},
                Failures.withoutInitializerCallers(new StackTraceElement[] {thrower, caller}));
    }

    @Test
    void aCompileErrorSaysJavacsMessageOnceAsTheEvalueAndItsPlaceInTheTraceback() {
        String code = "int a = 1;\nint x = \"a\";";
        Failed failed = Failures.compileError(code, code.indexOf("\"a\""),
                "incompatible types: java.lang.String cannot be converted to int");

        assertEquals("incompatible types: java.lang.String cannot be converted to int", failed.evalue());
        assertEquals(List.of("line 2, column 9:", "    int x = \"a\";", "            ^"), failed.traceback());
    }

    @Test
    void aMissingSymbolIsPartOfTheEvalueAndWhatElseJavacSaidFollowsThePlace() {
        Failed unknown = Failures.compileError("foo + 1", 0, "cannot find symbol\n  symbol:   variable foo\n"
                + "  location: class");
        assertEquals("cannot find symbol: variable foo", unknown.evalue());
        assertEquals(List.of("line 1, column 1:", "    foo + 1", "    ^"), unknown.traceback());

        Failed call = Failures.compileError("twice()", 0, "method twice in class  cannot be applied to given types;\n"
                + "  required: int\n  found:    no arguments\n  reason: actual and formal argument lists differ in length");
        assertEquals("method twice in class  cannot be applied to given types;", call.evalue());
        assertEquals(List.of("line 1, column 1:", "    twice()", "    ^", "  required: int", "  found:    no arguments",
                "  reason: actual and formal argument lists differ in length"), call.traceback());
    }
}
