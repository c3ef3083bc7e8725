package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs one check on its own thread and turns how it ended into a {@link Verdict}: past the timeout the
 * stuck threads are named and interrupted. Threads the check started and left running are interrupted too,
 * so a check cell leaves nothing behind. An interrupt of the calling thread (the cell's) stops the check
 * and throws {@link CancellationException} with the interrupt status restored. Stateless.
 */
final class Watchdog {

    /** How long threads get to end after their interrupt. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private Watchdog() {
    }

    /** Runs {@code body} as check number {@code number}, allowing it {@code timeout}. */
    static Verdict run(int number, Executable body, Duration timeout) {
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled();
        }
        long firstId = WhereStuck.nextThreadId();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = Thread.ofPlatform().name("check " + number).daemon(true).unstarted(() -> {
            try {
                body.execute();
            } catch (Throwable t) { // everything the code under test throws is the check's result
                thrown.set(t);
            }
        });
        runner.start();
        boolean finished;
        try {
            finished = runner.join(timeout);
        } catch (InterruptedException e) {
            WhereStuck.interrupt(WhereStuck.threadsSince(firstId, runner), PATIENCE);
            Thread.currentThread().interrupt();
            throw cancelled();
        }
        List<Thread> left = WhereStuck.threadsSince(firstId, runner);
        String stuck = finished ? "" : WhereStuck.describe(left) + WhereStuck.describeVirtual(firstId) + deadlockAmong(left);
        List<Thread> alive = left.isEmpty() ? List.of() : WhereStuck.interrupt(left, PATIENCE);
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled();
        }
        if (!finished) {
            return new Verdict.TimedOut("Did not finish within " + Text.duration(timeout) + ". Stuck: " + stuck
                    + (alive.isEmpty() ? "." : ". " + alive.size() + " of them kept running after an interrupt."));
        }
        Throwable failure = thrown.get();
        return failure == null ? new Verdict.Passed() : verdictOf(failure);
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
        if (failure instanceof AssertionError) {
            String message = StackText.withoutWrappers(failure.getMessage());
            return new Verdict.Failed(message == null || message.isBlank() ? "An assertion failed." : message, 1);
        }
        return new Verdict.Failed("Your code threw " + thrownText(failure) + ".", 2, FailureFeedback.unwritten(failure));
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
