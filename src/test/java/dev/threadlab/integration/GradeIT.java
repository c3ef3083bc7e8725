package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import dev.threadlab.testing.ThreadlabProcess;
import dev.threadlab.testing.ThreadlabProcess.Finished;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlab grade} as a teacher runs it: the built jar in its own process, on a folder of submissions. */
@Tag("integration")
final class GradeIT {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "grading").toAbsolutePath();

    @Test
    void gradingAFolderWritesCsvAndJsonWithEachChecksStatusAndExitsWithZero(@TempDir Path dir) throws Exception {
        Path grades = dir.resolve("grades");
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(3), "grade", FIXTURES.resolve("submissions").toString(),
                "--source", FIXTURES.resolve("source").toString(), "-o", grades.toString(), "--jobs", "2");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> csv = Files.readAllLines(grades.resolve("grades.csv"), StandardCharsets.UTF_8);
        String anna = FIXTURES.resolve("submissions/anna.ipynb").toString();
        String ben = FIXTURES.resolve("submissions/ben.ipynb").toString();
        assertEquals(List.of(
                "file,lesson,check,points,max,status,message",
                anna + ",98-grading,l98-sum-check,2,2,passed,",
                anna + ",98-grading,l98-wait-check,3,3,passed,",
                anna + ",98-grading,l98-count-check,2,2,passed,"),
                csv.subList(0, 4));
        assertTrue(csv.get(4).startsWith(ben + ",98-grading,l98-sum-check,0,2,failed,\"The check earned no points. Not"
                + " passed: sum(1, 1) is 2: sum(1, 1) should be 2. Expected 2, got 0."), csv.get(4));
        int wait = csv.indexOf(csv.stream().filter(l -> l.contains("l98-wait-check,0,3")).findFirst().orElseThrow());
        assertTrue(csv.get(wait).startsWith(ben + ",98-grading,l98-wait-check,0,3,timed_out,"), csv.get(wait));
        assertTrue(csv.get(wait + 1).startsWith(ben + ",98-grading,l98-count-check,1,2,partial,\"The check earned 1 of 2"
                + " points. Not passed: countEven of {1, 2, 4} is 2"), csv.get(wait + 1));

        JsonNode json = new ObjectMapper().readTree(grades.resolve("grades.json").toFile());
        assertEquals(7, json.path("notebooks").path(0).path("points").asDouble());
        assertEquals(1, json.path("notebooks").path(1).path("points").asDouble());
        assertTrue(json.path("notebooks").path(1).path("notes").size() >= 2, json.toString());
        assertTrue(run.stdout().contains("7/7") && run.stdout().contains("1/7"), run.stdout());
        assertTrue(run.stderr().contains("[1/2] grading ") && run.stderr().contains("[2/2] grading "), run.stderr());
    }

    @Test
    void aCorruptSubmissionIsReportedAndTheExitCodeIsOne(@TempDir Path dir) throws Exception {
        Finished run = ThreadlabProcess.run(dir, Duration.ofMinutes(2), "grade", FIXTURES.resolve("corrupt").toString(),
                "--source", FIXTURES.resolve("source").toString(), "-o", dir.toString());

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.stdout().contains("not graded"), run.stdout());
        assertTrue(Files.readString(dir.resolve("grades.csv")).contains("broken.ipynb,,,0,0,not_run,"));
    }
}
