package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The threads a check left behind: those created since it began that still run code of the notebook, what
 * each waits for and where, and stopping them with an interrupt. Platform threads are found and interrupted
 * through their {@link Thread} objects; virtual threads only appear in a JSON thread dump, so they are
 * described ({@link #describeVirtual}) but not interrupted here. Stateless.
 */
final class WhereStuck {

    private static final int MAX_THREADS = 5;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
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

    /**
     * The virtual threads created since {@code firstId} that wait in notebook code, alike ones counted:
     * {@code "; 3 virtual threads WAITING in Semaphore.acquire, called from a lambda in runLimited"}, or empty.
     * They are read from a JSON thread dump (the JDK lists virtual threads nowhere else), so they are named
     * but cannot be interrupted from here; empty when the dump cannot be made.
     */
    static String describeVirtual(long firstId) {
        List<ThreadsJson.VirtualStack> threads;
        try {
            threads = ThreadsJson.virtualThreads(Threads.jsonDump(), firstId);
        } catch (RuntimeException e) { // a dump that cannot be written leaves the platform threads' description
            return "";
        }
        Map<String, Integer> alike = new java.util.LinkedHashMap<>();
        for (ThreadsJson.VirtualStack thread : threads) {
            String where = where(thread.state(), thread.frames());
            if (!where.isEmpty() && Arrays.stream(thread.frames()).anyMatch(StackText::isUserFrame)) {
                alike.merge(where, 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> e : alike.entrySet()) {
            if (shown++ == MAX_THREADS) {
                break;
            }
            text.append("; ").append(e.getValue() == 1 ? "a virtual thread" : e.getValue() + " virtual threads")
                    .append(e.getKey());
        }
        return text.toString();
    }

    /** What the thread waits in (the library call nearest to user code) and which user code called it. */
    private static String describe(Thread thread) {
        return "\"" + thread.getName() + "\"" + where(thread.getState().toString(), thread.getStackTrace());
    }

    /** {@code " WAITING in CountDownLatch.await, called from runAll"}: the state, then where. */
    private static String where(String state, StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder(state.isEmpty() ? "" : " " + state);
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
     * {@code " (for ReentrantLock@1b6d, held by caller 1)"}: the lock {@code thread} waits for, named
     * through {@code rename}, and its holder ("a thread that has ended" when none is alive); empty when it waits
     * for no lock the JVM knows.
     */
    static String heldBy(Thread thread, UnaryOperator<String> rename) {
        ThreadInfo info = MX.getThreadInfo(thread.threadId());
        if (info == null || info.getLockInfo() == null) {
            return "";
        }
        return " (for " + rename.apply(Threads.lockName(info.getLockInfo())) + ", held by " + owner(info) + ")";
    }

    /**
     * {@code "account B, held by caller 2"}: the lock {@code thread} waits for, named through {@code rename}, and
     * the thread holding it; empty when it waits for nothing a thread holds (a latch, a semaphore, a condition).
     */
    static String waitsFor(Thread thread, UnaryOperator<String> rename) {
        ThreadInfo info = MX.getThreadInfo(thread.threadId());
        if (info == null || info.getLockInfo() == null || info.getLockOwnerId() < 0) {
            return "";
        }
        return rename.apply(Threads.lockName(info.getLockInfo())) + ", held by " + owner(info);
    }

    /** The name of the thread holding the lock {@code info}'s thread waits for, or "a thread that has ended". */
    private static String owner(ThreadInfo info) {
        long owner = info.getLockOwnerId();
        ThreadInfo ownerInfo = owner < 0 ? null : MX.getThreadInfo(owner);
        return ownerInfo == null ? "a thread that has ended" : ownerInfo.getThreadName();
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
