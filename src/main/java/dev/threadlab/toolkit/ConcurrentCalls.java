package dev.threadlab.toolkit;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;

/**
 * Calls the learner's code from several threads at once, as a busy program would, and watches for what a
 * teacher looks for: a call that threw, and calls that never came back, because their threads deadlocked
 * (named with the cycle: who holds which lock and waits for which) or wait for a lock that nobody will
 * release. The check then judges what the calls left behind (balances, counts), so a race is caught by
 * the outcome it forbids.
 *
 * <pre>{@code
 * var bank = List.of(new Account("A", 1_000), new Account("B", 1_000), new Account("C", 1_000));
 * ConcurrentCalls.of("transfer").threads(8).run(400, i -> transfer(bank.get(i % 3), bank.get((i + 1) % 3), 1));
 * // here every call has returned; otherwise run threw an AssertionError that names what went wrong
 * }</pre>
 *
 * <p>The callers are platform daemon threads named {@code caller 1} … {@code caller N}. They start together
 * (a latch) and take call numbers from one shared counter, in small blocks of consecutive numbers (one number
 * at a time when there are few calls), so neighbouring calls run at the same moment, each caller as fast as
 * it can and with little bookkeeping shared between them: the most collisions for the fewest calls. Nothing is timed: a call may
 * take as long as it needs while any caller still gets somewhere. Calls count as stuck only when no call
 * has returned for a while and every unfinished caller waits with no time limit (a lock, a monitor, a
 * latch; {@link #STUCK_AFTER}), or after the {@link #patience(Duration) patience} in any case; a deadlock
 * among the callers that the JVM can see (monitors, {@code ReentrantLock}s) is named at once. After the
 * first failure no new call starts.
 *
 * <p>What {@link #run} throws: an {@link AssertionError} a call threw passes through unchanged (the check's
 * own assertions, and a {@link LockProbe}'s verdict on a deadlock among its locks); so does the stub's
 * {@code UnsupportedOperationException} ("Not written yet"); anything else a call threw becomes an
 * {@code AssertionError} naming the exception, where it was thrown, and the call. Stuck callers are
 * interrupted and left behind: no Java code can take a monitor or a lock back from a thread. Used from one
 * thread (a check's); runs once.
 */
public final class ConcurrentCalls {

    /** One call of the learner's code; {@code index} counts the calls from 0. */
    @FunctionalInterface
    public interface Call {
        /** Makes call number {@code index}. */
        void call(int index) throws Throwable;
    }

    /** How many threads call at once unless {@link #threads(int)} says otherwise. */
    public static final int DEFAULT_THREADS = 4;
    /** How long no call may return before the calls count as stuck, whatever the callers do. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(10);
    /** How long every unfinished caller may wait with no time limit, no call returning, before they are stuck. */
    static final Duration STUCK_AFTER = Duration.ofSeconds(1);
    private static final int MAX_THREADS = 256;
    /**
     * Each caller takes its call numbers in blocks, about this many blocks per caller: little bookkeeping shared
     * between the callers, so that they spend their time in the learner's code, where collisions should happen.
     */
    private static final int BLOCKS_PER_THREAD = 16;
    private static final long POLL_MILLIS = 20;
    private static final long DEADLOCK_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Duration AFTER_INTERRUPT = Duration.ofMillis(200);

    /** The first call that threw. */
    private record Failure(int index, String thread, Throwable thrown) {
    }

    private final String answer;
    private final Duration stuckAfter;
    private int threads = DEFAULT_THREADS;
    private Duration patience = DEFAULT_PATIENCE;
    /** Lock names as the JVM gives them ({@code Account@1b6d3586}) to names the check gave ({@code account A}). */
    private final Map<String, String> lockNames = new HashMap<>();
    /** How many times {@link #spinningText} looks at callers that neither progress nor wait. */
    private static final int SPIN_LOOKS = 20;
    private String deadlockAdvice = Deadlock.FIXED_ORDER;
    private boolean ran;
    private int returned;
    private int peak;

