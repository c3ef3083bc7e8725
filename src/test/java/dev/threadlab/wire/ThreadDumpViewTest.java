package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void atANarrowTerminalNoLineIsWiderThanItAndEachThreadKeepsOneRow() {
        ThreadDumpView dump = new ThreadDumpView("4 threads (0 virtual); the first 4 shown", List.of(
                new Row("ForkJoinPool.commonPool-worker-1", 31, "TIMED_WAITING", false, "", "",
                        List.of("…", "ForkJoinPool.awaitWork:1893", "ForkJoinPool.runWorker:1456")),
                new Row("alice", 40, "BLOCKED", false, "Account@393a8618", "Account@7c3807fb held by bob",
                        List.of("Account.transfer", "a lambda in the cell's code")),
                new Row("bob", 41, "BLOCKED", false, "Account@7c3807fb", "Account@393a8618 held by alice",
                        List.of("Account.transfer", "a lambda in the cell's code")),
                new Row("pool-1-thread-1", 42, "WAITING", false, "ReentrantLock$NonfairSync@16ec5519", "",
                        List.of("…", "CountDownLatch.await:276", "waitForAll"))));
        for (int width : new int[] {49, 59, 69, 79}) {
            String text = dump.text(width);
            for (String line : text.split("\n")) {
                assertTrue(line.length() <= width, "at " + width + " columns a line is " + line.length() + ":\n" + text);
            }
            assertEquals(1, text.lines().filter(l -> l.startsWith("│ alice ")).count(), "alice's row is one line:\n" + text);
            assertTrue(text.contains("7c3807fb") && text.contains("CountDownLatch.await"),
                    "the lock alice waits for and the frames are still there at " + width + ":\n" + text);
        }
    }
}
