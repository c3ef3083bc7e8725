package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.engine.SandboxProbe;
import dev.threadlab.testing.Jupyter;
import dev.threadlab.testing.ThreadlabProcess;
import dev.threadlab.testing.ThreadlabProcess.Finished;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A cunning student's attempts on lesson 01 (src/test/python/cheating.py writes them): shadowing, reflection,
 * Unsafe, fake arrivals, a broken cell thread, a display sink that throws ThreadDeath, extra graded cells,
 * Check.cell from the answer, a background thread or a nested check, reading the sources, a detached process
 * rewriting the grades, fake reports, the engine's port, the toolkit's internals, {@code %jars}. Graded in one
 * sandboxed {@code threadlab grade} run with {@code --jobs 2}: every attempt earns nothing (or, wrapped around the
 * honest one-after-another answer, no more than it) and the report says why, the reference keeps full marks and
 * honest wrong answers keep their feedback. Then the attacks that
 * happen inside the kernel, through nbclient and the live kernel, scored by nbgrader's rules. Last, the
 * families of attempts that need no grader against every exercise of every lesson, one live kernel per
 * lesson (src/test/python/cheating_course.py): a faked report, a check run from the answer, reflection into
 * what the check hands over, the check's failures swallowed, and System.exit / Runtime.halt in the answer.
 */
@Tag("integration")
@Execution(ExecutionMode.SAME_THREAD) // the build's first lane, for its two cores: see the failsafe plugin in pom.xml
final class CheatingIT {

    private static final Path SOURCE = Path.of("lessons", "source", "01-threads-io.ipynb").toAbsolutePath();
    private static final Path STUDENT = Path.of("lessons", "01-threads-io.ipynb").toAbsolutePath();

    @TempDir
    static Path dir;
    private static Path attempts;
    private static Path output;
    private static Jupyter jupyter;

    @BeforeAll
    static void writeTheAttempts() {
        jupyter = Jupyter.withThreadlabKernel();
        attempts = dir.resolve("attempts");
        output = dir.resolve("grades");
        Jupyter.Run written = jupyter.python(Duration.ofMinutes(2), "cheating.py", "write", attempts.toString(),
                SOURCE.toString(), STUDENT.toString(), output.toString());
        assertEquals(0, written.exitCode(), written::output);
    }

    @Test
    void everyAttemptEarnsNothingAndSaysWhyWhileTheReferenceAndHonestWrongAnswersKeepTheirDue() throws Exception {
        Jupyter.require(SandboxProbe.probe(System.getenv()) instanceof SandboxProbe.Result.Ready,
                "bubblewrap cannot sandbox here: " + SandboxProbe.probe(System.getenv()));
        long start = System.nanoTime();
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(15), "grade", attempts.toString(),
                "--source", SOURCE.getParent().toString(), "-o", output.toString(), "--jobs", "2");
        System.out.printf("graded %s in %.0f s%n", attempts, (System.nanoTime() - start) / 1e9);
        assertEquals(0, run.exitCode(), run::toString);

        String grades = Files.readString(output.resolve("grades.json"));
        List<String> leftovers = new ProcessBuilder("pgrep", "-f", "sleep 31337").start().inputReader().lines().toList();
        assertEquals(List.of(), leftovers, "no process of a submission outlives the grader, so nothing can change"
                + " the grades after it wrote them");
        assertFalse(Files.exists(output.resolve("hacked.txt")), "the sandbox hides the output directory");
        assertEquals(grades, Files.readString(output.resolve("grades.json")));
        assertTrue(new ObjectMapper().readTree(grades).path("notebooks").size() > 20, grades);

        Jupyter.Run checked = jupyter.python(Duration.ofMinutes(2), "cheating.py", "check", attempts.toString(),
                output.resolve("grades.json").toString());
        assertEquals(0, checked.exitCode(), checked::output);
    }

    @Test
    void inEveryLessonACheatEarnsNoMoreThanTheHonestAnswerItIsWrappedAround() {
        long start = System.nanoTime();
        Jupyter.Run run = jupyter.python(Duration.ofMinutes(15), "cheating_course.py",
                Path.of("lessons", "source").toAbsolutePath().toString(),
                Path.of("src", "test", "lessons").toAbsolutePath().toString());
        System.out.printf("every lesson's cheats in %.0f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(0, run.exitCode(), run::output);
    }

    @Test
    void theAttacksInsideTheKernelEarnNothingByNbgradersRulesEither() {
        Jupyter.Run run = jupyter.python(Duration.ofMinutes(15), "cheating.py", "nbgrader", attempts.toString());
        assertEquals(0, run.exitCode(), run::output);
    }
}
