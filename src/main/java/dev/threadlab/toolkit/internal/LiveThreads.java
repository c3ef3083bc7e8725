package dev.threadlab.toolkit.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every live thread of the engine JVM, cheaply (no stack walks, no safepoint-wide dump).
 *
 * <p>Virtual threads have no public enumeration API. When the engine runs with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} (the default engine flags), the JDK's
 * thread containers are walked, as the JDK's own thread dump does: platform threads, virtual threads
 * started directly (tracked while {@code jdk.trackAllThreads} is true, the default) and threads of
 * executors and structured scopes. Otherwise only platform threads are seen. Used by the agent (which
 * threads a cell left running) and by the toolkit's deadlock detection (who holds the locks virtual threads
 * wait for). Thread-safe.
 */
public final class LiveThreads {

    private static final Method ROOT;
    private static final Method THREADS;
    private static final Method CHILDREN;

    static {
        Method root = null;
        Method threads = null;
        Method children = null;
        try {
            Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
            Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
            root = containers.getMethod("root");
            threads = container.getMethod("threads");
            children = container.getMethod("children");
            root.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            root = null; // not exported: platform threads only
        }
        ROOT = root;
        THREADS = threads;
        CHILDREN = children;
    }

    private LiveThreads() {}

    /** Whether virtual threads are included in {@link #all()}. */
    public static boolean seesVirtualThreads() {
        return ROOT != null;
    }

    /** The live threads, each once. */
    public static List<Thread> all() {
        if (ROOT != null) {
            try {
                Set<Thread> found = Collections.newSetFromMap(new IdentityHashMap<>());
                walk(ROOT.invoke(null), found, 0);
                return found.stream().filter(Thread::isAlive).toList();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall back to platform threads
            }
        }
        return platformThreads();
    }

    private static void walk(Object container, Set<Thread> found, int depth) throws ReflectiveOperationException {
        if (depth > 64) {
            return;
        }
        try (Stream<?> threads = (Stream<?>) THREADS.invoke(container)) {
            threads.forEach(t -> found.add((Thread) t));
        }
        List<?> children;
        try (Stream<?> stream = (Stream<?>) CHILDREN.invoke(container)) {
            children = stream.toList();
        }
        for (Object child : children) {
            walk(child, found, depth + 1);
        }
    }

    private static List<Thread> platformThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        List<Thread> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(threads[i]);
        }
        return all;
    }
}
