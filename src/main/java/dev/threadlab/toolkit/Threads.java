package dev.threadlab.toolkit;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks at the JVM's live threads: a readable dump, and deadlocks explained in words.
 *
 * <pre>{@code
 * Threads.dump().matching("worker")   // a table: name, state, locks held and awaited, top frames
 * Threads.deadlocks()                 // "worker-1 holds ReentrantLock@1b6d3586 and waits for …"
 * }</pre>
 *
 * <p>{@link #dump()} and {@link #deadlocks()} use {@link ThreadMXBean}, which sees platform threads
 * only: virtual threads are not listed (their carrier threads are), and a deadlock among virtual
 * threads is not found. {@link #dumpAll()} and {@link #deadlocksWithVirtualThreads()} use the HotSpot
 * JSON thread dump, which lists virtual threads too. Stateless and thread-safe; each call takes a fresh snapshot.
 */
public final class Threads {

    /** An inner synchronizer of java.util.concurrent: {@code java.util.concurrent.locks.ReentrantLock$NonfairSync}. */
    private static final Pattern JDK_SYNC =
            Pattern.compile("java\\.util\\.concurrent\\.(?:locks\\.)?(\\w+)\\$(?:NonfairSync|FairSync|Sync)");

    /** How many stack frames each thread shows. */
    static final int FRAMES = 5;

    private Threads() {
    }

    /**
     * What Threadlab prints on standard error when {@code thread} ends with {@code failure} that nobody
     * caught: Java's own first line, then the frames of the notebook's code. Handy in a handler of your own:
     *
     * <pre>{@code
     * worker.setUncaughtExceptionHandler((t, e) -> System.err.print(Threads.describeUncaught(t, e)));
     * }</pre>
     */
    public static String describeUncaught(Thread thread, Throwable failure) {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(failure, "failure");
        return UncaughtText.of(thread, failure);
    }

    /** A snapshot of all live platform threads, ordered by thread id. */
    public static ThreadDump dump() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ThreadInfo[] infos = mx.dumpAllThreads(mx.isObjectMonitorUsageSupported(), mx.isSynchronizerUsageSupported());
        List<ThreadDump.Entry> entries = new ArrayList<>();
        Arrays.stream(infos).filter(i -> i != null).sorted((a, b) -> Long.compare(a.getThreadId(), b.getThreadId()))
                .forEach(info -> entries.add(entry(info)));
        return new ThreadDump(entries);
    }

    /**
     * A snapshot of all live threads, virtual ones included, from the HotSpot JSON thread dump
     * ({@code HotSpotDiagnosticMXBean.dumpThreads}, written to a temporary file and deleted). On
     * JDK 21 the dump has no states or locks ("unknown", empty); later JDKs fill them in. Who holds a
     * {@code ReentrantLock} that a thread waits for is asked of the lock (the dump does not say), so a
     * deadlock of virtual threads on {@code ReentrantLock}s shows as one.
     *
     * @throws UncheckedIOException if the temporary file cannot be written or read
     */
    public static ThreadDump dumpAll() {
        ThreadDump dump = ThreadsJson.parse(jsonDump());
        return LockOwners.addTo(dump, LockOwners.ofParkedThreads());
    }

    /**
     * The HotSpot JSON thread dump of every live thread, virtual ones included, written to a temporary file,
     * read and deleted.
     *
     * @throws UncheckedIOException if the temporary file cannot be written or read
     */
    static String jsonDump() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            Path dir = Files.createTempDirectory("threadlab-dump");
            Path file = dir.resolve("threads.json");
            try {
                hotSpot.dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return Files.readString(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the thread dump could not be written to a temporary file: " + e, e);
        }
    }

    /** The threads that wait for each other in a cycle right now, if any. */
    public static Deadlock deadlocks() {
        return deadlocks(id -> true);
    }

    /** The deadlocked threads whose ids {@code among} accepts, as {@link #deadlocks()} explains them. */
    static Deadlock deadlocks(LongPredicate among) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] found = mx.isSynchronizerUsageSupported() ? mx.findDeadlockedThreads() : mx.findMonitorDeadlockedThreads();
        long[] ids = found == null ? new long[0] : Arrays.stream(found).filter(among).toArray();
        if (ids.length == 0) {
            return new Deadlock(List.of());
        }
        Map<Long, ThreadInfo> byId = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(ids, false, false)) {
            if (info != null) {
                byId.put(info.getThreadId(), info);
            }
        }
        // What each thread holds is what the thread waiting on it waits for.
        Map<Long, String> holds = new HashMap<>();
        byId.values().forEach(i -> holds.put(i.getLockOwnerId(), lockName(i.getLockInfo())));
        List<Deadlock.Link> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long start : ids) {
            long id = start;
            while (byId.containsKey(id) && seen.add(id)) {
                ThreadInfo info = byId.get(id);
                links.add(new Deadlock.Link(info.getThreadName(), holds.getOrDefault(id, "a lock"),
                        lockName(info.getLockInfo()), String.valueOf(info.getLockOwnerName())));
                id = info.getLockOwnerId();
            }
        }
        return new Deadlock(links);
    }

    /**
     * The threads, virtual ones included, that wait for each other in a cycle right now, from
     * {@link #dumpAll()}: slower than {@link #deadlocks()} (a JSON dump through a temporary file), and
     * empty on JDK 21, whose dump names no locks.
     *
     * @throws UncheckedIOException if the temporary file cannot be written or read
     */
    public static Deadlock deadlocksWithVirtualThreads() {
        return LockCycles.in(dumpAll());
    }

    private static ThreadDump.Entry entry(ThreadInfo info) {
        Stream<String> monitors = Arrays.stream(info.getLockedMonitors()).map(Threads::lockName);
        Stream<String> synchronizers = Arrays.stream(info.getLockedSynchronizers()).map(Threads::lockName);
        String holds = String.join(", ", Stream.concat(monitors, synchronizers).toList());
        String waits = info.getLockInfo() == null ? ""
                : lockName(info.getLockInfo()) + (info.getLockOwnerName() == null ? "" : " held by " + info.getLockOwnerName());
        List<StackTraceElement> stack = Arrays.stream(info.getStackTrace())
                .filter(e -> !e.getClassName().contains("$$Lambda")) // a lambda's proxy class: the lambda is the frame above
                .toList();
        List<String> frames = DumpFrames.shown(stack, Threads::frame, FRAMES);
        return new ThreadDump.Entry(info.getThreadName(), info.getThreadId(), info.getThreadState().name(), false,
                holds, waits, frames);
    }

    /**
     * A lock as a learner can match it across threads: the class without its package (a notebook's class by the
     * name the learner gave it, {@code Account}), and its identity hash.
     */
    static String lockName(LockInfo lock) {
        if (lock == null) {
            return "";
        }
        return lockName(lock.getClassName(), lock.getIdentityHashCode());
    }

    /**
     * A lock of class {@code type} with identity hash {@code hash}, as {@link #lockName(LockInfo)} names it. A
     * thread parked in a {@code ReentrantLock}, {@code ReentrantReadWriteLock}, {@code Semaphore} or
     * {@code CountDownLatch} waits on its inner {@code Sync} object: it is named by the class the learner made
     * ({@code ReentrantLock@1b6d3586}, the hash of that inner object, the same for every thread that holds or
     * waits for it), not {@code ReentrantLock$NonfairSync}.
     */
    static String lockName(String type, int hash) {
        Matcher sync = JDK_SYNC.matcher(type);
        String shown = sync.matches() ? sync.group(1) : StackText.className(type);
        return shown + "@" + Integer.toHexString(hash);
    }

    private static String lockName(MonitorInfo monitor) {
        return lockName((LockInfo) monitor);
    }

    private static String frame(StackTraceElement e) {
        return frame(e.getClassName(), e.getMethodName(), e.getLineNumber());
    }

    /**
     * A frame of a dump: {@code CountDownLatch.await:230}; a cell's code as the learner wrote it, {@code nap},
     * {@code Account.transfer}, {@code a lambda in the cell's code}, without a line (JShell's wrapper classes
     * number their lines differently from the cell).
     */
    static String frame(String className, String method, int line) {
        if (className.startsWith("REPL.$JShell$")) {
            return StackText.frame(new StackTraceElement(className, method, null, -1));
        }
        return StackText.frame(new StackTraceElement(className, method, null, line)) + (line > 0 ? ":" + line : "");
    }
}
