package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.toolkit.ThreadDump.Entry;
import dev.threadlab.wire.ThreadDumpView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ThreadDumpTextTest {

    /** Three pool workers as Threads.dump() shows them: one holds a monitor the second is blocked on. */
    private static final ThreadDump POOL = new ThreadDump(List.of(
            new Entry("pool-1-thread-1", 22, "WAITING", false, "Object@359f7cdf, ThreadPoolExecutor$Worker@16ec5519",
                    "CountDownLatch$Sync@4f6ee6e4", List.of("Unsafe.park", "LockSupport.park:223",
                            "AbstractQueuedSynchronizer.acquire:790",
                            "AbstractQueuedSynchronizer.acquireSharedInterruptibly:1139", "CountDownLatch.await:230")),
            new Entry("pool-1-thread-2", 23, "BLOCKED", false, "ThreadPoolExecutor$Worker@6a192cfe",
                    "Object@359f7cdf held by pool-1-thread-1", List.of("Payments.transfer:11", "FutureTask.run:328",
                            "ThreadPoolExecutor.runWorker:1090", "ThreadPoolExecutor$Worker.run:614", "Thread.run:1474")),
            new Entry("pool-1-thread-3", 24, "TIMED_WAITING", false, "ThreadPoolExecutor$Worker@7193666c", "",
                    List.of("Thread.sleepNanos0", "Thread.sleepNanos:509", "Thread.sleep:540", "Work.io:40"))));

    @Test
    void aDumpThatFitsIsItsTable() {
        ThreadDump small = new ThreadDump(List.of(new Entry("main", 1, "RUNNABLE", false, "", "", List.of("Demo.main:3"))));
        assertEquals(small.table().toText(), small.toText(80));
        assertTrue(POOL.table().toText().lines().anyMatch(line -> line.length() > 200), "the full table is wide");
        assertEquals(POOL.table().toText(), POOL.toText(400));
    }

    @Test
    void aWideDumpFitsEightyColumnsWithWhoWaitsForWhatAndWhoHoldsIt() {
        String expected = String.join("\n",
                "3 threads (0 virtual)",
                "┌─────────────────┬────┬───────────────┬───────────────────┬───────────────────┐",
                "│ thread          │ id │ state         │ holds             │ waits for         │",
                "├─────────────────┼────┼───────────────┼───────────────────┼───────────────────┤",
                "│ pool-1-thread-1 │ 22 │ WAITING       │ Object@359f7cdf   │ CountDo…@4f6ee6e4 │",
                "│                 │    │               │ ThreadP…@16ec5519 │                   │",
                "│ ↳ Unsafe.park ← LockSupport.park:223 ← AbstractQueuedSynchronizer.acquire:7… │",
                "│ pool-1-thread-2 │ 23 │ BLOCKED       │ ThreadP…@6a192cfe │ Object@359f7cdf   │",
                "│                 │    │               │                   │ held by           │",
                "│                 │    │               │                   │ pool-1-thread-1   │",
                "│ ↳ Payments.transfer:11 ← FutureTask.run:328 ← ThreadPoolExecutor.runWorker:… │",
                "│ pool-1-thread-3 │ 24 │ TIMED_WAITING │ ThreadP…@7193666c │                   │",
                "│ ↳ Thread.sleepNanos0 ← Thread.sleepNanos:509 ← Thread.sleep:540 ← Work.io:40 │",
                "└─────────────────┴────┴───────────────┴───────────────────┴───────────────────┘");
        assertEquals(expected, POOL.toText(80));
    }

    @Test
    void everyLineFitsWhateverTheWidthFromSeventyColumnsOn() {
        for (int width = 70; width <= 260; width++) {
            String text = POOL.toText(width);
            for (String line : text.lines().toList()) {
                assertTrue(line.length() <= width, "at " + width + " columns a line is " + line.length() + ":\n" + text);
            }
            assertTrue(text.contains("pool-1-thread-3") && text.contains("TIMED_WAITING") && text.contains("@359f7cdf"),
                    "at " + width + " columns the names, states or locks are lost:\n" + text);
        }
    }

    @Test
    void theKindIsShownOnlyWhenThreadsDifferInItAndEmptyLockColumnsAreLeftOutAndSaidSo() {
        String name = "a-thread-with-a-name-long-enough-to-need-shortening";
        ThreadDump mixed = new ThreadDump(List.of(
                new Entry(name, 1, "RUNNABLE", false, "", "", List.of("Demo.main:3")),
                new Entry("", 30, "WAITING", true, "", "", List.of("Continuation.yield:357", "VirtualThread.park:643"))));
        String text = mixed.toText(60);
        assertEquals(List.of(
                "2 threads (1 virtual); none holds or waits for a lock",
                "┌───────────────────────────────┬────┬──────────┬──────────┐",
                "│ thread                        │ id │ kind     │ state    │",
                "├───────────────────────────────┼────┼──────────┼──────────┤",
                "│ a-thread-with-…eed-shortening │  1 │ platform │ RUNNABLE │",
                "│ ↳ Demo.main:3                                            │",
                "│                               │ 30 │ virtual  │ WAITING  │",
                "│ ↳ Continuation.yield:357 ← VirtualThread.park:643        │",
                "└───────────────────────────────┴────┴──────────┴──────────┘"), text.lines().toList());
    }

    @Test
    void manyLocksHeldAreCounted() {
        ThreadDump holder = new ThreadDump(List.of(new Entry("holder", 5, "RUNNABLE", false,
                "Account@1, Account@2, Account@3, Account@4, Account@5", "", List.of("x".repeat(200)))));
        String text = holder.toText(60);
        assertTrue(text.contains("│ Account@1 ") && text.contains("│ Account@2 ") && text.contains("│ +3 more "), text);
    }

    @Test
    void theDisplayHasTextAHundredWideTheWholeTableInHtmlAndDataAFrontEndDrawsForItsWidth() {
        MimeBundle bundle = POOL.mimeBundle();
        assertEquals(POOL.toText(ThreadDump.TEXT_WIDTH), bundle.data().get(MimeBundle.TEXT_PLAIN));
        assertEquals(POOL.table().toHtml(), bundle.data().get("text/html"));
        assertEquals(POOL.table().toMarkdown(), bundle.data().get("text/markdown"));
        for (int width : new int[] {70, 80, 120, 300}) {
            assertEquals(Optional.of(POOL.toText(width)), ThreadDumpView.from(bundle).map(view -> view.text(width)),
                    "at " + width);
        }
    }

    @Test
    void controlCharactersInANameAreShownAsInTheTable() {
        ThreadDump odd = new ThreadDump(List.of(new Entry("tab\there", 7, "RUNNABLE", false, "", "", List.of())));
        assertTrue(odd.toText(80).contains("│ tab\\there │"), odd.toText(80));
        assertEquals(odd.table().toText(), odd.toText(80));
    }
}
