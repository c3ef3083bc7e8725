package dev.threadlab.toolkit;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link TaskProbe} saw of one task it handed to the learner's code, for checks that judge more than
 * the probe's own assertions do. Immutable.
 *
 * @param label            how the feedback names the task: {@code task 2}, or {@code the call with "b"}
 * @param runs             how many times it ran (0: never; more than 1: the answer ran it again)
 * @param thread           the name of the thread of its first run, empty if it never ran
 * @param virtual          whether that thread was virtual
 * @param daemon           whether that thread was a daemon
 * @param onCaller         whether it ran on the thread that called the answer ({@code run()} instead of a thread)
 * @param commonPool       whether it ran on the JVM's shared common pool (a parallel stream, {@code supplyAsync}
 *                         without an executor)
 * @param executor         whether it ran on a thread of an executor the answer created
 * @param finishedInTime   whether it had finished when the answer returned
 * @param laterThreads     the threads of its runs after the first
 */
public record TaskRun(String label, int runs, String thread, boolean virtual, boolean daemon, boolean onCaller,
        boolean commonPool, boolean executor, boolean finishedInTime, List<String> laterThreads) {

    public TaskRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(thread, "thread");
        laterThreads = List.copyOf(laterThreads);
    }

    static TaskRun of(ProbeFacts.Task task) {
        Thread thread = task.thread();
        return new TaskRun(task.label(), task.runs(), thread == null ? "" : ProbeFacts.name(thread),
                thread != null && thread.isVirtual(), thread != null && thread.isDaemon(),
                task.kind() == ThreadKind.CALLER, task.kind() != null && task.kind().shared(),
                task.kind() != null && task.kind().ownExecutor(), task.finishedBeforeReturn(), task.laterThreads());
    }
}
