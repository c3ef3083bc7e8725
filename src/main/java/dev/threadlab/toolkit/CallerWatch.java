package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.LiveThreads;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches the thread that called an answer while the answer runs, and tells the {@link ProbeLog} (or the
 * {@link ProbeServer}) when the tasks (or answers) it holds may go on:
 *
 * <ul>
 *   <li>the caller is blocked waiting for something other than a sleep ({@code join}, {@code get},
 *       {@code close}, a latch): it waits for the tasks, so they go on at once. Where the log lets tasks go by
 *       join ({@link ProbeLog#releasesByJoin()}), a caller that joins a platform thread lets only that thread's
 *       task go: an answer that joins one of its threads and not the others returns while their tasks are held.
 *       A wait for a lock whose owner
 *       is running (two threads meeting inside {@code execute}) is not a wait for the tasks, and a wait of
 *       no known kind counts only once seen twice in a row, {@link #SETTLED} apart: a learner's latch
 *       stays, a passing contention does not;</li>
 *   <li>the caller sleeps: the tasks stay held, so an answer that sleeps instead of waiting returns while
 *       its tasks still run, however long it sleeps; but an answer that sleeps in a loop (polls) has its
 *       tasks let go, since it checks on them between sleeps;</li>
 *   <li>the caller runs without waiting for {@link #SPIN} of its own processor time after the last task
 *       started (a busy loop that polls): the tasks go on. Processor time, not time on the clock: on a
 *       loaded machine a caller that only builds its futures can be off the processor for longer than
 *       that.</li>
 * </ul>
 *
 * <p>It also records what the caller waited in, for the feedback. One daemon thread per watched call,
 * ended by {@link #close()}.
 */
final class CallerWatch implements AutoCloseable {

    /**
     * What a watch lets go: a probe's tasks ({@link ProbeLog}), or the answers an {@link HttpProbe}'s server
     * holds ({@link ProbeServer}).
     */
    interface Held {
        /** Lets what is held now go on: the caller waits for it, polls, or spins. */
        void release();

        /** How many wait in the hold now. */
        int held();

        /** {@link System#nanoTime()} when the last of them arrived. */
        long lastArrival();

        /** Whether a caller that joins a thread lets only what that thread holds go ({@link #release(Thread)}). */
        default boolean releasesByJoin() {
            return false;
        }

        /** Lets go what {@code thread} holds now, if anything (the caller joins it); answers whether there was. */
        default boolean release(Thread thread) {
            return false;
        }
    }

    /**
     * How much processor time the caller may spend without waiting, after the last task started, before held
     * tasks go on (time on the clock where the JVM cannot measure the caller's processor time).
     */
    static final Duration SPIN = Duration.ofMillis(300);
    /** How long a wait of no known kind ({@link CallerWait#OTHER}) must last before it counts as one. */
    static final Duration SETTLED = Duration.ofMillis(10);
    /** After a sleeping caller woke and went on inside the answer, how long until held tasks go on. */
    static final Duration WOKEN = Duration.ofMillis(200);
    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long SLOWER_AFTER = TimeUnit.SECONDS.toNanos(2);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * What the caller was seen doing: the waits it was blocked in, the learner's frame that slept (or null),
     * whether it waited inside a stream pipeline.
     */
    record Seen(Set<CallerWait> waits, String sleptIn, boolean inStream) {
        Seen {
            waits = Set.copyOf(waits);
        }
    }

    private final Held log;
    private final Thread caller;
    private final Thread watcher;
    private volatile boolean stopped;
    // Written by the watcher thread only, read after close() joined it.
    private final Set<CallerWait> waits = EnumSet.noneOf(CallerWait.class);
    private String sleptIn;
    private boolean inStream;

    private CallerWatch(Held log, Thread caller) {
        this.log = log;
        this.caller = caller;
        this.watcher = Thread.ofPlatform().name("threadlab-probe-watch").daemon(true).unstarted(this::watch);
    }

    /** Starts watching {@code caller} for {@code log}. */
    static CallerWatch start(Held log, Thread caller) {
        CallerWatch watch = new CallerWatch(log, caller);
        watch.watcher.start();
        return watch;
    }

    private void watch() {
        boolean sleeping = false;
        long sleepsAtFirst = -1;
        long runnableSince = -1;
        long spinFrom = -1;
        long arrivalSeen = Long.MIN_VALUE;
        long otherSince = -1;
        long releaseAt = -1;
        long start = System.nanoTime();
        // Bounded like the hold itself: an answer stuck for good is the watchdog's business, not ours.
        while (!stopped && caller.isAlive() && System.nanoTime() - start < TaskHold.MAX_HOLD.toNanos()) {
            long now = System.nanoTime();
            Thread.State state = caller.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED) {
                StackTraceElement[] stack = caller.getStackTrace();
                CallerWait wait = CallerWait.of(stack);
                runnableSince = -1;
                if (wait == CallerWait.SLEEP) {
                    seen(wait, stack);
                    otherSince = -1;
                    long sleeps = waits();
                    if (!sleeping) {
                        sleeping = true;
                        sleepsAtFirst = sleeps;
                    } else if (sleepsAtFirst >= 0 && sleeps - sleepsAtFirst >= 2) {
                        log.release(); // one sleep after another: it polls the tasks between sleeps
                        sleepsAtFirst = sleeps;
                    }
                } else if (wait != CallerWait.OTHER) {
                    seen(wait, stack);
                    sleeping = false;
                    otherSince = -1;
                    if (wait == CallerWait.JOIN && log.releasesByJoin()) {
                        releaseJoined();
                    } else {
                        log.release();
                    }
                } else if (lockOwnerRuns()) {
                    otherSince = -1; // seen in a row means with no running owner between
                } else {
                    sleeping = false;
                    if (otherSince < 0) {
                        otherSince = now;
                    } else if (now - otherSince >= SETTLED.toNanos()) {
                        seen(wait, stack);
                        log.release();
                    }
                }
            } else if (state == Thread.State.RUNNABLE) {
                otherSince = -1;
                if (sleeping) {
                    sleeping = false;
                    releaseAt = now + WOKEN.toNanos();
                }
                long spent = spent(now);
                long arrival = log.lastArrival();
                if (runnableSince < 0 || arrival != arrivalSeen) {
                    runnableSince = now;
                    arrivalSeen = arrival;
                    spinFrom = spent;
                }
                if (log.held() > 0 && spent - spinFrom > SPIN.toNanos()) {
                    log.release();
                }
            }
            if (releaseAt >= 0 && now - releaseAt >= 0) {
                log.release();
                releaseAt = -1;
            }
            LockSupport.parkNanos(now - start < SLOWER_AFTER ? TICK : 10 * TICK); // look less often at a long wait
        }
    }

    /**
     * The caller joins a thread: that thread's task goes on, and no other. A thread that holds none and runs, or
     * waits inside the probe (at its gate) or the JDK (starting, ending), is on its way to its task or done with
     * it; one that waits in the learner's code for something of its own (threads it joins itself, a latch) lets
     * every task go, as a wait of the caller's would. So does a thread that cannot be told: a virtual one, whose
     * join waits on a latch of its own.
     */
    private void releaseJoined() {
        // what it waits on and where, seen at one instant
        ThreadInfo info = caller.isVirtual() ? null : THREADS.getThreadInfo(caller.threadId(), 32);
        LockInfo lock = info == null ? null : info.getLockInfo();
        if (info != null && (lock == null || CallerWait.of(info.getStackTrace()) != CallerWait.JOIN)) {
            return; // it went on meanwhile (its join returned): the next look tells what it does now
        }
        Thread joined = lock == null ? null : platformThread(lock);
        if (joined == null) {
            log.release();
            return;
        }
        if (log.release(joined)) {
            return;
        }
        Thread.State state = joined.getState();
        boolean waits = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.BLOCKED;
        if (waits && waitsInLearnersCode(joined.getStackTrace())) {
            log.release();
        }
    }

    /** The platform thread whose monitor {@code lock} is (a join waits on the thread it joins), or null. */
    private static Thread platformThread(LockInfo lock) {
        for (Thread thread : LiveThreads.all()) {
            if (!thread.isVirtual() && System.identityHashCode(thread) == lock.getIdentityHashCode()
                    && thread.getClass().getName().equals(lock.getClassName())) {
                return thread;
            }
        }
        return null;
    }

    /**
     * Whether the innermost frame of {@code stack} that is not the JDK's is the learner's: not the probe's (its
     * gate, its log's lock), and not a thread that has only the JDK's frames (starting, or ending).
     */
    private static boolean waitsInLearnersCode(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.")) {
                return !type.startsWith("dev.threadlab.toolkit.");
            }
        }
        return false;
    }

    /** The caller's processor time so far, or {@code now} where the JVM cannot tell (virtual threads). */
    private long spent(long now) {
        long cpu = caller.isVirtual() || !THREADS.isThreadCpuTimeEnabled() ? -1 : THREADS.getThreadCpuTime(caller.threadId());
        return cpu < 0 ? now : cpu;
    }

    /**
     * Whether the caller waits for a lock that another thread holds while running (or queueing to run). A lock a
     * virtual thread holds (a task on the given executor holding a class loader's lock or {@code System.out}'s)
     * is reported as its carrier's, which the management bean shows waiting for that virtual thread: the virtual
     * thread's own state counts, read from the thread where it can be found; a mounted one runs.
     */
    private boolean lockOwnerRuns() {
        if (caller.isVirtual()) {
            return false;
        }
        ThreadInfo info = THREADS.getThreadInfo(caller.threadId());
        if (info == null) {
            return false;
        }
        if (info.getLockOwnerId() < 0) {
            // Took it since (the bean reads the caller afresh), or a lock nobody holds any more: it was let go,
            // and the caller waits for a core to take it. Either way the caller is not waiting for anyone.
            return info.getThreadState() == Thread.State.RUNNABLE || info.getThreadState() == Thread.State.BLOCKED
                    || String.valueOf(info.getLockName()).startsWith("java.util.concurrent.locks.ReentrantLock$");
        }
        ThreadInfo owner = THREADS.getThreadInfo(info.getLockOwnerId());
        Thread.State state;
        if (owner == null) { // a virtual thread holds it, unmounted
            state = virtualState(info.getLockOwnerId(), null);
        } else if (owner.getLockName() != null && owner.getLockName().startsWith("java.lang.VirtualThread@")
                && owner.getLockOwnerId() >= 0) { // a carrier: the virtual thread it runs holds it
            state = virtualState(owner.getLockOwnerId(), Thread.State.RUNNABLE);
        } else {
            state = owner.getThreadState();
        }
        return state == Thread.State.RUNNABLE || state == Thread.State.BLOCKED;
    }

    /** The state of the virtual thread {@code id}, or {@code unseen} where the live threads do not show it. */
    private static Thread.State virtualState(long id, Thread.State unseen) {
        return LiveThreads.all().stream().filter(t -> t.threadId() == id).map(Thread::getState).findFirst()
                .orElse(unseen);
    }

    private void seen(CallerWait wait, StackTraceElement[] stack) {
        waits.add(wait);
        inStream |= wait != CallerWait.SLEEP && CallerWait.inStream(stack);
        if (wait == CallerWait.SLEEP && sleptIn == null) {
            sleptIn = CallerWait.where(stack);
        }
    }

    /** What the caller was seen doing; only after {@link #close()}. */
    Seen seen() {
        return new Seen(waits, sleptIn, inStream);
    }

    /** How many times the caller has waited or slept so far (platform threads only), or -1. */
    private long waits() {
        if (caller.isVirtual()) {
            return -1;
        }
        ThreadInfo info = THREADS.getThreadInfo(caller.threadId());
        return info == null ? -1 : info.getWaitedCount();
    }

    /** Stops watching and waits (briefly) for the watcher to end. */
    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(watcher);
        try {
            watcher.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
