package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.RecordingSink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class ProgressTest {

    @RegisterExtension
    final RecordingSink sink = new RecordingSink();
    private final FakeTicker ticker = new FakeTicker();

    @Test
    void showsOnceThenUpdatesTheSameDisplayAtMostEveryHundredMilliseconds() {
        Progress bar = Progress.show("files", 10, ticker);
        bar.step();
        bar.step();
        ticker.advance(Duration.ofMillis(100));
        bar.step();
        bar.step();

        var calls = sink.calls();
        assertEquals(2, calls.size(), calls.toString());
        assertEquals("display", calls.get(0).kind());
        assertEquals("update", calls.get(1).kind());
        assertEquals(calls.get(0).displayId(), calls.get(1).displayId());
        assertEquals("files █████████░░░░░░░░░░░░░░░░░░░░░ 3/10 (30%)", calls.get(1).bundle().data().get("text/plain"));
    }

    @Test
    void reachingTheTotalAlwaysRedrawsEvenWithinTheInterval() {
        Progress bar = Progress.show("x", 3, ticker);
        bar.step(3);
        var last = sink.calls().getLast();
        assertEquals("update", last.kind());
        assertTrue(last.bundle().data().get("text/plain").endsWith("3/3 (100%)"));
        assertTrue(last.bundle().data().get("text/html").contains("width:100%"));
    }

    @Test
    void stepsFromManyThreadsAreAllCountedAndTheLastPictureIsComplete() throws InterruptedException {
        Progress bar = Progress.show("parallel", 4000, ticker);
        var done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 1000; i++) {
                    bar.step();
                    ticker.advance(Duration.ofMillis(1));
                }
                done.countDown();
            });
        }
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(4000, bar.count());
        assertTrue(sink.calls().getLast().bundle().data().get("text/plain").endsWith("4,000/4,000 (100%)"));
        assertTrue(sink.calls().size() < 100, "redraws: " + sink.calls().size());
    }

    @Test
    void aTotalBelowOneIsRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Progress.show("x", 0, ticker));
        assertEquals("total must be > 0, was 0", e.getMessage());
    }
}
