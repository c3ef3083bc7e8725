package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The threads a check left behind: those created since it began that still run code of the notebook, what
 * each waits for and where, and stopping them with an interrupt. Sees platform threads only (the JDK lists
 * no virtual threads without a full thread dump). Stateless.
 */
final class WhereStuck {

    private static final int MAX_THREADS = 5;
    /** Drops what a thread interrupted by a check throws afterwards. */
    private static final Thread.UncaughtExceptionHandler QUIET = (thread, failure) -> { };

    private WhereStuck() {
    }

    /** The next thread id the JVM hands out: threads created after this call have this id or a greater one. */
    static long nextThreadId() {
        return Thread.ofVirtual().unstarted(() -> { }).threadId();
    }

    /** Live platform threads created since {@code firstId} that run user code, {@code first} (if alive) first. */
    static List<Thread> threadsSince(long firstId, Thread first) {
        List<Thread> found = new ArrayList<>();
        if (first.isAlive()) {
            found.add(first);
        }
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        all.entrySet().stream()
                .filter(e -> e.getKey() != first && e.getKey().threadId() >= firstId && e.getKey().isAlive())
                .filter(e -> StackText.firstUserFrame(e.getValue()) != null)
                .sorted(Comparator.comparingLong(e -> e.getKey().threadId()))
                .forEach(e -> found.add(e.getKey()));
        return found;
    }

    /**
     * One line: {@code "check 1" WAITING in CountDownLatch.await, called from runAll; "worker-2" BLOCKED on
     * Object in Account.transfer}.
     */
    static String describe(List<Thread> threads) {
        List<String> parts = new ArrayList<>();
        for (Thread thread : threads.subList(0, Math.min(MAX_THREADS, threads.size()))) {
            parts.add(describe(thread));
        }
        if (threads.size() > MAX_THREADS) {
            parts.add("and " + (threads.size() - MAX_THREADS) + " more");
        }
        return String.join("; ", parts);
    }

    /** What the thread waits in (the library call nearest to user code) and which user code called it. */
    private static String describe(Thread thread) {
        StackTraceElement[] frames = thread.getStackTrace();
        StringBuilder text = new StringBuilder("\"").append(thread.getName()).append("\" ").append(thread.getState());
        int user = 0;
        while (user < frames.length && !StackText.isUserFrame(frames[user])) {
            user++;
        }
        if (user == frames.length) {
            return frames.length == 0 ? text.toString()
                    : text.append(" in ").append(StackText.frame(frames[0])).toString();
        }
        if (user > 0) {
            text.append(" in ").append(StackText.frame(frames[user - 1])).append(", called from ");
        } else {
            text.append(" in ");
        }
        return text.append(StackText.frame(frames[user])).toString();
    }

    /**
     * Interrupts {@code threads} and waits up to {@code patience} in all for them to end; answers those still
     * alive. What they throw from now on is not reported (the engine shows exceptions that threads do not
     * catch): it is the interrupt's doing, not the learner's. Keeps the caller's interrupt status.
     */
    static List<Thread> interrupt(List<Thread> threads, Duration patience) {
        for (Thread thread : threads) {
            thread.setUncaughtExceptionHandler(QUIET);
            thread.interrupt();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        boolean interrupted = false;
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                    alive.add(thread);
                }
            } catch (InterruptedException e) {
                interrupted = true;
                alive.add(thread);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return alive;
    }
}
