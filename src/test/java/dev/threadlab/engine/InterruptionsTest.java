package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.wire.ThreadDumpText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Interrupt escalation on a hand-moved clock: stop at once, stop again, kill when the cell ignores the
 * interrupt or is still running after {@value Interruptions#KILL_AFTER_MILLIS} ms. No engine, no waiting.
 */
final class InterruptionsTest {

    /** An engine that counts what it was asked and answers thread dumps from a script (the last one repeats). */
    private static final class FakeEngine implements RunningEngine {
        final Deque<String> dumps = new ArrayDeque<>();
        int stops;
        int kills;

        FakeEngine(String... dumps) {
            this.dumps.addAll(List.of(dumps));
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        public void kill() {
            kills++;
        }

        @Override
        public Optional<String> stuckThreads() {
            return Optional.ofNullable(dumps.size() > 1 ? dumps.poll() : dumps.peek());
        }
    }

    private static final String STILL_SLEEPING = "Thread \"main\" TIMED_WAITING in Thread.sleep";
    private static final String IGNORES = ThreadDumpText.IGNORES_INTERRUPT + "Thread \"main\" in join";

    private final ManualTime time = new ManualTime();
    private final Interruptions interruptions = new Interruptions(time, time);

    private long startCell(FakeEngine engine) {
        long run = interruptions.begin(time.read());
        interruptions.attach(run, engine);
        return run;
    }

    @Test
    void anInterruptStopsTheCellAtOnceAndAgainAFewTimes() {
        FakeEngine engine = new FakeEngine(STILL_SLEEPING);
        startCell(engine);

        interruptions.interrupt();
        assertEquals(1, engine.stops, "a stop at once");
        time.advance(1_200);

        assertEquals(5, engine.stops, "four stops more, at 100, 300, 700 and 1,200 ms");
        assertTrue(interruptions.requested());
        assertEquals(0, engine.kills);
    }

    @Test
    void aCellThatEndsInTimeIsNeverKilled() {
        FakeEngine engine = new FakeEngine(STILL_SLEEPING);
        long run = startCell(engine);
        interruptions.interrupt();
        time.advance(500);

        interruptions.end(run);
        time.advance(Interruptions.KILL_AFTER_MILLIS);

        assertEquals(0, engine.kills);
        assertFalse(interruptions.killed());
    }

    @Test
    void aCellStillRunningWhenTimeIsUpHasItsEngineKilledAndItsThreadsNamed() {
        FakeEngine engine = new FakeEngine(STILL_SLEEPING);
        startCell(engine);
        interruptions.interrupt();

        time.advance(Interruptions.KILL_AFTER_MILLIS - 1);
        assertEquals(0, engine.kills, "not before its time");
        time.advance(1);

        assertEquals(1, engine.kills);
        assertTrue(interruptions.killed());
        assertEquals(STILL_SLEEPING, interruptions.stuckThreads());
    }

    @Test
    void aCellThreadThatIgnoresTheInterruptTwiceIsKilledAtTheSecondCheck() {
        FakeEngine engine = new FakeEngine(IGNORES);
        startCell(engine);
        interruptions.interrupt();

        time.advance(Interruptions.FIRST_CHECK_MILLIS);
        assertEquals(0, engine.kills, "once is not enough");
        time.advance(Interruptions.SECOND_CHECK_MILLIS - Interruptions.FIRST_CHECK_MILLIS);

        assertEquals(1, engine.kills);
        assertTrue(interruptions.killed());
        assertEquals(IGNORES, interruptions.stuckThreads());
    }

    @Test
    void aThreadThatIgnoredTheInterruptOnlyOnceGetsTheFullTime() {
        FakeEngine engine = new FakeEngine(IGNORES, STILL_SLEEPING);
        startCell(engine);
        interruptions.interrupt();

        time.advance(Interruptions.KILL_AFTER_MILLIS - 1);

        assertEquals(0, engine.kills);
        assertFalse(interruptions.killed());
    }

    @Test
    void afterTheCellsCodeEndedNothingIsKilledButTheInterruptIsRemembered() {
        FakeEngine engine = new FakeEngine(STILL_SLEEPING);
        long run = startCell(engine);
        interruptions.interrupt();

        interruptions.codeEnded(run);
        time.advance(Interruptions.KILL_AFTER_MILLIS);

        assertEquals(0, engine.kills);
        assertEquals(1, engine.stops, "no stop after the code ended");
        assertTrue(interruptions.requested());
    }

    @Test
    void anInterruptWhileTheCellWaitedInTheQueueIsMeantForIt() {
        long received = time.read();
        time.advance(10);
        interruptions.interrupt();
        time.advance(10);

        interruptions.begin(received);

        assertTrue(interruptions.requested());
    }

    @Test
    void anInterruptBeforeTheCellWasReceivedIsNotMeantForIt() {
        time.advance(10);
        interruptions.interrupt();
        time.advance(10);

        interruptions.begin(time.read());

        assertFalse(interruptions.requested());
    }

    @Test
    void anInterruptWhileNoCellRunsStopsNothing() {
        FakeEngine engine = new FakeEngine(STILL_SLEEPING);
        long run = startCell(engine);
        interruptions.end(run);

        interruptions.interrupt();
        time.advance(Interruptions.KILL_AFTER_MILLIS);

        assertEquals(0, engine.stops);
        assertEquals(0, engine.kills);
    }
}
