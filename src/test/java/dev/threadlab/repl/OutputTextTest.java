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
}
