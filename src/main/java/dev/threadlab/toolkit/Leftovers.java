package dev.threadlab.toolkit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Threads and executors an answer made that are still alive after it returned: threads that ran its tasks
 * (a pool never closed keeps them), and executors it opened and never closed (a virtual-thread executor
 * keeps no thread, yet is still open).
 *
 * <p>Executors are seen through the JDK's thread containers ({@code jdk.internal.vm}), which the engine JVM
 * exports to the toolkit; where they are not exported (a plain JVM), only threads are seen. Not thread-safe:
 * one per watched call.
 */
final class Leftovers {

    private static final Method ROOT;
    private static final Method CHILDREN;
    private static final Method THREADS;
    private static final String PER_TASK = "java.util.concurrent.ThreadPerTaskExecutor";

    static {
        Method root = null;
        Method children = null;
        Method threads = null;
        try {
            Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
            Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
            root = containers.getMethod("root");
            children = container.getMethod("children");
            threads = container.getMethod("threads");
            root.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            root = null; // not exported here: threads only
        }
        ROOT = root;
        CHILDREN = children;
        THREADS = threads;
    }

    /** What was left: threads still alive, and executors still open that hold no live thread we named. */
    record Found(List<Thread> threads, List<String> executors) {
        Found {
            threads = List.copyOf(threads);
            executors = List.copyOf(executors);
        }

        boolean none() {
            return threads.isEmpty() && executors.isEmpty();
        }
    }

    private final Set<Object> before;

    private Leftovers(Set<Object> before) {
        this.before = before;
    }

    /** Notes the executors that exist before the call, so that only the answer's are reported. */
    static Leftovers before() {
        if (ROOT == null) {
            return new Leftovers(Set.of());
        }
        try {
            Thread.ofVirtual().start(() -> { }).join(); // the virtual-thread scheduler exists before the snapshot
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted before the answer was called");
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(containers());
        return new Leftovers(seen);
    }

    /**
     * After the call: waits up to {@code grace} in all for the threads that ran {@code facts}' tasks to end
     * (the JVM's shared pools and the caller excepted), then answers those alive and the executors opened
     * since {@link #before()} that are still open.
     */
    Found after(ProbeFacts facts, Duration grace) {
        return after(facts.ran().stream()
                .filter(t -> t.kind() != ThreadKind.CALLER && !t.kind().shared())
                .map(ProbeFacts.Task::thread).distinct().toList(), grace);
    }

    /**
     * After the call: waits up to {@code grace} in all for {@code candidates} (threads that ran the answer's
     * work, the caller and the JVM's shared pools already left out) to end, then answers those alive and the
     * executors opened since {@link #before()} that are still open.
     */
    Found after(List<Thread> candidates, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : candidates) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 ? thread.isAlive() : !thread.join(Duration.ofNanos(left))) {
                    alive.add(thread);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the answer's threads to end");
            }
        }
        List<String> executors = new ArrayList<>();
        for (Object container : containers()) {
            if (!before.contains(container) && container.getClass().getName().equals(PER_TASK)
                    && threadsOf(container).noneMatch(alive::contains)) {
                executors.add("a thread-per-task executor (such as newVirtualThreadPerTaskExecutor())");
            }
        }
        return new Found(alive, executors);
    }

    /** Every thread container below the root, or none when they cannot be seen. */
    static List<Object> containers() {
        List<Object> found = new ArrayList<>();
        if (ROOT == null) {
            return found;
        }
        try {
            walk(ROOT.invoke(null), found, 0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            found.clear(); // the JDK changed: report threads only
        }
        return found;
    }

    private static void walk(Object container, List<Object> found, int depth) throws ReflectiveOperationException {
        if (depth > 0) {
            found.add(container);
        }
        if (depth > 8) {
            return;
        }
        try (Stream<?> children = (Stream<?>) CHILDREN.invoke(container)) {
            for (Object child : children.toList()) {
                walk(child, found, depth + 1);
            }
        }
    }

    /** The threads of thread container {@code container} (none when they cannot be seen). */
    static Stream<Thread> threadsOf(Object container) {
        try {
            return ((Stream<?>) THREADS.invoke(container)).map(Thread.class::cast);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Stream.empty();
        }
    }
}
