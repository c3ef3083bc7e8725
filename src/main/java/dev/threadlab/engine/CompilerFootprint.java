package dev.threadlab.engine;

import static dev.threadlab.engine.JShellInternals.field;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jdk.jshell.JShell;

/**
 * Keeps out of the kernel's heap two things JShell holds for as long as the kernel runs and the kernel never
 * uses.
 *
 * <p>The kernel's own jar on the compiler's class path: JShell starts its compiler's class path from the
 * kernel JVM's {@code java.class.path}, the kernel's jar with its libraries (6,241 entries), so javac kept
 * that jar open as a zip file system, JShell's index (below) listed its classes, and cells could compile
 * against classes the engine JVM does not have. Here the compiler's class path starts from the engine's
 * instead, which is what user code runs with.
 *
 * <p>Simple class names: JShell indexes every class of the platform and of the class path in the
 * background (about 28,000 of the JDK's), by package for completion (kept) and by simple name for
 * {@code SourceCodeAnalysis.listQualifiedNames}, which the kernel never calls; the second map is emptied once
 * an indexing is done. In-process (a JShell after 20 cells, after a full collection) the heap held 26.4 MB
 * with the index and 18.6 MB with that map emptied.
 *
 * <p>Measured with {@code bench/bench.py}'s sequence (210 cells {@code 1 + 1}, completions, 2 s idle), kernel
 * and engine resident together, two runs each: 260.5 MB before, 255.1 MB with the class path alone, 257.7 MB
 * with the index alone, 251.9 MB with both (README, "Where idle memory goes").
 *
 * <p>JShell has no API for either, so its fields are reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest grants it to {@code java -jar}).
 * Where that is not granted, or a JDK names its fields otherwise, nothing changes but the memory (logged at
 * DEBUG). Stateless; call from the session's thread.
 */
final class CompilerFootprint {

    private static final System.Logger LOG = System.getLogger(CompilerFootprint.class.getName());

    private CompilerFootprint() {}

    /**
     * Starts the class path of {@code jshell}'s compiler from {@code first} (an entry of the engine's class
     * path) in place of the kernel's; call before the first {@code addToClasspath}, which appends to it.
     */
    static void startClassPathFrom(JShell jshell, Path first) {
        try {
            Object taskFactory = field(JShell.class, "taskFactory").get(jshell);
            field(taskFactory.getClass(), "classpath").set(taskFactory, first.toString());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "JShell's compiler keeps the kernel's class path", e);
        }
    }

    /**
     * Empties the index by simple class name once the indexing JShell has queued (at the start of its source
     * analysis, and after each {@code addToClasspath}) is done: the task runs after it on JShell's own
     * indexing thread, never on a cell's.
     *
     * @return done when the map has been emptied, or at once when it cannot be reached
     */
    static Future<?> dropSimpleNameIndexLater(JShell jshell) {
        try {
            Object analysis = jshell.sourceCodeAnalysis();
            Class<?> type = analysis.getClass();
            ExecutorService indexer = (ExecutorService) field(type, "INDEXER").get(null);
            Map<?, ?> indexes = (Map<?, ?>) field(type, "PATH_TO_INDEX").get(null);
            Object lock = field(type, "currentIndexes").get(analysis);
            return indexer.submit(() -> dropSimpleNames(indexes, lock));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "JShell's index by simple class name is kept", e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static void dropSimpleNames(Map<?, ?> indexes, Object lock) {
        synchronized (lock) { // as JShell's readers of the index
            for (Object index : indexes.values()) {
                try {
                    if (field(index.getClass(), "classSimpleName2FQN").get(index) instanceof Map<?, ?> names) {
                        names.clear();
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "JShell's index by simple class name is kept", e);
                    return;
                }
            }
        }
    }
}
