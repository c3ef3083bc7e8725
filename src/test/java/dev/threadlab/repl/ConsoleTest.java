package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** What the console writes to an 80-column xterm (a test terminal tells no size: 80 columns are assumed). */
final class ConsoleTest {

    private static final String STATUS = "▶ running 0.6 s · interrupting… (a cell that ignores it has its engine"
            + " restarted within seconds, and everything defined so far is gone)";

    @Test
    void aRunningCellsStatusWiderThanTheTerminalIsWrappedAtSpacesNotByTheTerminalMidWord() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Console console = new PressedKeys().console(screen)) {
            assertTrue(STATUS.length() > console.width(), "the status must be wider than the terminal for this test");

            console.live().show(List.of(new AttributedString(STATUS)));
        }

        List<String> lines = AttributedString.stripAnsi(screen.toString(StandardCharsets.UTF_8)).lines()
                .filter(line -> !line.isBlank()).toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.stream().allMatch(line -> line.length() <= 79), String.join("\n", lines));
        assertTrue(lines.get(0).endsWith("engine") && lines.get(1).startsWith("restarted"),
                "the status breaks between words:\n" + String.join("\n", lines));
    }
}
