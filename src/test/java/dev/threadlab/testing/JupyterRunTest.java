package dev.threadlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a failed Python check run puts in its test's failure message, where a build log cuts the output. */
final class JupyterRunTest {

    @Test
    void theFailuresUnittestListedAreTheMessage() {
        String rule = "=".repeat(70);
        String dash = "-".repeat(70);
        String output = "test_a (m.A.test_a) ... ok\ntest_b (m.B.test_b) ... FAIL\nMEASURED x: 1 s\n\n" + rule
                + "\nFAIL: test_b (m.B.test_b)\n" + dash + "\nTraceback (most recent call last):\n"
                + "AssertionError: 'error' != 'ok'\n\n" + dash + "\nRan 2 tests in 3.0s\n\nFAILED (failures=1)\n";

        String failures = new Jupyter.Run(1, output).failures();

        assertTrue(failures.startsWith(rule + "\nFAIL: test_b"), failures);
        assertTrue(failures.contains("AssertionError: 'error' != 'ok'"), failures);
        assertFalse(failures.contains("Ran 2 tests"), failures);
        assertFalse(failures.contains("MEASURED"), failures);
    }

    @Test
    void withoutAUnittestReportItIsTheLastFortyLines() {
        String output = IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

        String failures = new Jupyter.Run(1, output).failures();

        assertEquals(40, failures.lines().count(), failures);
        assertTrue(failures.startsWith("line 61\n") && failures.endsWith("line 100"), failures);
    }
}
