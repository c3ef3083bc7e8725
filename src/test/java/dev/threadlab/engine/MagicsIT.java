package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ExecuteOutcome.Ok;
import dev.threadlab.interpreter.LineMagic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class MagicsIT {

    private static Magics kernel;
    private static int count;

    @BeforeAll
    static void start() {
        kernel = new Magics(new JShellInterpreter());
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private static ExecuteOutcome run(String code, RecordingOutput output) {
        return kernel.execute(new Cell(code, ++count, false, false), output);
    }

    @Test
    void cellTimeRunsTheCellPrintsBothTimesAndKeepsTheResult() {
        RecordingOutput output = new RecordingOutput();
        Ok ok = assertInstanceOf(Ok.class, run("%%time\nThread.sleep(50);\n6 * 7", output));
        assertEquals("42", ok.result().data().get("text/plain"));
        assertTrue(output.stdout().matches(
                "Wall time: [0-9.]+ (ms|s), CPU time: [0-9.]+ (ns|µs|ms|s) \\(all threads of the engine\\)\n"),
                output.stdout());
    }

    @Test
    void timeitReportsMeanAndDeviationPerLoop() {
        RecordingOutput output = new RecordingOutput();
        run("int[] numbers = {3, 1, 2};", output);
        assertInstanceOf(Ok.class, run("%timeit Arrays.stream(numbers).sum()", output));
        assertTrue(output.stdout().matches("[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop "
                + "\\(mean ± std\\. dev\\. of 7 runs, [0-9]+ loops? each\\)\n"), output.stdout());
    }

    @Test
    void timeitAcceptsAStatementWithoutValue() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%timeit new StringBuilder().append(1);", output));
        assertTrue(output.stdout().contains("per loop"), output.stdout());
        Failed failed = assertInstanceOf(Failed.class, run("%timeit undefinedThing()", new RecordingOutput()));
        assertTrue(failed.evalue().contains("undefinedThing"), failed.evalue());
        assertTrue(!failed.evalue().contains(Timeit.NAME), failed.evalue());
    }

    @Test
    void afterTimeitAVarStillHoldsAnAnonymousClassOfItsOwnType() {
        assertInstanceOf(Ok.class, run("%timeit Math.sqrt(2)", new RecordingOutput()));
        RecordingOutput output = new RecordingOutput();
        Ok ok = assertInstanceOf(Ok.class, run("var task = new Runnable() { public void run() { System.out.println(\"ran\"); } };\n"
                + "task.run();\nvar worker = new Thread() {};\nThread plain = worker;\nplain.getClass().getSuperclass().getSimpleName()",
                output));
        assertEquals("ran\n", output.stdout());
        assertEquals("\"Thread\"", ok.result().data().get("text/plain"));
    }

    @Test
    void timedCodeMayDeclareAnyNameOfItsOwn() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, run("long timedTotal = 0;", output));
        assertInstanceOf(Ok.class, run("%timeit long start = 0; for (int i = 0; i < 3; i++) timedTotal += i + start;",
                output));
        assertTrue(output.stdout().contains("per loop"), output.stdout());
    }

    @Test
    void helpListsEveryMagic() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%help", output));
        for (String magic : new String[] {"%%time", "%timeit", "%jars", "%classpath", "%help"}) {
            assertTrue(output.stdout().contains(magic), output.stdout());
        }
    }

    @Test
    void anUnknownMagicSaysWhichOnesExist() {
        Failed failed = assertInstanceOf(Failed.class, run("%foo bar", new RecordingOutput()));
        assertEquals("UnknownMagic", failed.ename());
        assertTrue(failed.evalue().startsWith("%foo is not a magic this kernel knows. Known magics: %%time"),
                failed.evalue());
    }

    @Test
    void anUnknownMagicSuggestsTheNearestKnownOne() {
        for (String[] typed : new String[][] {{"%time x", "%%time"}, {"%whos", "%who"}, {"%timit 1", "%timeit"},
                {"%%timeit\n1", "%timeit"}, {"%reste", "%reset"}, {"%lsmagics", "%lsmagic"}}) {
            Failed failed = assertInstanceOf(Failed.class, run(typed[0], new RecordingOutput()));
            String name = typed[0].split("\\s")[0];
            assertTrue(failed.evalue().startsWith(name + " is not a magic this kernel knows: did you mean " + typed[1]
                    + "? Known magics: %%time"), failed.evalue());
        }
        Failed far = assertInstanceOf(Failed.class, run("%matplotlib inline", new RecordingOutput()));
        assertTrue(!far.evalue().contains("did you mean"), far.evalue());
    }

    @Test
    void lsmagicListsLineAndCellMagics() {
        RecordingOutput output = new RecordingOutput();
        assertInstanceOf(Ok.class, run("%lsmagic", output));
        assertTrue(output.stdout().startsWith("Line magics: %classpath  %help  %jars  %lsmagic  %memory  %reset  %threads"
                + "  %timeit  %who\nCell magics: %%time\n"), output.stdout());
    }

    @Test
    void whoListsVariablesWithTypesAndShortValuesThenMethodsAndClasses() {
        try (Magics fresh = new Magics(new JShellInterpreter())) {
            RecordingOutput empty = new RecordingOutput();
            fresh.execute(new Cell("%who", 1, false, false), empty);
            assertEquals("No variables, methods or classes are declared yet.\n", empty.stdout());
            RecordingOutput setUp = new RecordingOutput();
            assertInstanceOf(Ok.class, fresh.execute(new Cell("int count = 20;\nvar words = List.of(\"a\", \"b\");\n"
                    + "String text = \"x\".repeat(100);\nrecord Point(int x, int y) {}\nint twice(int n) { return 2 * n; }\n"
                    + "1 + 1", 2, false, false), setUp));
            RecordingOutput output = new RecordingOutput();
            assertInstanceOf(Ok.class, fresh.execute(new Cell("%who", 3, false, false), output));
            List<String> lines = output.stdout().lines().toList();
            assertEquals(List.of("Variable   Type           Value", "--------   ----           -----",
                    "count      int            20", "words      List<String>   [a, b]"), lines.subList(0, 4));
            assertTrue(lines.get(4).matches("text       String         \"x{58}…"), lines.get(4));
            assertEquals(List.of("", "Methods: twice(int)", "Classes: Point"), lines.subList(5, 8));
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("$")), "temporaries are not the learner's variables");
        }
    }

    @Test
    void classpathAddsADirectoryAndJavaCodeCanUseIt(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Greeter.java");
        Files.writeString(source, "package greet; public class Greeter { public static String hi() { return \"hi\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int exit = javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), source.toString());
        assertEquals(0, exit);
        RecordingOutput output = new RecordingOutput();
        Ok ok = assertInstanceOf(Ok.class, run("%classpath " + classes + "\ngreet.Greeter.hi()", output));
        assertEquals("\"hi\"", ok.result().data().get("text/plain"));
        assertTrue(output.stdout().contains("Added to the class path: " + classes), output.stdout());
        RecordingOutput listing = new RecordingOutput();
        run("%classpath", listing);
        assertTrue(listing.stdout().contains(classes.toString()), listing.stdout());
    }

    @Test
    void errorsBelowAMagicPointAtTheirLineInTheCell() {
        Failed failed = assertInstanceOf(Failed.class, run("%%time\nint a = 1;\nint b = nope;", new RecordingOutput()));
        assertTrue(failed.traceback().get(0).startsWith("nope is not declared in this session"), failed.traceback().get(0));
        assertEquals("line 3, column 9:", failed.traceback().get(2), "after the sentence and javac's detail");
        Failed below = assertInstanceOf(Failed.class, run("%classpath\nint c = nope;", new RecordingOutput()));
        assertEquals("line 2, column 9:", below.traceback().get(2));
    }

    @Test
    void aCellThatDoesNotCompileIsNotTimedAndItsTimeitErrorPointsAtTheCell() {
        RecordingOutput output = new RecordingOutput();
        Failed failed = assertInstanceOf(Failed.class, run("%%time\nint x = \"a\";", output));
        assertEquals("CompileError", failed.ename());
        assertEquals("", output.stdout());
        Failed timeit = assertInstanceOf(Failed.class, run("%timeit int z = \"a\";", output));
        assertEquals(List.of("line 1, column 17:", "    %timeit int z = \"a\";", "                    ^"),
                timeit.traceback().subList(0, 3));
    }

    @Test
    void aMagicBelowTheTopOfACellIsToldAsMisplacedBeforeAnyCodeRuns() {
        Failed cellMagic = assertInstanceOf(Failed.class, run("int early = 1;\n%%time\nint b = 2;", new RecordingOutput()));
        assertEquals("MisplacedMagic", cellMagic.ename());
        assertTrue(cellMagic.evalue().startsWith("%%time is on line 2 of the cell"), cellMagic.evalue());
        Failed lineMagic = assertInstanceOf(Failed.class, run("int early = 1;\n%jars /tmp", new RecordingOutput()));
        assertTrue(lineMagic.evalue().startsWith("%jars is on line 2 of the cell, below code"), lineMagic.evalue());
        Failed never = assertInstanceOf(Failed.class, run("early", new RecordingOutput()));
        assertEquals("CompileError", never.ename());
    }

    @Test
    void aMagicLineIsCompleteAndMagicNamesComplete() {
        assertInstanceOf(Completeness.Complete.class, kernel.isComplete("%timeit x++"));
        assertInstanceOf(Completeness.Incomplete.class, kernel.isComplete("%%time\nfor (int i = 0; i < 3; i++) {"));
        assertInstanceOf(Completeness.Complete.class, kernel.isComplete("%%time\nint x = 1;"));
        assertInstanceOf(Completeness.Incomplete.class, kernel.isComplete("%%time"), "waits for the cell's body");
        assertInstanceOf(Completeness.Incomplete.class, kernel.isComplete("%%time\n"));
        assertInstanceOf(Completeness.Complete.class, kernel.isComplete("%%time\n\n"), "an empty line runs it");
        assertInstanceOf(Completeness.Complete.class, kernel.isComplete("%who"));
        assertTrue(kernel.complete("%ti", 3).matches().contains("%timeit"));
    }

    @Test
    void addedMagicsRunAreListedAndCompleteButCannotReplaceBuiltIns() {
        LineMagic hello = new LineMagic() {
            @Override public String name() { return "%hello"; }
            @Override public String help() { return "say hello"; }
            @Override public ExecuteOutcome run(String argument, dev.threadlab.interpreter.Output output) {
                output.stdout("hello " + argument + "\n");
                return new Ok(null);
            }
        };
        try (Magics magics = new Magics(new JShellInterpreter(), List.of(hello))) {
            RecordingOutput output = new RecordingOutput();
            assertInstanceOf(Ok.class, magics.execute(new Cell("%hello world", 1, false, false), output));
            assertInstanceOf(Ok.class, magics.execute(new Cell("%help", 2, false, false), output));
            assertTrue(output.stdout().startsWith("hello world\n"), output.stdout());
            assertTrue(output.stdout().contains("%hello      say hello"), output.stdout());
            assertTrue(magics.complete("%he", 3).matches().contains("%hello"));
        }
        LineMagic clash = new LineMagic() {
            @Override public String name() { return "%reset"; }
            @Override public String help() { return "not the real one"; }
            @Override public ExecuteOutcome run(String argument, dev.threadlab.interpreter.Output output) { return new Ok(null); }
        };
        JShellInterpreter engine = new JShellInterpreter();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new Magics(engine, List.of(clash)));
        } finally {
            engine.close();
        }
    }
}
