package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.interpreter.Authorship;
import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.testing.RecordingOutput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Check cells in real engines refuse to run when a learner's declaration stands in for a name they use. */
@Timeout(180)
@Tag("integration")
final class NameGuardIT {

    private static final String CHECK = """
            Check.cell("t-guard-check", c -> {
                int finished = 0;
                c.that(1, "twice works", () -> Assertions.assertEquals(List.of(4), List.of(twice(2))));
            })""";

    private static final JShellInterpreter live = new JShellInterpreter(EngineOptions.defaults());
    private static int count;

    @AfterAll
    static void close() {
        live.close();
    }

    private static ExecuteOutcome run(JShellInterpreter java, String code, RecordingOutput output) {
        return java.execute(new Cell(code, ++count, false, false), output);
    }

    private static ExecuteOutcome run(JShellInterpreter java, String code) {
        return run(java, code, new RecordingOutput());
    }

    private static Failed refused(ExecuteOutcome outcome) {
        Failed failed = assertInstanceOf(Failed.class, outcome, outcome::toString);
        assertEquals(NameGuard.ENAME, failed.ename(), failed::toString);
        return failed;
    }

    @Test
    void anHonestAnswerWithHelpersAndAVariableNamedLikeACheckLocalRunsItsCheck() throws Exception {
        live.access().reset();
        run(live, "static int twice(int x) { return 2 * x; }");
        run(live, "int finished = 7; class Worker {} static int helper() { return 1; }");
        RecordingOutput output = new RecordingOutput();
        assertEquals("1", EngineCells.plain(run(live, CHECK, output)));
        assertEquals(1, output.count("report"));
    }

    @Test
    void aClassAVariableOrAnImportNamedLikeATypeTheCheckUsesIsRefusedNamingItAndItsCell() throws Exception {
        live.access().reset();
        run(live, "static int twice(int x) { return 2 * x; }");
        run(live, "class Check { static double cell(String id, java.util.function.Consumer<Object> b) { return 1; } }");
        String message = refused(run(live, CHECK)).evalue();
        assertTrue(message.startsWith("This check cell was not run: it uses the name Check, and your class Check (In ["),
                message);
        assertTrue(message.contains("class Check { static double cell"), message);

        live.access().reset();
        run(live, "static int twice(int x) { return 2 * x; }");
        run(live, "Object List = null;");
        assertTrue(refused(run(live, CHECK)).evalue().contains("your variable List"));

        live.access().reset();
        run(live, "static int twice(int x) { return 2 * x; }");
        run(live, "import java.awt.List;");
        assertTrue(refused(run(live, CHECK)).evalue().contains("your import java.awt.List"));
        assertTrue(refused(run(live, CHECK)).evalue().contains("Remove that import"));
    }

    @Test
    void whenGradingTheAuthorsDeclarationsCannotBeRedefinedAndMethodsCountTooButTheExercisesNamesDo() {
        String setup = "static String greet() { return Greeting.text() + suffix(); }\n"
                + "class Greeting { static String text() { return \"hi\"; } }\n"
                + "static String suffix() { return \"!\"; }";
        String check = "Check.cell(\"t-known-check\", c -> c.that(1, \"greets\", () -> Assertions.assertEquals(\"hi!\","
                + " greet() + twice(0).substring(1))));";
        Authorship authorship = new Authorship(Set.of(setup, check), List.of("static String twice(int x) { return \"\"; }"));
        JShellInterpreter known = new JShellInterpreter(EngineOptions.defaults(), authorship);
        try {
            run(known, setup);
            run(known, "static String twice(int x) { return \"x\"; }");
            run(known, "static int unrelated() { return 3; } class Worker {}");
            assertEquals("1", EngineCells.plain(run(known, check)), "the exercise's method and unused helpers");

            run(known, "class Greeting { static String text() { return \"HI\"; } }");
            assertTrue(refused(run(known, check)).evalue().contains("your class Greeting"),
                    "the author's greet() uses Greeting, so the check would see it through greet()");

            run(known, setup);
            assertEquals("1", EngineCells.plain(run(known, check)), "the author's code again");
            run(known, "static String suffix() { return \"?\"; }");
            assertTrue(refused(run(known, check)).evalue().contains("your method suffix"));
        } finally {
            known.close();
        }
    }
}
