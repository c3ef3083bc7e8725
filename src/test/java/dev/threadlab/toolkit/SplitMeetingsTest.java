package dev.threadlab.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The meetings of a split probe's threads: nobody leaves before all arrived, and nobody waits forever. */
final class SplitMeetingsTest {

    @Test
    void nobodyLeavesAMeetingBeforeEveryoneArrived() throws InterruptedException {
        SplitMeetings meetings = new SplitMeetings(3, Duration.ofMinutes(1)); // only arrivals end it
        AtomicInteger arrived = new AtomicInteger();
        List<Integer> seenOnLeaving = new ArrayList<>();
        CountDownLatch left = new CountDownLatch(3);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                arrived.incrementAndGet();
                meetings.meet(4);
                synchronized (seenOnLeaving) {
                    seenOnLeaving.add(arrived.get());
                }
                left.countDown();
            }));
        }
        assertTrue(left.await(30, TimeUnit.SECONDS), "the threads never left their meeting");
        assertEquals(List.of(3, 3, 3), seenOnLeaving);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(5));
        }
    }

    @Test
    void meetingsNobodyElseReachesEndAllLaterOnes() {
        SplitMeetings meetings = new SplitMeetings(2, Duration.ofMillis(1));
        for (int missed = 1; missed < SplitMeetings.MISSES; missed++) {
            meetings.meet(missed); // nobody else comes: bounded by the wait
            assertFalse(meetings.over(), "meetings ended after " + missed + " missed");
        }
        meetings.meet(SplitMeetings.MISSES);
        assertTrue(meetings.over(), "meetings went on after " + SplitMeetings.MISSES + " that nobody else reached");
    }

    @Test
    void anInterruptedThreadDoesNotWaitAndItsFlagStays() {
        SplitMeetings meetings = new SplitMeetings(2, Duration.ofMinutes(1));
        Thread.currentThread().interrupt();
        meetings.meet(4);
        assertTrue(Thread.interrupted(), "the interrupt flag must stay set for the learner's code to see");
    }
}
