package dev.threadlab.engine;

import dev.threadlab.testing.RecordingOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.DisplayMessage;
import dev.threadlab.wire.ReportFrame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing by cell tag, without an engine: frames as the reader thread hands them over. */
final class OutputRouterTest {

    private final OutputRouter router = new OutputRouter();

    private void text(int tag, boolean err, String text) throws IOException {
        router.cell(tag);
        router.textStream(err).write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void outputGoesToTheCellOfItsTagEvenAfterLaterCellsOpened() throws IOException {
        RecordingOutput first = new RecordingOutput();
        int one = router.open(first);
        RecordingOutput second = new RecordingOutput();
        int two = router.open(second);
        text(one, false, "a ");
        text(two, false, "b ");
        text(one, true, "c ");
        text(one, false, "d ");
        router.flush();
        assertEquals(List.of("stdout:a ", "stderr:c ", "stdout:d "), kinds(first));
        assertEquals(List.of("stdout:b "), kinds(second));
    }

    @Test
    void aCheckReportReachesOnlyTheCellThatIsRunningAndNeverAfterItEnded() throws IOException {
        RecordingOutput earlier = new RecordingOutput();
        int one = router.open(earlier);
        router.ended(one);
        RecordingOutput running = new RecordingOutput();
        int two = router.open(running);

        router.cell(one);
        router.report(new ReportFrame("l01-x", "{\"from\": \"a thread of an ended cell\"}"));
        router.cell(two);
        router.report(new ReportFrame("l01-x", "{\"from\": \"the running cell\"}"));
        router.ended(two);
        router.report(new ReportFrame("l01-x", "{\"from\": \"too late\"}"));
        router.flush();

        assertEquals(List.of(), earlier.calls());
        assertEquals(List.of("{\"from\": \"the running cell\"}"),
                running.calls().stream().map(RecordingOutput.Call::text).toList());
        assertEquals("l01-x", running.calls().getFirst().displayId());
    }

    @Test
    void adjacentTextOfOneCellAndStreamIsMergedIntoOneCall() throws IOException {
        RecordingOutput first = new RecordingOutput();
        int one = router.open(first);
        text(one, false, "a");
        text(one, false, "b");
        router.flush();
        assertEquals(List.of("stdout:ab"), kinds(first));
    }

    @Test
    void unknownAndForgottenTagsFallBackToTheMostRecentCell() throws IOException {
        RecordingOutput oldest = new RecordingOutput();
        int forgotten = router.open(oldest);
        RecordingOutput latest = null;
        for (int i = 0; i < OutputRouter.RECENT_CELLS; i++) {
            latest = new RecordingOutput();
            router.open(latest);
        }
        text(0, false, "unknown ");
        text(forgotten, false, "forgotten");
        router.flush();
        assertEquals(List.of(), oldest.calls());
        assertEquals(List.of("stdout:unknown forgotten"), kinds(latest));
    }

    @Test
    void displaysGoToTheCellOfTheirTagInOrderWithText() throws IOException {
        RecordingOutput first = new RecordingOutput();
        int one = router.open(first);
        router.open(new RecordingOutput());
        text(one, false, "before ");
        router.cell(one);
        router.displayStream().write(
                new DisplayMessage(DisplayMessage.OP_DISPLAY, MimeBundle.text("shown"), null, false).encode());
        text(one, false, "after");
        router.flush();
        assertEquals(List.of("stdout:before ", "display:null", "stdout:after"), kinds(first));
    }

    @Test
    void outputBeforeAnyCellIsDropped() throws IOException {
        text(0, false, "nobody listens");
        router.flush();
        RecordingOutput first = new RecordingOutput();
        router.open(first);
        router.flush();
        assertEquals(List.of(), first.calls());
    }

    private static List<String> kinds(RecordingOutput output) {
        return output.calls().stream().map(c -> c.kind() + ":" + c.text()).toList();
    }
}