    ConcurrentCalls(String answer, Duration stuckAfter) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("concurrent calls need the name of the learner's method, was blank");
        }
        this.answer = answer.strip();
        this.stuckAfter = stuckAfter;
    }

    /**
     * Calls of the learner's method {@code answer} (its name, used in the feedback) from {@value #DEFAULT_THREADS}
     * threads at once.
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static ConcurrentCalls of(String answer) {
        return new ConcurrentCalls(answer, STUCK_AFTER);
    }

    /**
     * How many threads make the calls at once.
     *
     * @throws IllegalArgumentException if {@code count} is below 1 or above 256
     */
    public ConcurrentCalls threads(int count) {
        if (count < 1 || count > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + count);
        }
        requireNotRun("threads(...)");
        threads = count;
        return this;
    }

    /**
     * How long the calls may go without one returning before they count as stuck, even while some caller
     * still runs or waits with a time limit; default {@link #DEFAULT_PATIENCE}. Callers that all wait with no
     * time limit count as stuck sooner.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public ConcurrentCalls patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        requireNotRun("patience(...)");
        this.patience = patience;
        return this;
    }

    /**
     * Names objects whose monitors the learner's code may lock ({@code synchronized (from)}): where the feedback
     * names one of {@code locks}, it says {@code name.apply(lock)} ("account A") instead of the class and
     * identity hash the JVM reports ({@code Account@1b6d3586}). A {@code ReentrantLock} shows as its inner
     * {@code Sync} and is not renamed: judge such locks with a {@link LockProbe}.
     *
     * @throws NullPointerException if a name is null
     */
    public <T> ConcurrentCalls naming(Collection<? extends T> locks, Function<? super T, String> name) {
        Objects.requireNonNull(name, "name");
        requireNotRun("naming(...)");
        for (T lock : locks) {
            String shown = Objects.requireNonNull(name.apply(lock), "the name of a lock");
            lockNames.put(Threads.lockName(new LockInfo(lock.getClass().getName(), System.identityHashCode(lock))), shown);
        }
        return this;
    }

    /**
     * What the feedback says after naming a deadlock among the callers and "None of them can go on;": the cure
     * the exercise asks for. Default: "taking locks in one fixed order everywhere prevents this." (lesson 08's
     * cure); an exercise that asks for one lock for everything says that instead.
     *
     * @throws IllegalArgumentException if {@code advice} is blank
     */
    public ConcurrentCalls onDeadlock(String advice) {
        Objects.requireNonNull(advice, "advice");
        if (advice.isBlank()) {
            throw new IllegalArgumentException("the advice after a deadlock must say what to do, was blank");
        }
        requireNotRun("onDeadlock(...)");
        deadlockAdvice = advice.strip();
        return this;
    }

    /**
     * Makes {@code calls} calls, numbered from 0, spread over the threads, and returns when every one has
     * returned.
     *
     * @throws AssertionError           if a call threw, or the calls got stuck (see the class description)
     * @throws IllegalArgumentException if {@code calls} is negative
     * @throws IllegalStateException    if this already ran
     * @throws InterruptedException     if the calling thread was interrupted while it waited for the calls
     */
    public void run(int calls, Call call) throws InterruptedException {
        Objects.requireNonNull(call, "call");
        if (calls < 0) {
            throw new IllegalArgumentException("calls must be >= 0, was " + calls);
        }
        requireNotRun("run(...)");
        ran = true;
        Watchdog.nameLocks(Thread.currentThread(), lockNames); // for what the check says about callers left blocked
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicReference<Failure> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(threads);
        List<Thread> callers = new ArrayList<>();
        int block = Math.max(1, calls / (threads * BLOCKS_PER_THREAD));
        for (int t = 1; t <= threads; t++) {
            callers.add(Thread.ofPlatform().name("caller " + t).daemon(true).unstarted(() -> {
                try {
                    start.await();
                    for (int first = next.getAndAdd(block); first < calls && failure.get() == null;
                            first = next.getAndAdd(block)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        int returnedHere = 0;
                        try {
                            int last = Math.min(calls, first + block);
                            for (int i = first; i < last && failure.get() == null; i++) {
                                try {
                                    call.call(i);
                                    returnedHere++;
                                } catch (Throwable thrown) { // what the learner's code threw is what is judged
                                    failure.compareAndSet(null, new Failure(i, Thread.currentThread().getName(), thrown));
                                }
                            }
                        } finally {
                            done.addAndGet(returnedHere);
                            inside.decrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // stopped before its first call
                } finally {
                    ended.countDown();
                }
            }));
        }
        callers.forEach(Thread::start);
        start.countDown();
        String stuck;
        try {
            stuck = watch(callers, ended, done);
        } catch (InterruptedException e) {
            WhereStuck.interrupt(callers, AFTER_INTERRUPT);
            throw e;
        } finally {
            returned = done.get();
            peak = most.get();
        }
        if (stuck != null) {
            failure.compareAndSet(null, new Failure(-1, "", null));
            WhereStuck.interrupt(callers, AFTER_INTERRUPT);
            Assertions.fail(stuck);
        }
        Failure first = failure.get();
        if (first != null) {
            Throwable judged = judged(first, calls);
            if (judged instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) judged; // the stub's UnsupportedOperationException
        }
    }

    /** How many calls returned normally (after {@link #run}). */
    public int returned() {
        return returned;
    }

    /** The most callers that were in the middle of their calls at the same moment (after {@link #run}). */
    public int peak() {
        return peak;
    }

    /** Waits for the callers to end; answers why they are stuck, or null once they all ended. */
    private String watch(List<Thread> callers, CountDownLatch ended, AtomicInteger done) throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastDeadlockCheck = lastProgress;
        long allWaitingSince = -1;
        int seen = -1;
        while (!ended.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            int progress = done.get();
            if (progress != seen) {
                seen = progress;
                lastProgress = now;
            }
            List<Thread> alive = callers.stream().filter(Thread::isAlive).toList();
            if (now - lastDeadlockCheck >= DEADLOCK_POLL_NANOS) {
                lastDeadlockCheck = now;
                Deadlock deadlock = deadlockAmong(alive);
                if (deadlock.found()) {
                    return answer + " deadlocked: " + deadlock.renamed(this::lockName).cycle() + ". None of them can go on; "
                            + deadlockAdvice;
                }
            }
            boolean allWaiting = !alive.isEmpty() && alive.stream().allMatch(ConcurrentCalls::waitsWithoutLimit);
            allWaitingSince = allWaiting ? (allWaitingSince < 0 ? now : allWaitingSince) : -1;
            long quiet = now - lastProgress;
            if (allWaiting && now - allWaitingSince >= stuckAfter.toNanos() && quiet >= stuckAfter.toNanos()
                    || quiet >= patience.toNanos()) {
                return stuckText(alive, Duration.ofNanos(quiet));
            }
        }
        return null;
    }

    /**
     * The part of the JVM's deadlock that the callers are in, when each of them waits with no time limit: the JVM
     * also reports a cycle of timed waits ({@code tryLock(time, unit)}), which ends by itself, and threads of
     * other code deadlocked elsewhere.
     */
    private static Deadlock deadlockAmong(List<Thread> callers) {
        Map<Long, Thread> byId = new HashMap<>();
        callers.forEach(t -> byId.put(t.threadId(), t));
        Deadlock ours = Threads.deadlocks(byId::containsKey); // by id: callers of earlier runs may be stuck under the same names
        boolean stuckForGood = callers.stream().filter(t -> ours.links().stream().anyMatch(l -> l.thread().equals(t.getName())))
                .allMatch(ConcurrentCalls::waitsWithoutLimit);
        return stuckForGood ? ours : new Deadlock(List.of());
    }

    private static boolean waitsWithoutLimit(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.BLOCKED;
    }

    /** "transfer did not come back: no call returned for 1.0 s; "caller 2" WAITING in … (for …, held by …)". */
    private String stuckText(List<Thread> stuck, Duration quiet) {
        String spinning = spinningText(stuck, quiet);
        if (spinning != null) {
            return spinning;
        }
        List<String> parts = new ArrayList<>();
        for (Thread thread : stuck.subList(0, Math.min(3, stuck.size()))) {
            parts.add(WhereStuck.describe(List.of(thread)) + WhereStuck.heldBy(thread, this::lockName));
        }
        if (stuck.size() > 3) {
            parts.add("and " + (stuck.size() - 3) + " more");
        }
        return answer + " did not come back: no call returned for " + Text.duration(quiet) + ", and " + stuck.size()
                + " of " + threads + " calling threads are stuck: " + String.join("; ", parts) + ". A lock that one "
                + "call takes and never gives back (no unlock(), or unlock() skipped when something throws: put it in "
                + "finally) keeps every other call out for good.";
    }

    /**
     * Why callers that made no progress yet never waited are stuck, when they kept calling {@code tryLock}: each
     * holds a lock all along and tries for another (a deadlock that spins instead of waiting), or they take, give
     * way and retry in step for ever (a livelock). Null when a caller waits, or none was seen in a {@code tryLock},
     * so that the general account applies. Looks {@value #SPIN_LOOKS} times, 10 ms apart.
     */
    private String spinningText(List<Thread> stuck, Duration quiet) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = stuck.stream().mapToLong(Thread::threadId).toArray();
        List<long[]> triesBefore = stuck.stream().map(WatchedLock::tries).toList();
        boolean tried = false;
        List<Set<String>> kept = new ArrayList<>();
        for (int look = 0; look < SPIN_LOOKS; look++) {
            ThreadInfo[] infos = mx.getThreadInfo(ids, false, true);
            for (int i = 0; i < infos.length; i++) {
                ThreadInfo info = infos[i];
                if (info == null || info.getThreadState() == Thread.State.WAITING
                        || info.getThreadState() == Thread.State.BLOCKED) {
                    return null; // ended, or waits: not a spin
                }
                tried |= Arrays.stream(info.getStackTrace()).anyMatch(f -> f.getMethodName().equals("tryLock"));
                Set<String> held = new HashSet<>(Arrays.stream(info.getLockedSynchronizers())
                        .map(Threads::lockName).toList());
                if (look == 0) {
                    kept.add(held);
                } else {
                    kept.get(i).retainAll(held);
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        boolean[] tookAgain = new boolean[stuck.size()];
        for (int i = 0; i < stuck.size(); i++) {
            long[] after = WatchedLock.tries(stuck.get(i));
            tried |= after[0] > triesBefore.get(i)[0];
            tookAgain[i] = after[1] > triesBefore.get(i)[1]; // a watched lock let go and taken again: not held all along
        }
        if (!tried) {
            return null;
        }
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < stuck.size(); i++) {
            if (!kept.get(i).isEmpty() && !tookAgain[i]) {
                holders.add("\"" + stuck.get(i).getName() + "\"");
            }
        }
        String head = answer + " did not come back: no call returned for " + Text.duration(quiet) + ", though none of its "
                + stuck.size() + " calling threads waited: they kept calling tryLock() again and again. ";
        if (!holders.isEmpty()) {
            return head + String.join(" and ", holders) + (holders.size() == 1 ? " held" : " each held") + " a lock all "
                    + "along while trying for another, which " + (holders.size() == 1 ? "another caller" : "the other")
                    + " held: nobody lets go of what it has, so nobody gets what it tries for, a deadlock that spins "
                    + "instead of waiting. When tryLock() finds the second lock taken, unlock the first before trying "
                    + "again. Or avoid the retry altogether: " + deadlockAdvice;
        }
        return head + "Each took a lock, found the other taken, let go and tried again at once, in step with the other "
                + "caller doing the same, so that neither ever got both: a livelock. Giving way is right, but retrying at "
                + "once repeats the same collision: wait a short random while before trying again "
                + "(Thread.sleep(ThreadLocalRandom.current().nextInt(1, 10))). Or avoid the retry altogether: "
                + deadlockAdvice;
    }

    /** The name the check gave a lock, or the JVM's. */
    private String lockName(String jvmName) {
        return lockNames.getOrDefault(jvmName, jvmName);
    }

    /** What {@link #run} throws for the first call that threw: an {@code Error} or the stub's exception. */
    private Throwable judged(Failure failure, int calls) {
        Throwable thrown = failure.thrown();
        if (thrown instanceof AssertionError || FailureFeedback.unwritten(thrown)) {
            return thrown;
        }
        return new AssertionError(answer + " threw " + Watchdog.thrownText(thrown) + ", in call " + (failure.index() + 1)
                + " of " + calls + ", made by " + failure.thread() + " while other threads made theirs.", thrown);
    }

    private void requireNotRun(String what) {
        if (ran) {
            throw new IllegalStateException(what + ": these concurrent calls already ran; make a new ConcurrentCalls");
        }
    }

    @Override
    public String toString() {
        return "ConcurrentCalls[" + answer + ", " + threads + " threads" + (ran ? ", " + returned + " returned, peak "
                + peak : "") + "]";
    }
}
