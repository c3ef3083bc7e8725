package dev.threadlab.agent;

import dev.threadlab.toolkit.internal.LiveThreads;
import dev.threadlab.toolkit.internal.ToolkitOwned;
import dev.threadlab.wire.ThreadTable;
import dev.threadlab.wire.ThreadTable.ProcessRow;
import dev.threadlab.wire.ThreadTable.ThreadRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Which cell started which user thread and child process, for the warning at the end of a cell and for
 * {@code %threads}. Cheap per cell: {@link #begin} reads the next thread id (one unstarted virtual thread
 * object); {@link #leftovers} enumerates threads without stack walks, except for the cell's own leftovers.
 *
 * <p>A thread's origin is the cell that was running (or ran last) when it was created: thread ids grow
 * with creation, so the cell with the greatest first id not above the thread's id. This equals the
 * {@link CellTag} that routes output except for threads that a leftover thread creates while a later cell
 * runs. User threads are platform threads in a snippet's thread group (excluding the JDK's pools and
 * daemons and our own threads) and virtual threads created since the first cell, when
 * {@link LiveThreads#seesVirtualThreads()}. A child process belongs to the cell at whose end it was
 * first seen; threads and processes the toolkit or the JDK's HttpClient runs for itself are left out of the
 * warning ({@link #notTheLearners}). Children are looked for only while the JDK runs a "process reaper"
 * thread other than the one the engine's own watch on its kernel keeps (a /proc scan cost 1.5 ms of every
 * cell's end).
 *
 * <p>A thread that is running (or entering a monitor) when its cell's code returns may be about to end: a
 * reader that prints its last line. {@link #leftovers} gives such threads {@link #GRACE} in all to end before
 * it counts them, so the warning is not a race lost by a moment; a thread that waits, sleeps or parks is
 * not given it, so a cell leaving an idle executor or a waiting thread ends without delay. Thread-safe.
 */
final class CellThreads {

    /** A cell: the kernel's tag and the execution count shown as In [n]. */
    record Cell(int tag, int executionCount) {}

    private static final String SNIPPET_GROUP = CellMain.GROUP_NAME;
    /** How the JDK's HttpClient names its own threads (jdk.internal.net.http.HttpClientImpl, JDK 21-25). */
    private static final Pattern HTTP_CLIENT_THREAD = Pattern.compile("HttpClient-\\d+-(SelectorManager|Worker-\\d+)");
    private static final int MAX_CELLS = 10_000;
    private static final int MAX_NAMES = 3;
    /** Stack walks per question: a thread bomb must not make every cell end slowly. */
    private static final int MAX_STACKS = 200;
    /**
     * The name of the JDK's thread waiting for the kernel to exit (EngineMain halts the engine then); a JDK
     * that names its reapers otherwise only makes every cell's end look for children.
     */
    private static final String KERNEL_REAPER = ProcessHandle.current().parent()
            .map(kernel -> "process reaper (pid " + kernel.pid() + ")").orElse("");

    /** The longest a cell's end waits, in all, for its running threads to end before it reports them. */
    static final Duration GRACE = Duration.ofMillis(40);

    private final NavigableMap<Long, Cell> byFirstThreadId = new TreeMap<>();
    /** Waits a bounded time for the threads it is given to end ({@link #GRACE} by default). */
    private final Consumer<List<Thread>> grace;
    private final Map<Long, Cell> processes = new HashMap<>();
    private final PoolThreads pools = new PoolThreads();
    private Cell current = new Cell(0, 0);

    /** Cell threads whose end is waited for {@link #GRACE} at most, in all. */
    CellThreads() {
        this(threads -> awaitEnd(threads, GRACE));
    }

    /** Cell threads whose end {@code grace} waits for, a bounded time, before a cell's leftovers are counted. */
    CellThreads(Consumer<List<Thread>> grace) {
        this.grace = grace;
    }

    /** Cell {@code tag} (In [{@code executionCount}]) starts; {@link CellTag#set} follows on the snippet's thread. */
    synchronized void begin(int tag, int executionCount) {
        current = new Cell(tag, executionCount);
        CellTag.set(tag);
        byFirstThreadId.put(Thread.ofVirtual().unstarted(() -> {}).threadId(), current);
        if (byFirstThreadId.size() > MAX_CELLS) {
            byFirstThreadId.pollFirstEntry();
        }
    }

    /** The tag of the running (or last) cell. */
    synchronized int currentTag() {
        return current.tag();
    }

    /**
     * Interrupts every live user thread the current cell started (platform or virtual, in any of its
     * snippets), as JShell's stop interrupts the threads of a one-snippet cell. Threads of earlier cells are
     * left alone. Any thread; the command thread may run a snippet meanwhile.
     */
    synchronized void interruptCurrent() {
        for (Thread thread : LiveThreads.all()) {
            if (thread != Thread.currentThread() && isUser(thread) && current.equals(origin(thread))) {
                thread.interrupt();
            }
        }
    }

    /**
     * Whether {@code thread} is a user thread that an earlier cell started and that is no pool worker (a pool
     * thread runs the tasks of any cell, so it may well work for the current one).
     */
    synchronized boolean startedByEarlierCell(Thread thread) {
        Cell origin = origin(thread);
        return isUser(thread) && origin != null && !origin.equals(current)
                && !PoolThreads.isPoolWorker(thread.getStackTrace());
    }

    /**
     * One short line naming what the current cell left running, or null when nothing is. Its threads that are
     * running code may end first (see {@link #GRACE}); the wait holds no lock, so an interrupt is not delayed.
     */
    String leftovers() {
        grace.accept(mayBeEnding());
        return leftoversNow();
    }

    /** The current cell's threads that are running code or entering a monitor: they may be on their way out. */
    private synchronized List<Thread> mayBeEnding() {
        return LiveThreads.all().stream()
                .filter(t -> t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.BLOCKED)
                .filter(t -> t != Thread.currentThread() && isUser(t) && current.equals(origin(t)))
                .filter(t -> !notTheLearners(t)) // a SlowServer's dispatcher runs for good: no grace to wait out
                .toList();
    }

    /** Waits until {@code threads} ended or {@code grace} passed, whichever is first; an interrupt ends it too. */
    static void awaitEnd(List<Thread> threads, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                thread.join(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // a stop of the cell: report at once
                return;
            }
        }
    }

    private synchronized String leftoversNow() {
        List<String> running = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        List<Thread> all = LiveThreads.all();
        List<Thread> user = all.stream().filter(this::isUser).sorted(Comparator.comparingLong(Thread::threadId))
                .toList();
        Set<Long> idleInPools = pools.cellEnded(current.tag(), user);
        for (Thread thread : user) {
            if (current.equals(origin(thread)) && !notTheLearners(thread)) {
                (idleInPools.contains(thread.threadId()) ? idle : running).add(name(thread));
            }
        }
        List<String> children = new ArrayList<>();
        processes(all).forEach((process, cell) -> {
            if (cell.equals(current) && !ToolkitOwned.ownsProcess(process.pid())) {
                children.add(process.pid() + " " + command(process));
            }
        });
        if (running.isEmpty() && idle.isEmpty() && children.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!running.isEmpty()) {
            parts.add(count(running.size(), "thread") + " (" + names(running) + ")");
        }
        if (!idle.isEmpty()) {
            parts.add(count(idle.size(), "idle executor thread") + " (" + names(idle)
                    + "; call shutdown() on the executor when done)");
        }
        if (!children.isEmpty()) {
            parts.add(count(children.size(), "child process") + " (" + names(children) + ")");
        }
        return "⚠ Still running from this cell: " + String.join(", ", parts)
                + ". %threads lists them; %reset stops them.";
    }

    /**
     * Whether {@code thread}, though a cell started it, is not the learner's to stop: the toolkit's own (a
     * check's threads, a SlowServer's, a ProcessPool's; see {@link ToolkitOwned}), or one the JDK's HttpClient
     * runs for itself (its selector, and its default executor's workers, which end with the client).
     */
    static boolean notTheLearners(Thread thread) {
        if (ToolkitOwned.owns(thread)) {
            return true;
        }
        return HTTP_CLIENT_THREAD.matcher(thread.getName()).matches()
                && Arrays.stream(thread.getStackTrace()).noneMatch(CellThreads::isUserFrame);
    }

    /**
     * Every live user thread (the first {@value #MAX_STACKS}, then one row counting the others), then every child
     * process.
     */
    synchronized ThreadTable table() {
        List<ThreadRow> rows = new ArrayList<>();
        List<Thread> all = LiveThreads.all();
        List<Thread> user = all.stream().filter(this::isUser).sorted(Comparator.comparingLong(Thread::threadId))
                .toList();
        user.stream().limit(MAX_STACKS).forEach(t -> rows.add(threadRow(t)));
        if (user.size() > MAX_STACKS) {
            rows.add(new ThreadRow("… and " + (user.size() - MAX_STACKS) + " more", "", "", null, null, null));
        }
        List<ProcessRow> children = new ArrayList<>();
        processes(all).forEach((process, cell) -> children.add(new ProcessRow(process.pid(), command(process),
                cell.executionCount() == 0 ? null : cell.executionCount())));
        return new ThreadTable(rows, children);
    }

    private ThreadRow threadRow(Thread thread) {
        StackTraceElement[] frames = thread.getStackTrace();
        StackTraceElement user = Arrays.stream(frames).filter(CellThreads::isUserFrame).findFirst().orElse(null);
        Cell origin = origin(thread);
        String kind = (thread.isVirtual() ? "virtual" : "platform") + (thread.isDaemon() && !thread.isVirtual()
                ? ", daemon" : "");
        String state = thread.getState() + (idleInExecutor(frames) ? " (idle in an executor)" : "");
        return new ThreadRow(name(thread), state, kind,
                origin == null || origin.executionCount() == 0 ? null : origin.executionCount(),
                user, frames.length == 0 ? null : frames[0]);
    }

    private Cell origin(Thread thread) {
        Map.Entry<Long, Cell> entry = byFirstThreadId.floorEntry(thread.threadId());
        return entry == null ? null : entry.getValue();
    }

    private boolean isUser(Thread thread) {
        if (thread.isVirtual()) {
            return !byFirstThreadId.isEmpty() && thread.threadId() >= byFirstThreadId.firstKey();
        }
        for (ThreadGroup group = thread.getThreadGroup(); group != null; group = group.getParent()) {
            if (group.getName().equals(SNIPPET_GROUP)) {
                return true;
            }
        }
        return false;
    }

    /** Live child processes with the cell each was first seen at the end of. */
    private Map<ProcessHandle, Cell> processes(List<Thread> threads) {
        processes.keySet().removeIf(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        Map<ProcessHandle, Cell> live = new HashMap<>();
        if (!mayHaveChildren(threads, KERNEL_REAPER)) {
            return live;
        }
        ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .forEach(p -> live.put(p, processes.computeIfAbsent(p.pid(), pid -> current)));
        return live;
    }

    /**
     * Whether a child process may be running: the JDK starts a "process reaper" thread for every process it
     * waits for, and names it after that process's pid while it waits (JDK 25). The reaper named
     * {@code kernelReaper} waits for the kernel, not a child; an idle pooled reaper only makes the caller look.
     */
    static boolean mayHaveChildren(List<Thread> threads, String kernelReaper) {
        return threads.stream().map(Thread::getName)
                .anyMatch(name -> name.startsWith("process reaper") && !name.equals(kernelReaper));
    }

    /** The thread's name, or {@code #id} for an unnamed one (virtual threads usually are). */
    private static String name(Thread thread) {
        return thread.getName().isEmpty() ? "#" + thread.threadId() : thread.getName();
    }

    private static boolean isUserFrame(StackTraceElement frame) {
        String file = frame.getFileName();
        return file != null && file.startsWith("#") || frame.getClassName().startsWith("REPL.");
    }

    /** Parked waiting for work in a pool, with no user code on the stack. */
    static boolean idleInExecutor(StackTraceElement[] frames) {
        boolean waitsForWork = false;
        for (StackTraceElement frame : frames) {
            if (isUserFrame(frame)) {
                return false;
            }
            String name = frame.getClassName() + "." + frame.getMethodName();
            waitsForWork |= name.equals("java.util.concurrent.ThreadPoolExecutor.getTask")
                    || name.equals("java.util.concurrent.ForkJoinPool.awaitWork");
        }
        return waitsForWork;
    }

    private static String command(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("?");
        return info.arguments().map(args -> command + " " + String.join(" ", args)).orElse(command);
    }

    private static String names(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(MAX_NAMES, names.size())));
        return names.size() > MAX_NAMES ? shown + " and " + (names.size() - MAX_NAMES) + " more" : shown;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : what.endsWith("s") ? "es" : "s");
    }
}
