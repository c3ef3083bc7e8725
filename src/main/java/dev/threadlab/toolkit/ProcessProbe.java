package dev.threadlab.toolkit;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Child programs for the learner's code to run, and a watch on what it did with them: the
 * {@link TaskProbe} of processes. Each {@link ProbeProgram} is a small JVM whose behaviour the check chooses
 * (print a megabyte, fail with a message on stderr, never end, start a helper of its own, wait at a gate,
 * play a game over its pipes) and which reports to the probe what happens to it; its assertions fail with
 * feedback that names the mistake and says what to do.
 *
 * <pre>{@code
 * try (var probe = ProcessProbe.of("output")) {                 // names the learner's method in the feedback
 *     ProbeProgram big = probe.program("big").prints(1 << 20).lingers();
 *     String out = probe.call(() -> output(big.command()));      // the learner's code starts the program
 *     probe.assertOutput(big, out).assertLeftNothingRunning();
 * }
 * }</pre>
 *
 * <p>Proof without timing: a program that waits at the gate ({@link ProbeProgram#together()}) goes on only
 * when as many as {@link #atOnce(int)} are there, or when none is starting any more, so the probe sees how
 * many ran at once whatever the machine's speed; programs at the gate finish last first. A wait that can
 * never end ends after the patience (default {@value #PATIENCE_SECONDS} s) with the reason: a pipe nobody
 * reads, {@code waitFor()} with no limit on a program that never ends, a guess never flushed, a sleep that
 * goes on after the program ended. Only the programs the probe handed out count: a connection must come
 * from a process started with the command handed out, below this JVM.
 *
 * <p>Use it in try-with-resources: {@link #close()} ends every program and helper still running. Used from
 * one thread (a check's); the programs report on threads of their own.
 */
public final class ProcessProbe implements AutoCloseable {

    /** How long a wait that cannot end by itself lasts before the probe ends it. */
    static final int PATIENCE_SECONDS = 2;
    /** How long a process killed just before the answer returned may take to be gone. */
    private static final Duration GONE = Duration.ofMillis(500);
    /** How long the probe waits, after the answer returned, for the programs' reports sent before then. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** How long a program that was running when the answer returned may take to report its end of input. */
    private static final Duration END_OF_INPUT = Duration.ofSeconds(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String answer;
    private final ProcessLog log;
    private Duration patience = Duration.ofSeconds(PATIENCE_SECONDS);
    private Duration limit;
    private ProcessWatch watch;
    private Map<Long, String> aliveAtReturn = Map.of();
    private long firstThreadId;
    private Thread caller;
    private Duration took = Duration.ZERO;

    ProcessProbe(String answer, ProcessView view) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        this.answer = answer.strip();
        this.log = new ProcessLog(view);
    }

    /**
     * A probe for the learner's method {@code answer} (its name, used in the feedback).
     *
     * @throws IllegalArgumentException if {@code answer} is blank
     */
    public static ProcessProbe of(String answer) {
        return new ProcessProbe(answer, ProcessView.real());
    }

    /**
     * How long a wait that cannot end by itself may last before the probe ends it (default
     * {@value #PATIENCE_SECONDS} s). Shorter fails wrong answers sooner; it must stay well above what a right
     * answer needs on a busy machine.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public ProcessProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        this.patience = patience;
        return this;
    }

    /**
     * Tells the probe that the answer is given {@code limit} to wait for a program: a call still going
     * {@code 10 s} past it while a program that never ends runs (in a wait whose own time is not the limit, a
     * number and a unit that do not agree, say) is ended then, with the reason, instead of running into the
     * check's timeout. {@link #assertThrows(Class, ProbeProgram, Duration, ThrowingSupplier)} tells it too. By
     * default no limit is known, and only waits with no time limit are ended.
     *
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public ProcessProbe limit(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        this.limit = limit;
        return this;
    }

    /**
     * How many programs made with {@link ProbeProgram#together()} the gate waits for (default: all of them).
     *
     * @throws IllegalArgumentException if {@code atOnce} < 1
     */
    public ProcessProbe atOnce(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("atOnce must be >= 1, was " + atOnce);
        }
        log.atOnce(atOnce);
        return this;
    }

    /** A new program named {@code name} in the feedback; build it, then hand out its {@link ProbeProgram#command()}. */
    public ProbeProgram program(String name) {
        Objects.requireNonNull(name, "name");
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        ProbeProgram program = new ProbeProgram(this, name, "p" + HexFormat.of().formatHex(bytes));
        log.register(program);
        return program;
    }

    List<String> commandFor(String token) {
        return log.commandFor(token);
    }

    /**
     * Calls the learner's {@code answer} on this thread, watching it and the programs, and answers its result.
     * What it throws passes through, except when the probe had to end a wait that could never end: then the
     * failure says why.
     */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        Outcome outcome = watch(answer);
        if (outcome.thrown() != null) {
            throw outcome.thrown();
        }
        @SuppressWarnings("unchecked")
        R result = (R) outcome.returned();
        return result;
    }

    /** {@link #call} for an answer that returns nothing. */
    public void run(Executable answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        call(() -> {
            answer.execute();
            return null;
        });
    }

    /**
     * Calls the learner's {@code answer} as {@link #call} does, but keeps what it throws to itself (an
     * unwritten answer excepted): for a requirement about what the programs went through, whatever the
     * answer returned.
     */
    public ProcessProbe attempt(ThrowingSupplier<?> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        Outcome outcome = watch(answer);
        if (outcome.thrown() != null && (FailureFeedback.unwritten(outcome.thrown()) || rescued().isPresent())) {
            throw outcome.thrown();
        }
        return this;
    }

    private record Outcome(Object returned, Throwable thrown) {}

    private Outcome watch(ThrowingSupplier<?> answer) {
        caller = Thread.currentThread();
        firstThreadId = WhereStuck.nextThreadId();
        watch = ProcessWatch.start(log, caller, patience, limit);
        Object returned = null;
        Throwable thrown = null;
        long calledAt = System.nanoTime();
        try {
            returned = answer.get();
        } catch (Throwable t) { // what the answer throws is what is judged
            thrown = t;
        } finally {
            took = Duration.ofNanos(System.nanoTime() - calledAt);
            aliveAtReturn = log.alive();
            watch.close();
            log.settle(SETTLE);
        }
        if (thrown != null && !FailureFeedback.unwritten(thrown) && rescued().isPresent()) {
            thrown = new AssertionFailedError(rescued().get(), thrown);
        } else if (thrown instanceof IllegalThreadStateException) {
            thrown = new AssertionFailedError(ProcessFeedback.exitValueTooSoon(this.answer), thrown);
        }
        return new Outcome(returned, thrown);
    }

    /** The probe's reason for ending a wait, when it had to. */
    private Optional<String> rescued() {
        ProcessWatch.Rescue rescue = watch == null ? null : watch.rescue();
        return rescue == null ? Optional.empty()
                : Optional.of(ProcessFeedback.rescue(answer, rescue, patience.toMillis()));
    }

    /** {@code returned} is everything {@code program} printed on stdout (and nothing else). */
    public ProcessProbe assertOutput(ProbeProgram program, String returned) {
        requireCalled();
        failOnRescue();
        return check(ProcessFeedback.output(answer, run(program), returned));
    }

    /**
     * Calls {@code answer} (which runs {@code program}, a program that fails) and asserts that it threw an
     * exception whose message (or a cause's) holds the program's exit code and the end of what it wrote on
     * stderr.
     */
    public ProcessProbe assertThrowsFailureOf(ProbeProgram program, ThrowingSupplier<?> answer) throws Throwable {
        Outcome outcome = watch(answer);
        if (outcome.thrown() != null && (FailureFeedback.unwritten(outcome.thrown())
                || outcome.thrown() instanceof AssertionFailedError)) {
            throw outcome.thrown(); // the stub, or the probe's own diagnosis
        }
        return check(ProcessFeedback.failure(this.answer, run(program), outcome.returned(), outcome.thrown()));
    }

    /**
     * Calls {@code answer} (which runs {@code program}, one that never ends) and asserts that it started the
     * program and threw {@code type} (or an exception caused by it).
     */
    public ProcessProbe assertThrows(Class<? extends Throwable> type, ProbeProgram program, ThrowingSupplier<?> answer)
            throws Throwable {
        Objects.requireNonNull(type, "type");
        Outcome outcome = watch(answer);
        if (outcome.thrown() != null && (FailureFeedback.unwritten(outcome.thrown())
                || outcome.thrown() instanceof AssertionFailedError)) {
            throw outcome.thrown(); // the stub, or the probe's own diagnosis
        }
        failOnRescue(); // what it returned after the probe ended its wait says less than why the probe had to
        return check(ProcessFeedback.threwForStarted(this.answer, type, run(program), outcome.returned(),
                outcome.thrown()));
    }

    /**
     * As {@link #assertThrows(Class, ProbeProgram, ThrowingSupplier)}, for an answer given {@code limit} to wait
     * for {@code program}: it must also have waited that long before it threw. An answer that gives up sooner
     * (kills the program at once, say) did not wait for the limit; a busy machine only makes a call longer.
     */
    public ProcessProbe assertThrows(Class<? extends Throwable> type, ProbeProgram program, Duration limit,
            ThrowingSupplier<?> answer) throws Throwable {
        limit(limit);
        assertThrows(type, program, answer);
        return check(ProcessFeedback.waitedAtLeast(this.answer, limit, took));
    }

    /**
     * The answer's last call lasted at least {@code limit}, the time it was given to wait for a program:
     * whatever it did to the program, it did not give up before the limit had passed.
     */
    public ProcessProbe assertWaitedAtLeast(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        requireCalled();
        return check(ProcessFeedback.waitedAtLeast(answer, limit, took));
    }

    /**
     * The answer started {@code program} (it ran and reported to the probe), whatever the answer returned or
     * threw: for a requirement about what happened to a program, which holds trivially of one never started.
     */
    public ProcessProbe assertStarted(ProbeProgram program) {
        requireCalled();
        return check(ProcessFeedback.started(answer, run(program)));
    }

    /**
     * Whether {@code program} (made with {@link ProbeProgram#startsHelper()}) got to start its helper before it
     * ended: when it did not (the answer stopped it first, which on a busy machine can be before its JVM has
     * started), nothing was proven about the helper, and a check tries again with a longer limit.
     */
    public boolean startedItsHelper(ProbeProgram program) {
        requireCalled();
        return run(program).helperPid() != null;
    }

    /** {@code returned} is the code {@code program} exited with. */
    public ProcessProbe assertExitCode(ProbeProgram program, int returned) {
        requireCalled();
        failOnRescue();
        return check(ProcessFeedback.exitCode(answer, run(program), returned));
    }

    /**
     * No program and no helper was running when the answer returned (a process killed just before may take
     * {@code 0.5 s} to be gone), and no thread the answer started is left (an executor never closed). Kills
     * the processes that were, and names them.
     */
    public ProcessProbe assertLeftNothingRunning() {
        requireCalled();
        Map<Long, String> left = leftAtReturn();
        left.keySet().forEach(log.view()::kill);
        Optional<String> problem = ProcessFeedback.leftovers(answer, left, log.runs());
        if (problem.isPresent()) {
            return check(problem);
        }
        failOnRescue();
        return check(ProcessFeedback.threadsLeft(answer, threadsLeft()));
    }

    /**
     * Platform threads the answer started (in the caller's thread group, created during the call) that are
     * still alive a second after it returned: an executor never closed keeps them. The JDK's own threads
     * (the process reaper) live in another group.
     */
    private List<Thread> threadsLeft() {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        List<Thread> left = new java.util.ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.threadId() < firstThreadId || thread == caller || thread.getName().startsWith("threadlab-")
                    || !inGroup(thread, caller.getThreadGroup())) {
                continue;
            }
            try {
                long wait = deadline - System.nanoTime();
                if (wait <= 0 ? thread.isAlive() : !thread.join(Duration.ofNanos(wait))) {
                    left.add(thread);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return left;
    }

    private static boolean inGroup(Thread thread, ThreadGroup group) {
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }

    /** The processes alive at the return that were not on their way out, or still alive after {@link #GONE}. */
    private Map<Long, String> leftAtReturn() {
        Map<Long, String> left = new LinkedHashMap<>();
        long deadline = System.nanoTime() + GONE.toNanos();
        for (var e : aliveAtReturn.entrySet()) {
            ProgramRun run = log.runs().stream().filter(r -> r.pids().contains(e.getKey())).findFirst().orElse(null);
            boolean onItsOwn = run != null && (run.isLingering() || run.wasAskedToStop() || run.sawEndOfInput());
            if (onItsOwn || !log.awaitGone(e.getKey(), deadline)) {
                left.put(e.getKey(), e.getValue());
            }
        }
        return left;
    }

    /**
     * The programs made with {@link ProbeProgram#together()} ran {@code atOnce} at a time (or all of them, when
     * fewer), and never more than {@code atOnce}.
     */
    public ProcessProbe assertRanAtOnce(int atOnce) {
        requireCalled();
        failOnRescue();
        List<ProgramRun> gated = log.runs().stream().filter(r -> r.program().waitsAtGate()).toList();
        return check(ProcessFeedback.ranAtOnce(answer, atOnce, gated, log.peakTogether(), log.peakRunning(),
                log.peakAtGate(), watch.mostlyIn()));
    }

    /** {@code outputs} are the {@code programs}' outputs (what each printed on stdout), in their order. */
    public ProcessProbe assertOutputsInOrder(List<ProbeProgram> programs, List<String> outputs) {
        requireCalled();
        failOnRescue();
        return check(ProcessFeedback.outputsInOrder(answer, programs.stream().map(this::run).toList(), outputs));
    }

    /** {@code returned} is {@code game}'s secret number, found in at most {@code maxGuesses} guesses over its pipes. */
    public ProcessProbe assertGuessed(ProbeProgram game, int returned, int maxGuesses) {
        requireCalled();
        ProcessWatch.Rescue rescue = watch.rescue();
        if (rescue != null && rescue.kind() != ProcessWatch.Kind.NOT_CLOSED) {
            failOnRescue();
        }
        return check(ProcessFeedback.guessed(answer, run(game), returned, maxGuesses));
    }

    /** The answer closed {@code game}'s input, and the program had exited by itself when the answer returned. */
    public ProcessProbe assertEndedConversation(ProbeProgram game) {
        requireCalled();
        ProgramRun run = run(game);
        ProcessWatch.Rescue rescue = watch.rescue();
        if (rescue != null && rescue.kind() == ProcessWatch.Kind.NOT_FLUSHED) {
            failOnRescue();
        }
        boolean alive = run.pids().stream().anyMatch(aliveAtReturn::containsKey);
        awaitEndOfInput(run);
        Optional<String> problem = rescue != null && rescue.kind() == ProcessWatch.Kind.NOT_CLOSED ? rescued()
                : ProcessFeedback.endedConversation(answer, run, alive);
        return check(problem);
    }

    /** The program reports its end of input over its link, a moment after it happened: wait for that report (bounded). */
    private static void awaitEndOfInput(ProgramRun run) {
        long deadline = System.nanoTime() + END_OF_INPUT.toNanos();
        while (!run.sawEndOfInput() && !run.hasEnded() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private ProgramRun run(ProbeProgram program) {
        return log.runs().stream().filter(r -> r.program() == program).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the program " + program.name() + " is not this probe's"));
    }

    private void failOnRescue() {
        rescued().ifPresent(Assertions::fail);
    }

    private void requireCalled() {
        if (watch == null) {
            throw new IllegalStateException("call the answer first, with probe.call(() -> ...) or probe.run(() -> ...)");
        }
    }

    private ProcessProbe check(Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
        return this;
    }

    /** Ends every program and helper still running, and the probe's own threads. */
    @Override
    public void close() {
        log.close();
    }

    @Override
    public String toString() {
        return "ProcessProbe[" + answer + ", " + log.runs().size() + " programs]";
    }
}
