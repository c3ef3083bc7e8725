package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches the thread that called the learner's code while it drives a {@link ProcessProbe}'s programs, and
 * ends a wait that can never end by itself, so that a check fails at once with the reason instead of
 * running into its timeout:
 *
 * <ul>
 *   <li>a program's write has been blocked for the patience: its pipe is full and nobody reads it (the
 *       program is killed);</li>
 *   <li>the caller has waited without a time limit ({@code waitFor()}, a read of the output) for the patience
 *       while a program that never ends runs, and for the patience since a thread the answer started was last
 *       seen waiting for a time to pass (a timer of its own, such as a scheduled task that kills the program at
 *       the limit, ends such a wait: an answer built that way has a limit) (the program is killed);</li>
 *   <li>a program playing a game over its pipes has waited for input for the patience while the caller waits
 *       for its reply, or for its end (the program is killed);</li>
 *   <li>the caller has gone on sleeping in one {@code Thread.sleep} for the patience after every program
 *       ended (the caller is interrupted);</li>
 *   <li>the answer was given a limit to wait for a program ({@link ProcessProbe#limit}), and {@link #OVERTIME}
 *       after that limit it still has not returned while a program that never ends runs: whatever it waits in,
 *       with a time of its own or none, that time is not the limit (a number and a unit that do not agree, say)
 *       (the program is killed).</li>
 * </ul>
 *
 * <p>It also keeps the gate of the probe moving. One daemon thread per watched call, ended by {@link #close()}.
 */
final class ProcessWatch implements AutoCloseable {

    /** How the watch had to end a wait, and the facts for the feedback. */
    record Rescue(Kind kind, ProgramRun run, String stream, long written, String callerWait, Duration limit,
            Duration after) {

        Rescue(Kind kind, ProgramRun run, String stream, long written, String callerWait) {
            this(kind, run, stream, written, callerWait, Duration.ZERO, Duration.ZERO);
        }
    }

    /** Why the watch stepped in. */
    enum Kind { PIPE_FULL, NO_LIMIT, NOT_FLUSHED, NOT_CLOSED, SLEPT_AFTER_EXIT, PAST_LIMIT }

    /** The longest a call is watched. */
    static final Duration MAX = Duration.ofSeconds(120);
    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(5);
    /** How often it looks for programs running that have not reported yet (a look lists the processes). */
    private static final long LAUNCH_LOOK = TimeUnit.MILLISECONDS.toNanos(50);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * How long past the limit it was given an answer may still be on its way out (a polite stop, a few seconds of
     * grace, then a forced one) before the watch ends its wait: no right answer waits that long, and a wrong one is
     * told well within a check's time.
     */
    static final Duration OVERTIME = Duration.ofSeconds(10);

    private final ProcessLog log;
    private final Thread caller;
    private final long patience;
    /** The limit the answer was given, plus {@link #OVERTIME}, in nanoseconds; 0 when no limit is known. */
    private final long pastLimit;
    private final Thread watcher;
    private final long firstId = WhereStuck.nextThreadId();
    private volatile boolean stopped;
    private volatile Rescue rescue;
    private volatile boolean interruptedCaller;
    // Written by the watcher only, read after close() joined it.
    private final long[] spent = new long[ProcessWait.values().length];

    private ProcessWatch(ProcessLog log, Thread caller, Duration patience, Duration limit) {
        this.log = log;
        this.caller = caller;
        this.patience = patience.toNanos();
        this.pastLimit = limit == null ? 0 : limit.plus(OVERTIME).toNanos();
        this.watcher = Thread.ofPlatform().daemon().name("threadlab-process-watch").unstarted(this::watch);
    }

    /** Watches {@code caller}; {@code limit} is the time the answer was given to wait for a program, or null. */
    static ProcessWatch start(ProcessLog log, Thread caller, Duration patience, Duration limit) {
        ProcessWatch watch = new ProcessWatch(log, caller, patience, limit);
        watch.watcher.start();
        return watch;
    }

    /** What the watch had to do, or null. */
    Rescue rescue() {
        return rescue;
    }

    private void watch() {
        long start = System.nanoTime();
        long blockedSince = 0;
        long sleepSince = 0;
        long sleepCount = -1;
        String lastWait = "";
        long previous = start;
        long lookedForLaunches = 0;
        long timerSeen = 0;
        while (!stopped && caller.isAlive() && System.nanoTime() - start < MAX.toNanos()) {
            long now = System.nanoTime();
            log.tick(now);
            if (now - lookedForLaunches >= LAUNCH_LOOK) {
                log.seeLaunches();
                lookedForLaunches = now;
            }
            Thread.State state = caller.getState();
            StackTraceElement[] stack = caller.getStackTrace();
            ProcessWait wait = ProcessWait.of(state, stack);
            spent[wait.ordinal()] += now - previous;
            previous = now;
            if (wait.untimed(state)) {
                blockedSince = blockedSince == 0 || !wait.describe(stack).equals(lastWait) ? now : blockedSince;
                lastWait = wait.describe(stack);
            } else {
                blockedSince = 0;
            }
            if (wait == ProcessWait.SLEEP) {
                long count = waitedCount();
                if (sleepSince == 0 || count != sleepCount) {
                    sleepSince = now;
                    sleepCount = count;
                }
            } else {
                sleepSince = 0;
            }
            if (blockedSince != 0 && rescue == null && timerOfTheAnswer()) {
                timerSeen = now;
            }
            if (rescue == null) {
                rescue = judge(now, blockedSince == 0 ? 0 : Math.max(blockedSince, timerSeen), sleepSince, wait, stack);
            }
            if (rescue == null && pastLimit != 0 && now - start >= pastLimit) {
                rescue = pastTheLimit(Duration.ofNanos(now - start), wait, stack);
            }
            LockSupport.parkNanos(TICK);
        }
    }

    private Rescue judge(long now, long blockedSince, long sleepSince, ProcessWait wait, StackTraceElement[] stack) {
        List<ProgramRun> runs = log.runs();
        for (ProgramRun run : runs) {
            long stuck = run.stuckSince();
            if (run.running() && stuck != 0 && now - stuck >= patience) {
                String stream = run.stuckStream();
                log.kill(run);
                return new Rescue(Kind.PIPE_FULL, run, stream, run.written(stream), wait.describe(stack));
            }
        }
        boolean blocked = blockedSince != 0 && now - blockedSince >= patience;
        for (ProgramRun run : runs) {
            if (blocked && run.running() && run.isHanging()) {
                runs.stream().filter(r -> r.running() && r.isHanging()).forEach(log::kill);
                return new Rescue(Kind.NO_LIMIT, run, null, 0, wait.describe(stack));
            }
            long hungry = run.hungrySince();
            if (blocked && run.running() && run.program().secret() != null && hungry != 0 && now - hungry >= patience) {
                boolean won = run.lines().stream().anyMatch(l -> l.strip().equals(run.program().secret().toString()));
                log.kill(run);
                return new Rescue(won ? Kind.NOT_CLOSED : Kind.NOT_FLUSHED, run, null, 0, wait.describe(stack));
            }
        }
        boolean allDone = !runs.isEmpty() && runs.stream().anyMatch(ProgramRun::wasStarted)
                && runs.stream().noneMatch(ProgramRun::running);
        if (allDone && sleepSince != 0) {
            long lastEnd = runs.stream().mapToLong(r -> Math.max(r.endedAt(), 0)).max().orElse(0);
            if (now - Math.max(sleepSince, lastEnd) >= patience) {
                interruptedCaller = true;
                caller.interrupt();
                return new Rescue(Kind.SLEPT_AFTER_EXIT, null, null, 0, CallerWait.where(stack));
            }
        }
        return null;
    }

    /** The answer is still at it {@link #OVERTIME} past its limit: kills the programs that never end, if any run. */
    private Rescue pastTheLimit(Duration after, ProcessWait wait, StackTraceElement[] stack) {
        List<ProgramRun> hanging = log.runs().stream().filter(r -> r.running() && r.isHanging()).toList();
        if (hanging.isEmpty()) {
            return null;
        }
        hanging.forEach(log::kill);
        return new Rescue(Kind.PAST_LIMIT, hanging.getFirst(), null, 0, wait == ProcessWait.RUNNING ? ""
                : wait.describe(stack), Duration.ofNanos(pastLimit).minus(OVERTIME), after);
    }

    /**
     * Whether a thread the answer started waits for a time to pass: sleeps in its code, or is the worker of a
     * scheduled executor (a {@code schedule(...)}, {@code orTimeout}) with a task due. Such a timer may yet end
     * the caller's wait, as a watchdog that kills the program at the limit does. An idle pool's worker waiting
     * for work with a keep-alive time is no timer.
     */
    private boolean timerOfTheAnswer() {
        return anyTimer(dev.threadlab.toolkit.internal.LiveThreads.all().stream().filter(t -> t.threadId() >= firstId
                && t != caller && t != watcher && !t.getName().startsWith("threadlab-")).toList());
    }

    /** Whether one of {@code threads} is a timer, as {@link #timerOfTheAnswer()} tells one. */
    static boolean anyTimer(List<Thread> threads) {
        for (Thread t : threads) {
            if (t.getState() != Thread.State.TIMED_WAITING) {
                continue;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (StackText.isUserFrame(frame)
                        || frame.getClassName().equals("java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the caller spent the most time blocked in (not counting sleeps), or RUNNING; only after {@link #close()}. */
    ProcessWait mostlyIn() {
        ProcessWait most = ProcessWait.RUNNING;
        long longest = 0;
        for (ProcessWait wait : ProcessWait.values()) {
            if (wait != ProcessWait.RUNNING && wait != ProcessWait.SLEEP && spent[wait.ordinal()] > longest) {
                most = wait;
                longest = spent[wait.ordinal()];
            }
        }
        return most;
    }

    /** How many times the caller has waited so far (platform threads), or -1. */
    private long waitedCount() {
        if (caller.isVirtual()) {
            return -1;
        }
        ThreadInfo info = THREADS.getThreadInfo(caller.threadId());
        return info == null ? -1 : info.getWaitedCount();
    }

    /** Stops watching; clears the caller's interrupt if the watch set it. On the caller's thread. */
    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(watcher);
        try {
            watcher.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (interruptedCaller && Thread.currentThread() == caller) {
            Thread.interrupted();
        }
    }

    /** What the caller is blocked in, read from its stack, as far as a process's pipes and end are concerned. */
    enum ProcessWait {
        SLEEP("Thread.sleep"), WAIT_FOR("waitFor()"), READ("a read of the program's output"),
        WRITE("a write to the program's input"), JOIN("Thread.join"), FUTURE("a Future's get() or join()"),
        OTHER("a wait"), RUNNING("");

        private final String words;

        ProcessWait(String words) {
            this.words = words;
        }

        static ProcessWait of(Thread.State state, StackTraceElement[] stack) {
            ProcessWait kind = RUNNING;
            for (StackTraceElement frame : stack) {
                boolean user = StackText.isUserFrame(frame);
                String type = frame.getClassName();
                String method = frame.getMethodName();
                ProcessWait found = method.startsWith("sleep") && (type.equals("java.lang.Thread")
                        || type.equals("java.lang.VirtualThread") || type.equals("java.util.concurrent.TimeUnit"))
                        ? SLEEP
                        : method.equals("waitFor") && type.contains("Process") ? WAIT_FOR
                        : method.startsWith("read") && (type.endsWith("InputStream") || type.endsWith("Reader")) ? READ
                        : (method.startsWith("write") || method.equals("flush"))
                                && (type.endsWith("OutputStream") || type.endsWith("Writer")) ? WRITE
                        : type.equals("java.lang.Thread") && method.equals("join") ? JOIN
                        : type.contains("Future") && (method.equals("get") || method.equals("join")) ? FUTURE
                        : null;
                if (found != null) {
                    kind = found;
                }
                if (user) {
                    break; // the learner's own code (or a stand-in for a process in tests) ends the search
                }
            }
            if (kind == RUNNING && state != Thread.State.RUNNABLE && state != Thread.State.NEW) {
                kind = OTHER;
            }
            return kind;
        }

        /** Blocked with no time limit, in {@code state}: waiting for good, or in a pipe's read or write. */
        boolean untimed(Thread.State state) {
            return this != RUNNING && this != SLEEP && state != Thread.State.TIMED_WAITING;
        }

        /** {@code waitFor() (in output)}. */
        String describe(StackTraceElement[] stack) {
            String where = CallerWait.where(stack);
            return words + (where.isEmpty() ? "" : " (in " + where + ")");
        }
    }
}
