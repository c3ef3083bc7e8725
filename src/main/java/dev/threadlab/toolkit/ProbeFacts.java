package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link TaskProbe} saw, frozen for judging: per task, and of the caller. Immutable (the threads are
 * live objects, read only for their names and whether they are alive).
 *
 * @param tasks          every task handed out, in order
 * @param peak           the most tasks that ran at once
 * @param together       whether the tasks waited for each other at a gate
 * @param gateOpened     whether every task was running at the same moment
 * @param finishOrder    task indices in the order their first runs finished
 * @param caller         the thread that called the answer, or null before the call
 * @param returned       whether the answer has returned (or thrown)
 * @param callerWaits    what the caller was seen waiting in
 * @param sleptIn        the learner's frame that slept, when the caller was seen in {@code Thread.sleep}, else null
 * @param callerInStream whether the caller waited inside a stream pipeline
 */
record ProbeFacts(List<Task> tasks, int peak, boolean together, boolean gateOpened, List<Integer> finishOrder,
        Thread caller, boolean returned, Set<CallerWait> callerWaits, String sleptIn, boolean callerInStream) {

    /**
     * One task.
     *
     * @param runs             how many times it ran (its first run counts; later ones are only recorded)
     * @param thread           the thread of its first run, or null if it never ran
     * @param laterThreads     the threads of its later runs
     * @param finishedBeforeReturn whether its first run had finished when the answer returned
     * @param threw            what its body threw, or null
     * @param result           what its body returned (null when it threw or never ran)
     */
    record Task(int index, String label, int runs, Thread thread, ThreadKind kind, String via,
            List<String> laterThreads, long started, long finished, boolean finishedBeforeReturn, Throwable threw,
            Object result) {
        boolean ran() {
            return runs > 0;
        }
    }

    ProbeFacts {
        tasks = List.copyOf(tasks);
        finishOrder = List.copyOf(finishOrder);
        callerWaits = Set.copyOf(callerWaits);
    }

    List<Task> ran() {
        return tasks.stream().filter(Task::ran).toList();
    }

    List<Task> neverRan() {
        return tasks.stream().filter(t -> !t.ran()).toList();
    }

    List<Task> ranMoreThanOnce() {
        return tasks.stream().filter(t -> t.runs() > 1).toList();
    }

    /** The tasks that ran but had not finished when the answer returned (running, or not started yet). */
    List<Task> unfinishedAtReturn() {
        return tasks.stream().filter(t -> t.ran() && !t.finishedBeforeReturn()).toList();
    }

    /** The tasks of each kind of thread, kinds in the order first seen. */
    Map<ThreadKind, List<Task>> byKind() {
        Map<ThreadKind, List<Task>> kinds = new LinkedHashMap<>();
        for (Task task : ran()) {
            kinds.computeIfAbsent(task.kind(), k -> new ArrayList<>()).add(task);
        }
        return kinds;
    }

    /** The distinct threads that ran tasks, in the order first seen. */
    List<Thread> threads() {
        Set<Thread> threads = new LinkedHashSet<>();
        ran().forEach(t -> threads.add(t.thread()));
        return List.copyOf(threads);
    }

    /**
     * Names of {@code threads}, at most {@code max}, then "and N more"; nameless ones (an executor's virtual threads)
     * are counted instead, "pool-1-thread-1 and 6 nameless virtual threads", since a list of "a virtual thread"
     * tells them apart no better.
     */
    static String names(List<Thread> threads, int max) {
        List<Thread> named = threads.stream().filter(t -> !t.getName().isBlank()).toList();
        long virtual = threads.stream().filter(t -> t.getName().isBlank() && t.isVirtual()).count();
        long platform = threads.size() - named.size() - virtual;
        List<String> names = new ArrayList<>();
        for (Thread thread : named.subList(0, Math.min(max, named.size()))) {
            names.add(thread.getName());
        }
        if (virtual + platform == 0) {
            if (named.size() > max) {
                names.add("and " + (named.size() - max) + " more");
            }
            return String.join(", ", names);
        }
        if (named.size() > max) {
            names.add((named.size() - max) + " more");
        }
        if (virtual > 0) {
            names.add(virtual == 1 ? "a nameless virtual thread" : virtual + " nameless virtual threads");
        }
        if (platform > 0) {
            names.add(platform == 1 ? "a nameless thread" : platform + " nameless threads");
        }
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** A thread's name, or "a virtual thread" for the nameless ones an executor starts. */
    static String name(Thread thread) {
        String name = thread.getName();
        return name.isBlank() ? (thread.isVirtual() ? "a virtual thread" : "a nameless thread") : name;
    }

    /** Whether any task ran on a thread of an executor the answer made. */
    boolean usedExecutor() {
        return ran().stream().anyMatch(t -> t.kind().ownExecutor());
    }

    /** "task 2", "tasks 2 and 3", "tasks 1, 2 and 4": the labels of {@code tasks}. */
    static String labels(List<Task> tasks) {
        if (tasks.size() == 1) {
            return tasks.getFirst().label();
        }
        List<String> labels = tasks.stream().map(Task::label).toList();
        boolean numbered = labels.stream().allMatch(l -> l.startsWith("task "));
        if (numbered) {
            labels = labels.stream().map(l -> l.substring("task ".length())).toList();
        }
        String joined = String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
        return numbered ? "tasks " + joined : joined;
    }
}
