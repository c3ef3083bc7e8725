package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A stop reaches every thread the current cell started, also when it arrives between two snippets (when
 * JShell's own stop does nothing), and no thread of an earlier cell.
 */
final class AgentStopTest {

    private static final long WAIT_MILLIS = 10_000;

    /** A thread of a snippet's group that parks until released; parking keeps its interrupt flag as set. */
    private record Parked(Thread thread, AtomicBoolean released) {
        static Parked start(ThreadGroup group, String name) throws InterruptedException {
            CountDownLatch parked = new CountDownLatch(1);
            AtomicBoolean released = new AtomicBoolean();
            Thread thread = new Thread(group, () -> {
                parked.countDown();
                while (!released.get()) {
                    LockSupport.park();
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
            assertTrue(parked.await(WAIT_MILLIS, TimeUnit.MILLISECONDS), name + " started");
            return new Parked(thread, released);
        }

        void end() throws InterruptedException {
            released.set(true);
            LockSupport.unpark(thread);
            thread.join(WAIT_MILLIS);
        }
    }

    @Test
    void aStopBetweenSnippetsInterruptsTheThreadsOfTheCurrentCellOnly() throws Exception {
        AgentExecutionControl control = new AgentExecutionControl(new Multiplexer(OutputStream.nullOutputStream()),
                new StandardStreams(System.out, System.err, System.in));
        ThreadGroup snippetGroup = new ThreadGroup(CellMain.GROUP_NAME);
        control.beginCell(1, 1);
        Parked older = Parked.start(snippetGroup, "older");
        control.beginCell(2, 2);
        Parked newer = Parked.start(snippetGroup, "newer");
        try {
            control.stop(); // no snippet runs: JShell's stop returns at once
            assertTrue(newer.thread().isInterrupted(), "the current cell's thread was interrupted");
            assertFalse(older.thread().isInterrupted(), "an earlier cell's thread was left alone");
        } finally {
            older.end();
            newer.end();
        }
    }

    @Test
    void theInterruptCellCommandInterruptsTheThreadsOfTheCurrentCell() throws Exception {
        AgentExecutionControl control = new AgentExecutionControl(new Multiplexer(OutputStream.nullOutputStream()),
                new StandardStreams(System.out, System.err, System.in));
        ThreadGroup snippetGroup = new ThreadGroup(CellMain.GROUP_NAME);
        control.beginCell(1, 1);
        Parked started = Parked.start(snippetGroup, "started");
        try {
            control.interruptCell();
            assertTrue(started.thread().isInterrupted(), "the cell's thread was interrupted");
        } finally {
            started.end();
        }
    }
}
