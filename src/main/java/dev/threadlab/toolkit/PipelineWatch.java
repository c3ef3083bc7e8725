package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Watches a {@link PipelineProbe}'s call for a stall: nothing read from the source and nothing handled for the
 * patience while the answer's threads are blocked, or its calling thread runs a busy loop. Such a wait cannot end
 * by itself, so the watch names it and ends it (interrupts the threads stuck in it; stops the cell code of a
 * thread that spins, which no interrupt reaches, see {@link BusyThreads}), and the check fails at once with the
 * reason:
 *
 * <ul>
 *   <li>every item was handled, yet consumers still wait to take more: too few poison pills ({@link Kind#PILLS});</li>
 *   <li>the producer waits to put on a full queue, and no consumer is left to take, or none takes any more
 *       ({@link Kind#CONSUMERS_GONE});</li>
 *   <li>the caller waits to take an item after the producer ended with the source exhausted: no end marker
 *       ({@link Kind#NO_END});</li>
 *   <li>the caller waits inside a {@code Thread.run()} it called: run() instead of start(), seen as soon as the
 *       caller has waited {@value #RUN_TICKS} ticks there, not after the patience, and ended again as long as the
 *       caller waits there ({@link Kind#RUN_NOT_START});</li>
 *   <li>the caller runs without waiting and uses the processor: a busy loop ({@link Kind#SPIN});</li>
 *   <li>anything else blocked with no progress ({@link Kind#STALL}).</li>
 * </ul>
 *
 * Threads of the answer that still spin when the watch steps in are stopped too. One daemon thread per watched
 * call, ended by {@link #close()}.
 */
final class PipelineWatch implements AutoCloseable {

    /** Why the watch stepped in. */
    enum Kind { PILLS, CONSUMERS_GONE, NO_END, RUN_NOT_START, SPIN, STALL }

    /**
     * What the watch did: the kind, the threads it interrupted and where each was stuck; for a busy loop, the
     * processor time the caller used while it was looked at ({@link #SPIN_SAMPLE} or more); whether every spinning
     * thread was stopped.
     */
    record Rescue(Kind kind, List<String> stuck, long spinCpuNanos, boolean stopped) {
        Rescue {
            stuck = List.copyOf(stuck);
        }

        Rescue(Kind kind, List<String> stuck) {
            this(kind, stuck, 0, true);
        }
    }

    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(10);
    /** How many ticks the caller waits before its stack is read for a Thread.run() it called, and again after as many. */
    static final int RUN_TICKS = 5;
    /** How long the caller is looked at before its running counts as a busy loop (longer on a crowded machine). */
    static final Duration SPIN_SAMPLE = Duration.ofMillis(200);

    private final PipelineLog log;
    private final Thread caller;
    private final long patience;
    private final Thread watcher;
    private volatile boolean stopped;
    private volatile Rescue rescue;
    private final Set<Thread> interrupted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final long firstThreadId;
    private final Consumer<Rescue> unstoppable;

    private PipelineWatch(PipelineLog log, Thread caller, Duration patience, long firstThreadId,
            Consumer<Rescue> unstoppable) {
        this.unstoppable = unstoppable;
        this.log = log;
        this.firstThreadId = firstThreadId;
        this.caller = caller;
        this.patience = patience.toNanos();
        this.watcher = Thread.ofPlatform().daemon().name("threadlab-pipeline-watch").unstarted(this::watch);
    }

    /**
     * Watches {@code caller}'s call; platform threads from {@code firstThreadId} on, in its group, are the answer's.
     * {@code unstoppable} hears of a busy loop in the caller that the watch could not stop: the call will not
     * return.
     */
    static PipelineWatch start(PipelineLog log, Thread caller, Duration patience, long firstThreadId,
            Consumer<Rescue> unstoppable) {
        PipelineWatch watch = new PipelineWatch(log, caller, patience, firstThreadId, unstoppable);
        log.begin(caller, watch.watcher.threadId(), firstThreadId);
        watch.watcher.start();
        return watch;
    }

    Rescue rescue() {
        return rescue;
    }

    private void watch() {
        long start = System.nanoTime();
        int waited = 0;
        while (!stopped && caller.isAlive() && System.nanoTime() - start < ProcessWatch.MAX.toNanos()) {
            long now = System.nanoTime();
            waited = isBlocked(caller) ? waited + 1 : 0;
            // every RUN_TICKS of a wait: an interrupted run() can be followed by the next within one tick
            if (waited % RUN_TICKS == 0 && waited > 0 && waitsInsideThreadRun(caller.getStackTrace())) {
                runNotStart();
            }
            long last = log.lastEvent();
            if (rescue == null && last != Long.MAX_VALUE && now - last >= patience) {
                rescue = isBlocked(caller) ? judge() : spinning();
            }
            LockSupport.parkNanos(TICK);
        }
    }

    /** Whether {@code stack} waits inside a Thread.run() the answer called, not in the probe's own gate or hold. */
    private static boolean waitsInsideThreadRun(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(PipelineLog.class.getName())) {
                return false; // held by the probe: a wait of the probe's making
            }
            if (StackText.isUserFrame(frame)) {
                break;
            }
        }
        return ThreadKind.throughThreadRun(stack, PipelineProbe.class);
    }

    /**
     * The caller waits inside a Thread.run() it called: each such wait can only end by an interrupt (a consumer's
     * loop waiting for items that only the caller, stuck in it, would put), so every one gets one.
     */
    private void runNotStart() {
        String where = describe(caller);
        interrupted.add(caller);
        caller.interrupt();
        if (rescue == null) {
            rescue = new Rescue(Kind.RUN_NOT_START, List.of(where));
            log.giveUp();
        }
    }

    /**
     * Whether the caller, running and not waiting while nothing moved for the patience, spins: looked at for
     * {@link #SPIN_SAMPLE}, it was running its code and never waiting ({@link SpinLooks}: however little processor
     * time a crowded machine gave it). Such a loop (on poll(), isEmpty()) never looks at an interrupt, so its cell
     * code is stopped ({@link BusyThreads}). Null when it does not spin.
     */
    private Rescue spinning() {
        long last = log.lastEvent();
        long before = BusyThreads.cpu(caller);
        SpinLooks looks = SpinLooks.watch(() -> List.of(caller), SPIN_SAMPLE);
        long after = BusyThreads.cpu(caller);
        long used = before < 0 || after < 0 ? 0 : after - before; // for the feedback only
        if (stopped || !looks.spinning().contains(caller) || isBlocked(caller) || log.lastEvent() != last) {
            return null;
        }
        String where = describe(caller);
        log.giveUp();
        interrupted.add(caller);
        caller.interrupt();
        boolean stoppedIt = BusyThreads.stop(caller, PipelineProbe.class);
        Rescue spin = new Rescue(Kind.SPIN, List.of(where), used,
                stoppedIt & BusyThreads.stopSpinning(answerThreads(), caller));
        if (!stoppedIt) {
            unstoppable.accept(spin);
        }
        return spin;
    }

    /** Which of the answer's threads are blocked, and in what; interrupts the ones that cannot go on. */
    private Rescue judge() {
        Set<Thread> known = new LinkedHashSet<>();
        known.add(caller);
        known.addAll(log.producers());
        known.addAll(log.consumers());
        known.addAll(answerThreads());
        List<Thread> blocked = new ArrayList<>();
        for (Thread t : known) {
            if (t.isAlive() && isBlocked(t)) {
                blocked.add(t);
            }
        }
        Rescue found = judge(known, blocked);
        if (found != null) {
            log.giveUp();
            if (!BusyThreads.stopSpinning(new ArrayList<>(known), caller)) {
                found = new Rescue(found.kind(), found.stuck(), found.spinCpuNanos(), false);
            }
        }
        return found;
    }

    private Rescue judge(Set<Thread> known, List<Thread> blocked) {
        if (!blocked.contains(caller)) {
            return null; // the caller went on meanwhile
        }
        List<Thread> producersOnly = log.producers().stream().filter(t -> !log.consumers().contains(t)).toList();
        // a pool's worker whose task ended waits for the next task in the pool's own queue: it consumes nothing
        List<Thread> consumersAlive = known.stream()
                .filter(t -> t != caller && t.isAlive() && !producersOnly.contains(t) && !idleWorker(t.getStackTrace()))
                .toList();
        QueueOp callerOp = QueueOp.of(caller.getStackTrace());
        if (log.allHandled() && log.exhausted() && !consumersAlive.isEmpty()) {
            List<Thread> stop = new ArrayList<>(consumersAlive);
            if (consumersAlive.stream().anyMatch(t -> !isBlocked(t))) {
                stop.add(caller); // consumers that spin ignore an interrupt: end the caller's wait for them
            }
            return stop(Kind.PILLS, stop, consumersAlive);
        }
        if (callerOp == QueueOp.PUT && consumersAlive.isEmpty()) {
            return stop(Kind.CONSUMERS_GONE, List.of(caller), List.of(caller));
        }
        // a producer thread waits on a full queue while no thread takes (the caller stopped taking and waits elsewhere)
        List<Thread> putting = blocked.stream().filter(t -> t != caller && QueueOp.of(t.getStackTrace()) == QueueOp.PUT)
                .toList();
        boolean anyoneTaking = known.stream().anyMatch(t -> t.isAlive() && QueueOp.of(t.getStackTrace()) == QueueOp.TAKE);
        if (!putting.isEmpty() && !anyoneTaking) {
            return stop(Kind.CONSUMERS_GONE, putting, putting);
        }
        boolean producersEnded = log.producers().stream().filter(t -> t != caller).noneMatch(Thread::isAlive);
        if (callerOp == QueueOp.TAKE && log.exhausted() && producersEnded) {
            return stop(Kind.NO_END, List.of(caller), List.of(caller));
        }
        return stop(Kind.STALL, blocked, blocked);
    }

    /**
     * Whether {@code stack} is an executor's worker between tasks: waiting in the pool's own work queue (which
     * {@link QueueOp} must not take for the learner's), with none of the learner's code on it.
     */
    static boolean idleWorker(StackTraceElement[] stack) {
        boolean betweenTasks = false;
        for (StackTraceElement frame : stack) {
            if (StackText.isUserFrame(frame)) {
                return false;
            }
            String type = frame.getClassName();
            String method = frame.getMethodName();
            betweenTasks |= type.equals("java.util.concurrent.ThreadPoolExecutor") && method.equals("getTask")
                    || type.equals("java.util.concurrent.ForkJoinPool") && method.equals("awaitWork");
        }
        return betweenTasks;
    }

    private static boolean isBlocked(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED;
    }

    /** Platform threads started since the call began in the caller's thread group (the JDK's own live elsewhere). */
    private List<Thread> answerThreads() {
        List<Thread> found = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.threadId() >= firstThreadId && t != caller && t.isAlive() && !t.getName().startsWith("threadlab-")
                    && inGroup(t, caller.getThreadGroup())) {
                found.add(t);
            }
        }
        return found;
    }

    static boolean inGroup(Thread thread, ThreadGroup group) {
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }

    /** Interrupts {@code threads}; the rescue names {@code named} and where each was. */
    private Rescue stop(Kind kind, List<Thread> threads, List<Thread> named) {
        List<String> stuck = new ArrayList<>();
        for (Thread t : named) {
            stuck.add(describe(t));
        }
        for (Thread t : threads) {
            interrupted.add(t);
            t.interrupt();
        }
        return new Rescue(kind, stuck);
    }

    /** {@code pool-1-thread-2 (in LinkedBlockingQueue.take, called from a lambda in pipeline)}. */
    static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        StackTraceElement user = StackText.firstUserFrame(stack);
        String wait = "";
        for (StackTraceElement frame : stack) {
            if (frame == user) {
                break;
            }
            if (!frame.getClassName().startsWith("jdk.internal") && !frame.getClassName().startsWith("java.util.concurrent.locks")) {
                wait = StackText.frame(frame);
            }
        }
        return ProbeFacts.name(thread) + " (" + (wait.isEmpty() ? thread.getState().toString().toLowerCase(java.util.Locale.ROOT)
                : "in " + wait) + (user == null ? "" : ", called from " + StackText.frame(user)) + ")";
    }

    /** Stops watching; clears the caller's interrupt if the watch set it. On the caller's thread. */
    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(watcher);
        // the watch may have just interrupted the caller: wait for its verdict all the same (a busy loop that
        // looked at the interrupt returns with it set)
        boolean interruptedMeanwhile = Thread.interrupted();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (watcher.isAlive() && System.nanoTime() < deadline) {
            try {
                watcher.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                interruptedMeanwhile = true;
            }
        }
        if (interruptedMeanwhile && !(interrupted.contains(caller) && Thread.currentThread() == caller)) {
            Thread.currentThread().interrupt();
        }
    }

    /** The queue operation a thread is blocked in, read from its stack. */
    enum QueueOp {
        TAKE, PUT, OTHER;

        static QueueOp of(StackTraceElement[] stack) {
            if (idleWorker(stack)) {
                return OTHER;
            }
            for (StackTraceElement frame : stack) {
                if (StackText.isUserFrame(frame)) {
                    break;
                }
                String type = frame.getClassName();
                String method = frame.getMethodName();
                if (type.contains("Queue") || type.contains("Deque") || type.contains("Transfer")) {
                    if (method.equals("take") || method.startsWith("poll") || method.startsWith("takeFirst")) {
                        return TAKE;
                    }
                    if (method.equals("put") || method.startsWith("offer") || method.equals("transfer")) {
                        return PUT;
                    }
                }
            }
            return OTHER;
        }
    }
}
