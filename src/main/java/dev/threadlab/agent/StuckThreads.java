package dev.threadlab.agent;

import dev.threadlab.toolkit.Deadlock;
import dev.threadlab.toolkit.Threads;
import dev.threadlab.toolkit.internal.LiveThreads;
import dev.threadlab.wire.ThreadDumpText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * What the threads of the running cell are doing, for the message shown when a cell did not stop and the
 * engine is killed: each thread of the snippet's thread group with its state and innermost frames, and any
 * deadlock cycle. Stateless.
 */
final class StuckThreads {

    /** The thread group snippets run in ({@link CellMain}'s); threads they start inherit it. */
    private static final String SNIPPET_GROUP = CellMain.GROUP_NAME;
    private static final int MAX_FRAMES = 3;
    private static final int MAX_THREADS = 10;

    static final String NOTHING_RUNNING = "No thread of the cell is running.\n";

    private StuckThreads() {}

    static String describe(CellThreads cells) {
        StringBuilder text = new StringBuilder();
        appendIgnoredInterrupt(text);
        int shown = 0;
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            ThreadGroup group = thread.getThreadGroup();
            if (group == null || !group.getName().equals(SNIPPET_GROUP)) {
                continue;
            }
            if (++shown > MAX_THREADS) {
                text.append("... and more threads\n");
                break;
            }
            text.append("Thread \"").append(thread.getName()).append("\" (").append(thread.getState()).append(")\n");
            appendFrames(text, entry.getValue());
        }
        appendDeadlocks(text, cells);
        // Never empty: an empty answer would be no frame at all, and the kernel would wait for it in vain.
        return text.isEmpty() ? NOTHING_RUNNING : text.toString();
    }

    /**
     * The snippet's own thread ({@link CellMain}'s {@code main}) after a stop: its interrupt flag
     * still set while it waits or is blocked means the call it is in ignores interrupts; so does a wait
     * in {@code CompletableFuture.join}.
     */
    private static void appendIgnoredInterrupt(StringBuilder text) {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            StackTraceElement[] frames = entry.getValue();
            Thread.State state = thread.getState();
            boolean waiting = state == Thread.State.BLOCKED || state == Thread.State.WAITING
                    || state == Thread.State.TIMED_WAITING;
            if (waiting && (thread.isInterrupted() || ignoresInterruptsByDesign(thread))
                    && CellMain.isCellMain(thread)) {
                text.append(ThreadDumpText.IGNORES_INTERRUPT).append(" (").append(state).append(waitsIn(frames)).append(").\n");
                return;
            }
        }
    }

    /**
     * {@code CompletableFuture.join()} parks on a {@code Signaller} and swallows each interrupt (it clears
     * the flag and restores it only when the future completes): still parked there after a stop, the
     * thread is in a join, since an interruptible {@code get()} would have thrown.
     */
    private static boolean ignoresInterruptsByDesign(Thread thread) {
        Object blocker = LockSupport.getBlocker(thread);
        return blocker != null && blocker.getClass().getName().equals("java.util.concurrent.CompletableFuture$Signaller");
    }

    /** {@code " in CompletableFuture.join"}: the outermost library call below the cell's code. */
    private static String waitsIn(StackTraceElement[] frames) {
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith("REPL.")) {
                if (i == 0) {
                    return " in the cell's code";
                }
                String type = frames[i - 1].getClassName();
                return " in " + type.substring(type.lastIndexOf('.') + 1) + "." + frames[i - 1].getMethodName();
            }
        }
        return "";
    }

    /** The library frames nearest to the cell's code (what the cell called), then the cell itself. */
    private static void appendFrames(StringBuilder text, StackTraceElement[] frames) {
        int cell = 0;
        while (cell < frames.length && !frames[cell].getClassName().startsWith("REPL.")) {
            cell++;
        }
        int from = Math.max(0, cell - MAX_FRAMES);
        if (from > 0) {
            text.append("    ...\n");
        }
        for (int i = from; i < cell; i++) {
            text.append("    at ").append(frames[i].getClassName()).append('.').append(frames[i].getMethodName())
                    .append('\n');
        }
        if (cell < frames.length) {
            text.append("    in the cell's code\n");
        }
    }

    /**
     * The deadlock cycle in words, one thread a line, under a {@link ThreadDumpText#DEADLOCK_HEADING} heading, or
     * under {@link ThreadDumpText#EARLIER_DEADLOCK_HEADING} when earlier cells started all its threads.
     */
    private static void appendDeadlocks(StringBuilder text, CellThreads cells) {
        Deadlock deadlock = Threads.deadlocks();
        if (!deadlock.found()) {
            try {
                deadlock = Threads.deadlocksWithVirtualThreads(); // ThreadMXBean does not see virtual threads
            } catch (RuntimeException e) {
                return;
            }
        }
        if (!deadlock.found()) {
            return;
        }
        text.append(earlierCellsOnly(deadlock, cells) ? ThreadDumpText.EARLIER_DEADLOCK_HEADING
                : ThreadDumpText.DEADLOCK_HEADING).append('\n');
        for (Deadlock.Link link : deadlock.links()) {
            text.append("    ").append(link.thread()).append(" holds ").append(link.holds()).append(" and waits for ")
                    .append(link.waitsFor()).append(" (held by ").append(link.owner()).append(")\n");
        }
    }

    /** Whether every thread of {@code deadlock} (found by name among the live threads) was started by an earlier cell. */
    private static boolean earlierCellsOnly(Deadlock deadlock, CellThreads cells) {
        Set<String> names = deadlock.links().stream().map(Deadlock.Link::thread).collect(Collectors.toSet());
        List<Thread> threads = LiveThreads.all().stream().filter(t -> names.contains(t.getName())).toList();
        return !threads.isEmpty() && threads.stream().allMatch(cells::startedByEarlierCell);
    }
}
