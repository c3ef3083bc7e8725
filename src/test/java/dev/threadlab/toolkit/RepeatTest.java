package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Check#repeat}: the counts of a trial's outcomes, the evidence of a race. */
final class RepeatTest {

    @Test
    void repeatCountsEachOutcomeMostFrequentFirst() throws Exception {
        AtomicInteger run = new AtomicInteger();
        Outcomes<Integer> outcomes = Check.repeat(10, () -> run.incrementAndGet() % 5 == 0 ? 1999 : 2000);

        assertEquals(10, outcomes.total());
        assertEquals(2, outcomes.count(n -> n != 2000));
        assertEquals(Map.of(2000, 8, 1999, 2), outcomes.asMap());
        assertEquals(List.of(2000, 1999), List.copyOf(outcomes.asMap().keySet()));
        assertEquals("10 runs: 2,000 ×8, 1,999 ×2", outcomes.toString(), "numbers grouped, as in all feedback");
    }

    @Test
    void repeatStopsWhenInterrupted() {
        AtomicInteger runs = new AtomicInteger();
        try {
            assertThrows(CancellationException.class, () -> Check.repeat(100, () -> {
                if (runs.incrementAndGet() == 3) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(3, runs.get());
    }
}
