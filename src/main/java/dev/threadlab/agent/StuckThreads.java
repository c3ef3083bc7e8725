package dev.threadlab.agent;

import dev.threadlab.toolkit.Deadlock;
import dev.threadlab.toolkit.Threads;
import java.util.Map;

/**
 * What the threads of the running cell are doing, for the message shown when a cell did not stop and the
 * engine is killed: each thread of the snippet's thread group with its state and innermost frames, and any
 * deadlock cycle. Stateless.
 */
final class StuckThreads {

    /** The thread group {@code LocalExecutionControl} runs snippets in; threads they start inherit it. */
    private static final String SNIPPET_GROUP = "JShell process local execution";
    private static final int MAX_FRAMES = 3;
    private static final int MAX_THREADS = 10;

    static final String NOTHING_RUNNING = "No thread of the cell is running.\n";

    private StuckThreads() {}

    static String describe() {
        StringBuilder text = new StringBuilder();
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
        appendDeadlocks(text);
        // Never empty: an empty answer would be no frame at all, and the kernel would wait for it in vain.
        return text.isEmpty() ? NOTHING_RUNNING : text.toString();
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

    /** The deadlock cycle in words, one thread a line, under a {@link Wire#DEADLOCK_HEADING} heading. */
    private static void appendDeadlocks(StringBuilder text) {
        Deadlock deadlock = Threads.deadlocks();
        if (!deadlock.found()) {
            return;
        }
        text.append(Wire.DEADLOCK_HEADING).append('\n');
        for (Deadlock.Link link : deadlock.links()) {
            text.append("    ").append(link.thread()).append(" holds ").append(link.holds()).append(" and waits for ")
                    .append(link.waitsFor()).append(" (held by ").append(link.owner()).append(")\n");
        }
    }
}
