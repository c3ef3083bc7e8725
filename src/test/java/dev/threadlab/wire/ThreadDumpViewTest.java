package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.ThreadDumpView.Row;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ThreadDumpViewTest {

    private static final ThreadDumpView VIEW = new ThreadDumpView("2 threads (1 virtual)", List.of(
            new Row("bob \"pays\" alice", 40, "BLOCKED", false, "Account@393a8618", "Account@7c3807fb held by alice",
                    List.of("a lambda in the cell's code:20", "Thread.run:1474")),
            new Row("", 9_000_000_001L, "WAITING", true, "", "", List.of())));

    @Test
    void itsJsonReadsBackAsTheSameView() {
        assertEquals(VIEW, ThreadDumpView.parse(VIEW.json()));
        assertEquals(Optional.of(VIEW), ThreadDumpView.from(MimeBundle.text("t").with(ThreadDumpView.MIME_TYPE, VIEW.json())));
    }

    @Test
    void aViewFromANewerToolkitIsReadByTheFieldsThisOneKnows() {
        String json = """
                {"caption": "1 threads (0 virtual)", "threads": [{"name": "main", "id": 1, "state": "RUNNABLE",
                 "cpu": 12.5}], "version": 2}""";
        assertEquals(new ThreadDumpView("1 threads (0 virtual)", List.of(new Row("main", 1, "RUNNABLE", false, "", "",
                List.of()))), ThreadDumpView.parse(json));
    }

    @Test
    void aDisplayThatIsNotADumpOrCannotBeReadHasNoView() {
        assertEquals(Optional.empty(), ThreadDumpView.from(MimeBundle.text("hello")));
        assertEquals(Optional.empty(), ThreadDumpView.from(MimeBundle.text("x").with(ThreadDumpView.MIME_TYPE, "{not json")));
        assertEquals(Optional.empty(), ThreadDumpView.from(MimeBundle.text("x").with(ThreadDumpView.MIME_TYPE, "[1]")));
        assertEquals("a thread dump view must be a JSON object with a list of \"threads\"",
                assertThrows(IllegalArgumentException.class, () -> ThreadDumpView.parse("{\"threads\": 3}")).getMessage());
    }

    @Test
    void shorteningKeepsALocksHashAndBothEndsOfAName() {
        assertEquals("ThreadP…@16ec5519", DumpLayout.shorten("ThreadPoolExecutor$Worker@16ec5519", 17));
        assertEquals("ForkJoi…worker-1", DumpLayout.shorten("ForkJoinPool.commonPool-worker-1", 16));
        assertEquals("Account@1", DumpLayout.shorten("Account@1", 9));
        assertEquals("pool-…read-1", DumpLayout.shorten("pool-1-thread-1", 12), "a name, not a lock: no @ in it");
    }

    @Test
    void aWidthMustBePositive() {
        assertEquals("width must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> VIEW.text(0)).getMessage());
    }
}
