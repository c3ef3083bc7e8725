package dev.threadlab.toolkit;

import dev.threadlab.toolkit.internal.LiveThreads;
import dev.threadlab.toolkit.internal.ToolkitOwned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;

/**
 * What the code of one requirement left running when the requirement ended, and ending it as far as Java
 * allows, so that a check cell leaves nothing of the answer behind in the learner's engine.
 *
 * <p>Made when the requirement starts ({@link #since()}); {@link #end} then ends the threads of every pool
 * created since whose threads are the answer's ({@link PoolOf#endThreads}: a thread pool stays usable, since a
 * pool the answer keeps in a static field for later calls is made during the first), and interrupts every
 * thread created since that runs the notebook's code, platform or virtual (a thread-per-task executor's
 * threads among them: such an executor keeps no idle thread).
 * A pool's threads are the answer's when they are in the requirement's thread group (pools the JDK runs for
 * itself, such as the process reaper, are not), are no thread the toolkit made ({@link ToolkitOwned}: a probe's
 * executor handed to the answer is the probe's) and are no HttpClient's own. What outlives that is described ({@link Ended#blocked}): threads blocked on a monitor,
 * or waiting for a lock such a thread holds, which no Java code can end since {@code Thread.stop} is gone.
 * Not thread-safe: one per requirement, used by the thread that waits for it.
 */
final class LeftBehind {

    /** How the JDK's HttpClient names its own threads, which end with the client. */
    private static final String HTTP_CLIENT = "HttpClient-";
    /** The virtual-thread scheduler's carrier threads: the JDK's, never the answer's. */
    private static final String CARRIER = "jdk.internal.misc.CarrierThread";
    private static final int MAX_NAMED = 3;
    private static final String WAITS_FOR = " waits for ";

    /**
     * What {@link #end} did and could not do.
     *
     * @param executors words for each executor whose threads it ended ({@link PoolOf#describe})
     * @param alive     threads still alive after their interrupt and the patience
     */
    record Ended(List<String> executors, List<Thread> alive) {
        Ended {
            executors = List.copyOf(executors);
            alive = List.copyOf(alive);
        }

        /**
         * The threads of {@link #alive} that are blocked or wait with no time limit, in words: {@code "caller 1
         * waits for account B, held by caller 2"}, or where it waits when the JVM knows no lock it waits for; lock
         * names pass through {@code rename}.
         */
        List<String> blocked(UnaryOperator<String> rename) {
            Map<Long, Thread> byId = new LinkedHashMap<>();
            alive.stream().filter(Thread::isAlive).sorted(Comparator.comparingLong(Thread::threadId)).filter(t -> t.getState() == Thread.State.BLOCKED
                    || t.getState() == Thread.State.WAITING).forEach(t -> byId.put(t.threadId(), t));
            Deadlock deadlock = Threads.deadlocks(byId::containsKey).renamed(rename);
            List<String> words = new ArrayList<>();
            for (Deadlock.Link link : deadlock.links()) {
                words.add(link.thread() + WAITS_FOR + link.waitsFor() + ", held by " + link.owner());
            }
            for (Thread thread : byId.values()) {
                if (deadlock.links().stream().noneMatch(l -> l.thread().equals(thread.getName()))) {
                    String lock = WhereStuck.waitsFor(thread, rename);
                    words.add(lock.isEmpty() ? WhereStuck.describe(List.of(thread)).replace("\"", "")
                            : thread.getName() + WAITS_FOR + lock);
                }
            }
            return words;
        }
    }

    private final long firstId;
    private final Set<Object> containersBefore;

    private LeftBehind(long firstId, Set<Object> containersBefore) {
        this.firstId = firstId;
        this.containersBefore = containersBefore;
    }

    /** Notes which threads and executors exist now: only those made from now on are ended later. */
    static LeftBehind since() {
        Set<Object> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(Leftovers.containers());
        return new LeftBehind(WhereStuck.nextThreadId(), before);
    }

    /** The id of the first thread made since {@link #since()}. */
    long firstId() {
        return firstId;
    }

