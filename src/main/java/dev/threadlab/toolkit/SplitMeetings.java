package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Where the threads that call a {@link SplitProbe}'s work meet now and then, so that a race in what they do
 * right around a call shows: a thread's k-th meeting waits (in the middle of its call) until every expected
 * thread has reached its own k-th meeting, or {@link #WAIT} passed, and then all of them leave at one
 * instant. A total read before the call ({@code total += value(i)}) has gone stale by then, on any machine;
 * and threads that leave together on several cores do {@code total += v} right after the call at the same
 * moment. {@value #MISSES} meetings that someone never reached (a lock held around the call lets one thread
 * in at a time, or there is only one thread) end all later ones, so such an answer pays for a few waits only.
 * Thread-safe; each meeting is bounded.
 */
final class SplitMeetings {

    /** How long a thread waits at a meeting for the others. */
    static final Duration WAIT = Duration.ofMillis(20);
    /** How many meetings someone never reached end the meetings. */
    static final int MISSES = 3;
    /** How long after the last arrival all leave: time for the parked ones to wake and spin. */
    private static final long LEAD_NANOS = TimeUnit.MICROSECONDS.toNanos(300);
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(20);

    private static final class Meeting {
        final AtomicInteger arrived = new AtomicInteger();
        volatile long leaveAt;
        volatile boolean full;
    }

    private final int expected;
    private final long waitNanos;
    private final Map<Integer, Meeting> meetings = new ConcurrentHashMap<>();
    private final AtomicInteger missed = new AtomicInteger();
    private volatile boolean over;

    /** Meetings of {@code expected} threads, each waiting at most {@link #WAIT}. */
    SplitMeetings(int expected) {
        this(expected, WAIT);
    }

    SplitMeetings(int expected, Duration wait) {
        this.expected = expected;
        this.waitNanos = wait.toNanos();
    }

    /** Whether the meetings ended, after {@link #MISSES} that someone never reached. */
    boolean over() {
        return over;
    }

    /** The calling thread's meeting number {@code number}: waits for the others, then leaves with them. */
    void meet(int number) {
        if (over) {
            return;
        }
        Meeting meeting = meetings.computeIfAbsent(number, k -> new Meeting());
        long now = System.nanoTime();
        if (meeting.arrived.incrementAndGet() >= expected) {
            meeting.leaveAt = now + LEAD_NANOS;
            meeting.full = true;
        }
        long deadline = now + waitNanos;
        while (!meeting.full && !over && System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(this, POLL_NANOS);
        }
        if (!meeting.full) {
            if (missed.incrementAndGet() >= MISSES) {
                over = true; // someone cannot come (a lock, a single thread): meeting again would only cost time
            }
            return;
        }
        while (System.nanoTime() - meeting.leaveAt < 0 && !Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait(); // on the CPU, so that the threads leave at the same instant
        }
    }
}
