package dev.threadlab.toolkit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Tasks for the learner's code, and a watch on what it did with them: which thread ran each task (the
 * caller's own, the shared common pool, a pool, a thread of its own), how many ran at once, whether the
 * answer returned before they finished or left threads running, in which order they finished. Its
 * assertions fail with feedback that names the mistake, in the learner's terms, and says what to do.
 *
 * <pre>{@code
 * var probe = Check.probe("runAll").together();       // names the learner's method in the feedback
 * List<Runnable> tasks = probe.runnables(3);
 * probe.run(() -> runAll(tasks));                       // calls the answer on this thread and watches it
 * probe.assertWaitedForEveryTask().assertRanTogether();
 * }</pre>
 *
 * <p>Proof without timing: with {@link #together()} each task waits until all of them run at once (or until
 * {@value #PATIENCE_SECONDS} s pass without a new task starting), so an answer that runs them side by side
 * passes on a slow machine and one that runs them one after another fails on a fast one. Tasks are also held
 * until the caller waits for them ({@code join}, {@code get}, {@code close}): an answer that sleeps instead
 * returns while they still run, however long it sleeps. And tasks that run at the same time finish in reverse
 * order (last task first) unless {@link #finishTogether()}, so results kept in finishing order show. Only the tasks the probe handed
 * out count, each once: nothing else can make a task seem to run.
 *
 * <p>Make the tasks, then call the answer once ({@link #run}, {@link #call} or {@link #assertThrowsTaskFailure}),
 * then assert. Used from one thread (a check's); the tasks themselves may run on any.
 */
public final class TaskProbe {

    /** How long tasks wait at the gate for one more task to start before they give up waiting. */
    static final int PATIENCE_SECONDS = 2;

    private final String answer;
    private Duration patience;
    private boolean together;
    private boolean lastFirst = true;
    private ProbeLog log;
    private CallerWatch watch;
    private Leftovers leftovers;
    private boolean called;
    private ProbeFacts settled;
    private Leftovers.Found left;

    TaskProbe(String answer, Duration patience) {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a probe needs the name of the learner's method, was blank");
        }
        this.answer = answer.strip();
        this.patience = patience;
    }

    /** Makes the tasks wait for each other, to prove they run at the same time ({@link #assertRanTogether}). */
    public TaskProbe together() {
        requireNoTasks("together()");
        together = true;
        return this;
    }

    /**
     * How long tasks wait at the gate for one more task to start before they all stop waiting; default
     * {@value #PATIENCE_SECONDS} s. A shorter one makes many trials of an answer that never runs its tasks
     * together cheaper (a race test); it never fails a correct answer, only lets the tasks go on sooner.
     *
     * @throws IllegalArgumentException if {@code patience} is not positive
     */
    public TaskProbe patience(Duration patience) {
        Objects.requireNonNull(patience, "patience");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        requireNoTasks("patience(...)");
        this.patience = patience;
        return this;
    }

    /** Lets the tasks finish together rather than last first: the most collisions, for testing races. */
    public TaskProbe finishTogether() {
        requireNoTasks("finishTogether()");
        lastFirst = false;
        return this;
    }

    /** {@code count} tasks that do nothing but let the probe watch them. */
    public List<Runnable> runnables(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        ProbeLog tasks = log();
        List<Runnable> runnables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = tasks.add("task " + (tasks.size() + 1));
            runnables.add(() -> {
                try {
                    tasks.run(index, () -> null);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) { // unreachable: the body throws nothing checked
                    throw new IllegalStateException(e);
                }
            });
        }
        return List.copyOf(runnables);
    }

    /** One task per body: running task i calls {@code bodies.get(i)} and answers (or throws) what it does. */
    public <T> List<Callable<T>> callables(List<? extends Callable<T>> bodies) {
        Objects.requireNonNull(bodies, "bodies");
        ProbeLog tasks = log();
        List<Callable<T>> callables = new ArrayList<>();
        for (Callable<T> body : bodies) {
            Objects.requireNonNull(body, "a task body");
            int index = tasks.add("task " + (tasks.size() + 1));
            callables.add(() -> tasks.run(index, body::call));
        }
        return List.copyOf(callables);
    }

    /**
     * A function whose call with each of {@code inputs} is a task that answers {@code body.apply(input)};
     * a call with any other input runs {@code body} unwatched.
     *
     * @throws IllegalArgumentException if {@code inputs} holds an element twice
     */
    public <T, R> Function<T, R> function(List<? extends T> inputs, Function<? super T, ? extends R> body) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(body, "body");
        if (inputs.stream().distinct().count() != inputs.size()) {
            throw new IllegalArgumentException("a probe's function needs distinct inputs, was " + inputs);
        }
        ProbeLog tasks = log();
        List<T> known = List.copyOf(inputs);
        int first = tasks.size();
        known.forEach(input -> tasks.add("the call with " + quoted(input)));
        return input -> {
            int i = known.indexOf(input);
            if (i < 0) {
                return body.apply(input);
            }
            try {
                return tasks.run(first + i, () -> body.apply(input));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) { // unreachable: a Function throws nothing checked
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * An {@code IOException} with {@code message} for a task body to throw: the feedback sees whether the
     * answer passed it on, swallowed it, or printed it and carried on.
     */
    public IOException failure(String message) {
        return new TaskFailure(Objects.requireNonNull(message, "message"));
    }

    /** Calls the learner's {@code answer} on this thread, watching it; what it throws passes through. */
    public void run(Executable answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        call(() -> {
            answer.execute();
            return null;
        });
    }

    /** Calls the learner's {@code answer} on this thread, watching it, and answers its result. */
    public <R> R call(ThrowingSupplier<R> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        ProbeLog tasks = log();
        leftovers = Leftovers.before();
        Thread caller = Thread.currentThread();
        tasks.begin(caller);
        called = true;
        watch = CallerWatch.start(tasks, caller);
        try {
            return answer.get();
        } finally {
            tasks.end();
            watch.close();
            LeftInterrupt.clear();
        }
    }

    /**
     * Every task ran exactly once and had finished when the answer returned: it waited for them (not with a
     * sleep).
     */
    public TaskProbe assertWaitedForEveryTask() {
        return check(feedback().waitedForEveryTask());
    }

    /** No thread or executor the answer made is still alive after it returned. */
    public TaskProbe assertLeftNothingRunning() {
        facts();
        if (left == null) {
            left = leftovers.after(settled, Duration.ofSeconds(PATIENCE_SECONDS));
        }
        return check(feedback().leftNothingRunning(left));
    }

    /**
     * All the tasks ran at the same moment, each on a thread of its own: none on the caller's thread, none on
     * the shared common pool. Needs {@link #together()}.
     */
    public TaskProbe assertRanTogether() {
        if (!together) {
            throw new IllegalStateException("assertRanTogether() needs a probe made with together(), so that its tasks"
                    + " wait for each other");
        }
        return check(feedback().ranTogether());
    }

    /**
     * {@code results} are the tasks' own results, in the order of the tasks (not the order they finished).
     * Needs {@link #together()}: tasks that run at the same time then finish last first, so results kept in
     * finishing order show.
     */
    public TaskProbe assertResultsInOrder(List<?> results) {
        if (!together) {
            throw new IllegalStateException("assertResultsInOrder() needs a probe made with together(), so that tasks"
                    + " running at the same time finish last first");
        }
        ProbeFacts facts = facts();
        List<Object> expected = new ArrayList<>();
        facts.tasks().forEach(t -> expected.add(t.result()));
        return check(feedback().resultsInOrder(results, expected));
    }

    /**
     * Calls {@code answer} as {@link #call} does and asserts that it threw one of the tasks' failures, itself
     * or as a cause (so nothing is lost), rather than returning or throwing something else.
     */
    public void assertThrowsTaskFailure(ThrowingSupplier<?> answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        Object returned = null;
        Throwable thrown = null;
        try {
            returned = call(answer);
        } catch (Throwable t) { // what the answer threw is what is judged
            thrown = t;
        }
        if (thrown != null && FailureFeedback.unwritten(thrown)) {
            throw thrown;
        }
        check(FailureFeedback.judge(this.answer, facts(), returned, thrown));
    }

    /** {@link #assertThrowsTaskFailure(ThrowingSupplier)} for an answer that returns nothing. */
    public void assertThrowsTaskFailure(Executable answer) throws Throwable {
        Objects.requireNonNull(answer, "answer");
        assertThrowsTaskFailure(() -> {
            answer.execute();
            return null;
        });
    }

    /** What happened to each task, in order (after the answer was called, once its tasks settled). */
    public List<TaskRun> tasks() {
        return facts().tasks().stream().map(TaskRun::of).toList();
    }

    /** The most tasks that ran at the same moment. */
    public int peak() {
        return facts().peak();
    }

    private TaskProbe check(Optional<String> problem) {
        problem.ifPresent(Assertions::fail);
        return this;
    }

    private ProbeFeedback feedback() {
        return new ProbeFeedback(answer, facts());
    }

    /** What was seen, once the tasks settled; for the probes built on this one ({@link FutureProbe}). */
    ProbeFacts facts() {
        if (!called) {
            throw new IllegalStateException("call the answer first, with probe.run(() -> ...) or probe.call(() -> ...)");
        }
        if (settled == null) {
            log.settle(Duration.ofMillis(300), Duration.ofSeconds(4L * PATIENCE_SECONDS));
            settled = log.facts(watch.seen());
        }
        return settled;
    }

    private ProbeLog log() {
        if (log == null) {
            // tasks that run together go on together (finishing last first); others each when the caller waits for it
            log = new ProbeLog(together, lastFirst, !together, patience);
        }
        return log;
    }

    private void requireNoTasks(String what) {
        if (log != null) {
            throw new IllegalStateException(what + " must come before the probe hands out tasks");
        }
    }

    private static String quoted(Object input) {
        return input instanceof String s ? "\"" + s + "\"" : String.valueOf(input);
    }

    @Override
    public String toString() {
        return "TaskProbe[" + answer + (settled == null ? "" : ", peak " + settled.peak() + ", threads "
                + ProbeFacts.names(settled.threads(), 4)) + "]";
    }
}
