package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches a {@link PipelineProbe}'s call for a stall: nothing read from the source and nothing handled for the
 * patience while the answer's threads are blocked. Such a wait cannot end by itself, so the watch names it and
 * interrupts the threads stuck in it, and the check fails at once with the reason:
 *
 * <ul>
 *   <li>every item was handled, yet consumers still wait to take more: too few poison pills ({@link Kind#PILLS});</li>
 *   <li>the producer waits to put on a full queue, and no consumer is left to take, or none takes any more
 *       ({@link Kind#CONSUMERS_GONE});</li>
 *   <li>the caller waits to take an item after the producer ended with the source exhausted: no end marker
 *       ({@link Kind#NO_END});</li>
 *   <li>anything else blocked with no progress ({@link Kind#STALL}).</li>
 * </ul>
 *
 * One daemon thread per watched call, ended by {@link #close()}.
 */
final class PipelineWatch implements AutoCloseable {

    /** Why the watch stepped in. */
    enum Kind { PILLS, CONSUMERS_GONE, NO_END, STALL }

    /** What the watch did: the kind, the threads it interrupted and where each was stuck. */
    record Rescue(Kind kind, List<String> stuck) {
        Rescue {
            stuck = List.copyOf(stuck);
        }
    }

    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(10);

    private final PipelineLog log;
    private final Thread caller;
    private final long patience;
    private final Thread watcher;
    private volatile boolean stopped;
    private volatile Rescue rescue;
    private final Set<Thread> interrupted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final long firstThreadId;

    private PipelineWatch(PipelineLog log, Thread caller, Duration patience, long firstThreadId) {
        this.log = log;
        this.firstThreadId = firstThreadId;
        this.caller = caller;
        this.patience = patience.toNanos();
        this.watcher = Thread.ofPlatform().daemon().name("threadlab-pipeline-watch").unstarted(this::watch);
    }

    /** Watches {@code caller}'s call; platform threads from {@code firstThreadId} on, in its group, are the answer's. */
    static PipelineWatch start(PipelineLog log, Thread caller, Duration patience, long firstThreadId) {
        PipelineWatch watch = new PipelineWatch(log, caller, patience, firstThreadId);
        log.begin(caller, watch.watcher.threadId());
        watch.watcher.start();
        return watch;
    }

    Rescue rescue() {
        return rescue;
    }

    private void watch() {
        long start = System.nanoTime();
        while (!stopped && caller.isAlive() && System.nanoTime() - start < ProcessWatch.MAX.toNanos()) {
            long now = System.nanoTime();
            long last = log.lastEvent();
            if (rescue == null && last != Long.MAX_VALUE && now - last >= patience) {
                rescue = judge();
            }
            LockSupport.parkNanos(TICK);
        }
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
        if (!blocked.contains(caller)) {
            return null; // the caller is busy (or spinning): not a wait that can be ended here
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
        try {
            watcher.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (interrupted.contains(caller) && Thread.currentThread() == caller) {
            Thread.interrupted();
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
