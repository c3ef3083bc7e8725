package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.CheckChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs one check on its own thread and turns how it ended into a {@link Verdict}: past the timeout the
 * stuck threads are named and interrupted. Threads the check started and left running are interrupted too,
 * so a check cell leaves nothing behind. An interrupt of the calling thread (the cell's) stops the check
 * and throws {@link CancellationException} with the interrupt status restored. A probe that finds its check
 * stuck for good ends it at once ({@link #giveUp}). Thread-safe; it holds only the checks running now.
 */
final class Watchdog {

    /** JShell's exception for a call of a method that waits for a name nobody declared. */
    private static final String RESOLUTION_EXCEPTION = "jdk.jshell.spi.SPIResolutionException";
    /** How long threads get to end after their interrupt. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);
    /** How often the wait for a check looks whether a probe gave it up. */
    private static final Duration GIVE_UP_TICK = Duration.ofMillis(50);
    /** The threads running a check now, each with what a probe said when it gave the check up (or ""). */
    private static final Map<Thread, String> RUNNING = new ConcurrentHashMap<>();
    /** The runners of checks whose cell was interrupted, while their threads are being ended. */
    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();
    /** The threads running a check now that named their locks ({@link #nameLocks}), with those names. */
    private static final Map<Thread, Map<String, String>> LOCK_NAMES = new ConcurrentHashMap<>();

    private Watchdog() {
    }

    /**
     * Runs {@code body} as check number {@code number}, allowing it {@code timeout}. When the cell is
     * interrupted meanwhile (its thread's interrupt, or JShell's stop, which ends busy cell code with
     * {@code ThreadDeath}), a requirement that did not pass is {@link Verdict.Interrupted}, never the answer's
     * failure.
     */
    static Ran run(int number, Executable body, Duration timeout) {
        LeftBehind made = LeftBehind.since();
        long firstId = made.firstId();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = Thread.ofPlatform().name("check " + number).daemon(true).unstarted(() -> {
            try {
                body.execute();
            } catch (Throwable t) { // everything the code under test throws is the check's result
                thrown.set(t);
            }
        });
        RUNNING.put(runner, "");
        runner.start();
        boolean finished;
        String givenUp;
        UnaryOperator<String> lockNames;
        try {
            finished = awaitEnd(runner, timeout);
        } catch (InterruptedException e) {
            STOPPING.add(runner);
            StackTraceElement running = StackText.firstUserFrame(runner.getStackTrace());
            made.end(Thread.currentThread().getThreadGroup(), PATIENCE);
            Thread.currentThread().interrupt();
            // What the stopped code threw names it best (the answer may run on a thread of the probe's).
            Throwable failure = thrown.get();
            StackTraceElement threw = failure == null ? null : StackText.firstUserFrame(failure.getStackTrace());
            return new Ran(interrupted(threw != null ? threw : running), List.of(), List.of());
        } finally {
            givenUp = RUNNING.remove(runner);
            STOPPING.remove(runner);
            lockNames = lockNames(runner);
        }
        List<Thread> left = WhereStuck.threadsSince(firstId, runner);
        String stuck = finished ? "" : WhereStuck.describe(left) + WhereStuck.describeVirtual(firstId) + deadlockAmong(left);
        StackTraceElement running = finished ? null : StackText.firstUserFrame(runner.getStackTrace());
        LeftBehind.Ended ended = made.end(Thread.currentThread().getThreadGroup(), PATIENCE);
        List<Thread> alive = ended.alive();
        Throwable failure = thrown.get();
        Verdict verdict = verdict(finished, failure, running, givenUp, timeout, stuck, alive);
        if (verdict instanceof Verdict.Interrupted) {
            return new Ran(verdict, List.of(), List.of());
        }
        // After the verdict: a thread stopped here throws ThreadDeath, which is no failure of the answer's.
        BusyThreads.stopSpinning(alive, null);
        return new Ran(verdict, ended.executors(), ended.blocked(lockNames));
    }

    /**
     * How a requirement ended, and what its code left that the check ended or could not end.
     *
     * @param verdict   the requirement's verdict
     * @param executors words for the executors the answer left open, whose threads the check ended
     * @param blocked   words for the threads running the answer's code that nothing could end
     */
    record Ran(Verdict verdict, List<String> executors, List<String> blocked) {
        Ran {
            Objects.requireNonNull(verdict, "verdict");
            executors = List.copyOf(executors);
            blocked = List.copyOf(blocked);
        }
    }

    private static Verdict verdict(boolean finished, Throwable failure, StackTraceElement running, String givenUp,
            Duration timeout, String stuck, List<Thread> alive) {
        if ((!finished || failure != null) && (Thread.currentThread().isInterrupted() || stopped(failure))) {
            return interrupted(finished ? StackText.firstUserFrame(failure.getStackTrace()) : running);
        }
        if (!finished && !givenUp.isEmpty()) {
            return new Verdict.Failed(givenUp, 1);
        }
        if (!finished) {
            return new Verdict.TimedOut("Did not finish within " + Text.duration(timeout) + ". Stuck: " + stuck
                    + (alive.isEmpty() ? "." : ". " + alive.size() + " of them kept running after an interrupt"
                            + " (a thread that ignores its interrupt runs on until %reset stops it)."));
        }
        return failure == null ? new Verdict.Passed() : verdictOf(failure);
    }

    /**
     * Gives the locks of the check that {@code runner} runs now the names {@code names} holds (the JVM's name,
     * {@code Account@1b6d3586}, to the check's, {@code account A}), for what it says about threads left blocked.
     * Does nothing when {@code runner} runs no check.
     */
    static void nameLocks(Thread runner, Map<String, String> names) {
        if (RUNNING.containsKey(runner)) {
            LOCK_NAMES.computeIfAbsent(runner, r -> new ConcurrentHashMap<>()).putAll(names);
        }
    }

    private static UnaryOperator<String> lockNames(Thread runner) {
        Map<String, String> names = LOCK_NAMES.remove(runner);
        return names == null ? UnaryOperator.identity() : name -> names.getOrDefault(name, name);
    }

    /** What a requirement the cell's interrupt stopped says: what was running, and that nothing after it was checked. */
    static Verdict.Interrupted interrupted(StackTraceElement running) {
        return new Verdict.Interrupted("Interrupted" + (running == null ? "" : " while " + StackText.frame(running)
                + " was running") + ": this requirement and the ones after it were not checked.");
    }

    /**
     * Whether {@code failure} is JShell's stop of busy cell code ({@code ThreadDeath}, thrown at a loop or a
     * call of the cell's code once the cell is asked to stop), perhaps wrapped by the answer or an executor.
     */
    static boolean stopped(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t.getClass().getName().equals("java.lang.ThreadDeath")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends the check that {@code runner} runs now with {@code message} as its failure, without waiting for its
     * thread any longer: a probe found it stuck in a way that nothing in the JVM can end (a busy loop that no
     * interrupt reaches), and said so in {@code message}. Does nothing when {@code runner} runs no check.
     */
    static void giveUp(Thread runner, String message) {
        Objects.requireNonNull(message, "message");
        RUNNING.computeIfPresent(runner, (thread, before) -> before.isEmpty() ? message : before);
    }

    /** Whether {@code runner} runs a check whose cell was interrupted: an interrupt it gets now is the cell's. */
    static boolean stopping(Thread runner) {
        return STOPPING.contains(runner);
    }

    /** Waits until {@code runner} ends (true), its timeout passes or a probe gives it up (false). */
    private static boolean awaitEnd(Thread runner, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !RUNNING.getOrDefault(runner, "").isEmpty()) {
                return !runner.isAlive();
            }
            if (runner.join(Duration.ofNanos(Math.min(left, GIVE_UP_TICK.toNanos())))) {
                return true;
            }
        }
    }

    /** {@code ". Deadlock: …"} when some of {@code threads} wait for each other in a cycle, else empty. */
    private static String deadlockAmong(List<Thread> threads) {
        Deadlock deadlock = Threads.deadlocks();
        boolean ours = deadlock.links().stream()
                .anyMatch(link -> threads.stream().anyMatch(t -> t.getName().equals(link.thread())));
        String explanation = deadlock.explanation();
        return ours ? ". " + explanation.substring(0, explanation.length() - 1) : "";
    }

    /** An assertion failure keeps the author's message; anything else was thrown by the code under test. */
    static Verdict verdictOf(Throwable failure) {
        if (failure instanceof AssertionError assertion) {
            return new Verdict.Failed(AssertionText.of(assertion), 1);
        }
        String unresolved = unresolved(failure);
        if (unresolved != null) {
            return new Verdict.Failed(unresolved, 1);
        }
        return new Verdict.Failed("Your code threw " + thrownText(failure) + "." + meaning(failure), 2,
                FailureFeedback.unwritten(failure));
    }

    /**
     * What an exception of the JDK's that learners meet often says about their code, after "Your code threw …",
     * or an empty string: its own message is empty.
     */
    static String meaning(Throwable failure) {
        StackTraceElement[] stack = failure.getStackTrace();
        String thrower = stack.length == 0 ? "" : stack[0].getClassName();
        if (failure instanceof UnsupportedOperationException && (thrower.startsWith("java.util.ImmutableCollections")
                || thrower.startsWith("java.util.Collections$Unmodifiable"))) {
            return " A list made by List.of (like the ones the check hands over) cannot be changed: add, remove, set"
                    + " and sort all throw this. Work on a copy, new ArrayList<>(list), or leave the list as it is.";
        }
        if (failure instanceof StackOverflowError) {
            return " A method called itself again and again without end: each call must work on a smaller part than"
                    + " the one that called it, and stop once the part is small enough.";
        }
        return "";
    }

    /**
     * Why the code under test cannot run yet, when {@code failure} is (or was caused by) JShell's
     * {@code SPIResolutionException}: a method called that waits for a name nobody declared (a typo, often).
     * The kernel's words when it sent them ({@link CheckChannel#whyUnresolved}), else plainer ones; null for
     * any other failure. The exception's own message, "resolution exception", says nothing to a learner.
     */
    static String unresolved(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t.getClass().getName().equals(RESOLUTION_EXCEPTION)) {
                String why = CheckChannel.whyUnresolved(snippetId(t));
                if (why != null) {
                    return why;
                }
                StackTraceElement where = StackText.firstUserFrame(t.getStackTrace());
                return (where == null ? "Your code" : StackText.frame(where)) + " cannot run yet: it uses a name that"
                        + " is not declared (a typo?). The cell that declares it says which: fix that cell and run it"
                        + " again.";
            }
        }
        return null;
    }

    /** The id of the snippet an {@code SPIResolutionException} names, or an empty string. */
    private static String snippetId(Throwable resolution) {
        try {
            return String.valueOf(resolution.getClass().getMethod("id").invoke(resolution));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ""; // another JDK's exception of that name: the plainer words are used
        }
    }

    /** {@code UnsupportedOperationException: Not written yet: … (in runAll)}. */
    static String thrownText(Throwable failure) {
        String message = StackText.withoutWrappers(failure.getMessage());
        StackTraceElement where = StackText.firstUserFrame(failure.getStackTrace());
        return StackText.className(failure.getClass())
                + (message == null || message.isBlank() ? "" : ": " + message)
                + (where == null ? "" : " (in " + StackText.frame(where) + ")");
    }

    static CancellationException cancelled() {
        return new CancellationException("The check cell was interrupted before its checks finished.");
    }
}
