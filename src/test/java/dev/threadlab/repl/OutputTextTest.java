package dev.threadlab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.toolkit.ThreadDump;
import dev.threadlab.toolkit.ThreadDump.Entry;
import dev.threadlab.wire.ThreadDumpView;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

final class OutputTextTest {

    private static final ThreadDump DEADLOCK = new ThreadDump(List.of(
            new Entry("alice pays bob", 39, "BLOCKED", false, "Account@7c3807fb", "Account@393a8618 held by bob pays alice",
                    List.of("a lambda in the cell's code:12", "Thread.runWith:1487", "Thread.run:1474")),
            new Entry("bob pays alice", 40, "BLOCKED", false, "Account@393a8618", "Account@7c3807fb held by alice pays bob",
                    List.of("a lambda in the cell's code:20", "Thread.runWith:1487", "Thread.run:1474"))));

    private static List<String> drawn(MimeBundle bundle, int width) {
        return new OutputText(new Theme(false)).bundle(bundle, width).stream().map(AttributedString::toString).toList();
    }

    @Test
    void aThreadDumpIsDrawnForTheTerminalsWidthNotTheHundredColumnsOfItsText() {
        MimeBundle bundle = DEADLOCK.mimeBundle();
        assertTrue(bundle.data().get(MimeBundle.TEXT_PLAIN).lines().anyMatch(line -> line.length() > 80),
                "the text for Jupyter is wider than 80 columns");
        for (int width : new int[] {80, 100, 160}) {
            List<String> lines = drawn(bundle, width);
            assertEquals(DEADLOCK.toText(width).lines().toList(), lines, "at " + width);
            assertTrue(lines.stream().allMatch(line -> line.length() <= width), "at " + width + ":\n" + String.join("\n", lines));
        }
    }

    @Test
    void aDisplayWithoutDumpDataIsDrawnFromItsText() {
        MimeBundle unreadable = MimeBundle.text("the text").with(ThreadDumpView.MIME_TYPE, "{\"threads\": 3");
        assertEquals(List.of("the text"), drawn(unreadable, 80));
    }

    @Test
    void aTableWiderThanTheTerminalIsDrawnAgainToFitFromItsMarkdown() {
        // as %threads shows it: its Where column makes the table wider than a 60-column terminal
        MimeBundle threads = dev.threadlab.toolkit.Table.of(List.of("Thread", "State", "Kind", "Started in", "Where"),
                List.of(List.of("waiter-1", "WAITING", "platform", "In [3]", "waitForStart (In [2], line 1)"))).mimeBundle();
        assertTrue(threads.data().get(MimeBundle.TEXT_PLAIN).lines().anyMatch(line -> line.length() > 59));

        List<String> lines = drawn(threads, 59);

        assertTrue(lines.stream().allMatch(line -> line.length() <= 59 && "┌│├└".indexOf(line.charAt(0)) >= 0),
                "no line is cut and carried over to the next:\n" + String.join("\n", lines));
        assertTrue(String.join(" ", lines).contains("waiter-1"), String.join("\n", lines));
        assertEquals(List.of("plain text"), drawn(MimeBundle.text("plain text").with("text/markdown", "*plain* text"), 59),
                "text that fits is drawn from its text, not its Markdown");
    }

    @Test
    void anExceptionsMessageWrapsAtSpacesAndItsFramesAsTheyAre() {
        CellOutputs outputs = new CellOutputs();
        String message = "java.lang.IllegalStateException: the balance went below zero while two threads transferred"
                + " money at once";
        outputs.ended(new dev.threadlab.interpreter.ExecuteOutcome.Failed("IllegalStateException",
                "the balance went below zero while two threads transferred money at once",
                List.of(message, "    at cell line 8")), 1);

        List<String> lines = new OutputText(new Theme(false)).lines(outputs, 59).stream()
                .map(AttributedString::toString).toList();

        assertTrue(lines.stream().allMatch(line -> line.length() <= 59), String.join("\n", lines));
        for (String word : message.split(" ")) {
            assertTrue(lines.stream().anyMatch(line -> (" " + line + " ").contains(" " + word + " ")),
                    "'" + word + "' is cut:\n" + String.join("\n", lines));
        }
        assertEquals("    at cell line 8", lines.getLast());
    }
}
