package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * When the interpreter gives its grown heap back: only after {@value IdleHeap#IDLE_MILLIS} ms without a request,
 * only when the heap grew by more than {@value IdleHeap#GROWN_BYTES} bytes since the last collection. A
 * hand-moved clock and a heap size set by the test; no JVM is collected.
 */
final class IdleHeapTest {

    private static final long MB = 1L << 20;

    private final ManualTime time = new ManualTime();
    private long committed = 80 * MB;
    private int collections;
    private final IdleHeap heap = new IdleHeap(time, () -> committed, () -> {
        collections++;
        committed = committed / 2; // what a shrinking full collection does
    });

    private void request() {
        heap.begin();
        heap.end();
    }

    @Test
    void aHeapThatGrewIsCollectedOnceTheInterpreterWasIdleLongEnough() {
        committed = 200 * MB;
        request();
        time.advance(IdleHeap.IDLE_MILLIS - 1);
        assertEquals(0, collections, "collected before the idle time passed");
        time.advance(1);
        assertEquals(1, collections);
        assertEquals(100 * MB, committed);
    }

    @Test
    void aRequestWithinTheIdleTimeDefersTheCollection() {
        committed = 200 * MB;
        request();
        time.advance(IdleHeap.IDLE_MILLIS - 500);
        request(); // a completion while typing
        time.advance(600);
        assertEquals(0, collections, "collected while requests were still coming");
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(1, collections);
    }

    @Test
    void noCollectionWhileARequestRuns() {
        committed = 200 * MB;
        request();
        heap.begin(); // a long cell begins before the idle time passed
        time.advance(10 * IdleHeap.IDLE_MILLIS);
        assertEquals(0, collections, "collected during a running cell");
        heap.end();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(1, collections);
    }

    @Test
    void aHeapThatDidNotGrowEnoughIsLeftAlone() {
        committed = 80 * MB + IdleHeap.GROWN_BYTES;
        request();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(0, collections);
    }

    @Test
    void aLargeLiveHeapIsCollectedOnceNotAfterEveryCell() {
        IdleHeap keeps = new IdleHeap(time, () -> committed, () -> collections++); // all of it stays live
        committed = 300 * MB;
        for (int cell = 0; cell < 5; cell++) {
            keeps.begin();
            keeps.end();
            time.advance(IdleHeap.IDLE_MILLIS);
        }
        assertEquals(1, collections, "collected again although the heap did not grow since");
        committed += IdleHeap.GROWN_BYTES + MB;
        keeps.begin();
        keeps.end();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(2, collections, "not collected after it grew again");
    }

    @Test
    void afterANewSessionTheNextIdleTimeCollectsEvenWithoutGrowth() {
        IdleHeap keeps = new IdleHeap(time, () -> committed, () -> collections++);
        committed = 300 * MB;
        keeps.begin();
        keeps.end();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(1, collections);
        keeps.forget(); // %reset: the old compiler's state is garbage now, the heap's size unchanged
        keeps.begin();
        keeps.end();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(2, collections, "the dropped session's heap was not given back");
        keeps.begin();
        keeps.end();
        time.advance(IdleHeap.IDLE_MILLIS);
        assertEquals(2, collections, "collected again without growth after the one for the new session");
    }
}
