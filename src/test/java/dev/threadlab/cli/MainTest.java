package dev.threadlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which commands {@link Main#commandLine} builds for a command line, and that the answers do not change. */
final class MainTest {

    private static final List<String> ALL = List.of("kernel", "learn", "repl", "release", "validate", "grade",
            "merge", "help", "generate-completion");

    private static List<String> built(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("kernel"), built("kernel", "--connection-file", "k.json"));
        assertEquals(List.of("grade"), built("grade", "--help"));
    }

    @Test
    void everyCommandIsBuiltWhenNoneIsNamedOrHelpIsAskedFor() {
        assertEquals(ALL, built());
        assertEquals(ALL, built("--help"));
        assertEquals(ALL, built("help", "grade"));
        assertEquals(ALL, built("valdate"));
    }

    @Test
    void theVersionAloneBuildsNoCommandAndIsStillAnswered() {
        assertEquals(List.of(), built("--version"));
        assertEquals(List.of(), built("-V"));
        assertEquals(ALL, built("--version", "grade"), "a mistake after it still suggests commands");
        StringWriter out = new StringWriter();
        CommandLine version = Main.commandLine("--version");
        version.setOut(new PrintWriter(out, true));
        assertEquals(0, version.execute("--version"));
        assertEquals(Version.current(), out.toString().strip());
    }

    @Test
    void theUsageStillListsEveryCommandAndACommandsUsageItsFullName() {
        StringWriter out = new StringWriter();
        CommandLine all = Main.commandLine("--help");
        all.setOut(new PrintWriter(out, true));
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8)); // where picocli warns
        try {
            assertEquals(0, all.execute("--help"));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8), "picocli could not format a description");
        for (String command : List.of("kernel", "learn", "repl", "release", "validate", "grade", "merge")) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
        StringWriter gradeOut = new StringWriter();
        CommandLine grade = Main.commandLine("grade", "--help");
        grade.setOut(new PrintWriter(gradeOut, true));
        assertEquals(0, grade.execute("grade", "--help"));
        assertTrue(gradeOut.toString().startsWith("Usage: threadlab grade"), gradeOut.toString());
    }
}