    /**
     * Ends the threads of the pools made since {@link #since()} that the code under test left open, interrupts the
     * threads made since that run the notebook's code, and waits up to {@code patience} in all for them to
     * end. {@code group} is the thread group of the requirement's thread: pools whose threads are in it (or
     * below it) are the answer's. Keeps the caller's interrupt status.
     */
    Ended end(ThreadGroup group, Duration patience) {
        List<Thread> made = LiveThreads.all().stream()
                .filter(t -> t.threadId() >= firstId && t != Thread.currentThread() && t.isAlive())
                .filter(t -> !t.getName().startsWith(HTTP_CLIENT) && !t.getClass().getName().equals(CARRIER))
                .toList();
        Map<ExecutorService, String> executors = new IdentityHashMap<>();
        Set<Thread> inNewContainers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object container : Leftovers.containers()) {
            if (!containersBefore.contains(container)) {
                Leftovers.threadsOf(container).forEach(inNewContainers::add);
            }
        }
        List<Thread> ending = new ArrayList<>();
        for (Thread thread : made) {
            ExecutorService pool = thread.isVirtual() || !inGroup(thread, group) || ToolkitOwned.made(thread) ? null
                    : PoolOf.of(thread);
            if (pool != null && inNewContainers.contains(thread)) { // a pool made before (a learner's own) stays open
                executors.putIfAbsent(pool, PoolOf.describe(pool));
                ending.add(thread);
            } else if (Arrays.stream(thread.getStackTrace()).anyMatch(StackText::isUserFrame)) {
                ending.add(thread);
            }
        }
        executors.keySet().forEach(PoolOf::endThreads);
        List<Thread> alive = WhereStuck.interrupt(ending, patience);
        List<String> closed = new ArrayList<>(executors.values());
        Collections.sort(closed);
        return new Ended(closed, alive);
    }

    /**
     * One line per kind of thing left, for the learner, or none: executors whose threads the check ended and threads it
     * could not end ({@code blocked}, from {@link Ended#blocked}). Empty lists give no line.
     */
    static List<String> notes(List<String> executors, List<String> blocked) {
        List<String> notes = new ArrayList<>();
        if (!executors.isEmpty()) {
            boolean alike = executors.stream().distinct().count() == 1;
            notes.add("Your answer left " + (executors.size() == 1 ? "an executor" : executors.size() + " executors")
                    + " open (" + named(executors) + (alike && executors.size() > 1 ? " each" : "") + "); the check"
                    + " ended " + (executors.size() == 1 ? "its" : "their") + " threads. An executor nobody closes keeps"
                    + " its threads alive: close it when you are done; try (ExecutorService pool = …) { … } does, and"
                    + " waits for its tasks.");
        }
        if (!blocked.isEmpty()) {
            notes.add(blocked.size() + (blocked.size() == 1 ? " thread your answer's code runs on is" : " threads your "
                    + "answer's code runs on are") + " still blocked, and the check could not end "
                    + (blocked.size() == 1 ? "it" : "them") + ": " + named(alike(blocked)) + ". "
                    + (blocked.size() == 1 ? "It stays" : "They stay") + " until you run %reset (a fresh Java engine:"
                    + " run the set-up cells again after it).");
        }
        return notes;
    }

    /**
     * {@code "caller 2, caller 3, caller 4 and 4 more wait for L, held by a thread that has ended"}: the threads
     * that wait for the same lock held by the same thread, in one phrase each; other descriptions as they are.
     */
    private static List<String> alike(List<String> blocked) {
        Map<String, List<String>> byLock = new LinkedHashMap<>();
        for (String thread : blocked) {
            int at = thread.indexOf(WAITS_FOR);
            String lock = at < 0 ? thread : thread.substring(at + WAITS_FOR.length());
            byLock.computeIfAbsent(lock, l -> new ArrayList<>()).add(at < 0 ? "" : thread.substring(0, at));
        }
        List<String> phrases = new ArrayList<>();
        byLock.forEach((lock, names) -> {
            if (names.getFirst().isEmpty()) {
                phrases.add(lock);
            } else if (names.size() == 1) {
                phrases.add(names.getFirst() + WAITS_FOR + lock);
            } else {
                List<String> shown = new ArrayList<>(names.subList(0, Math.min(MAX_NAMED, names.size())));
                String last = names.size() > MAX_NAMED ? (names.size() - MAX_NAMED) + " more" : shown.removeLast();
                phrases.add(String.join(", ", shown) + " and " + last + " wait for " + lock);
            }
        });
        return phrases;
    }

    private static String named(List<String> items) {
        List<String> distinct = items.stream().distinct().toList();
        String shown = String.join("; ", distinct.subList(0, Math.min(MAX_NAMED, distinct.size())));
        return distinct.size() > MAX_NAMED ? shown + "; and " + (distinct.size() - MAX_NAMED) + " more" : shown;
    }

    private static boolean inGroup(Thread thread, ThreadGroup group) {
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }
}
