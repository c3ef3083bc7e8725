package dev.threadlab.toolkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child processes the toolkit started in this JVM, so none outlives it: a shutdown hook destroys
 * those still running, with their own children. Also starts them with the same {@code java}.
 *
 * <p>This is process-wide state on purpose: a JVM has one set of children and one exit. The hook
 * cannot run when the JVM is killed with SIGKILL; the kernel then destroys the engine's whole process
 * tree itself, and pool workers exit when their stdin closes. Thread-safe.
 */
final class Children {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("threadlab-children-reaper")
                .unstarted(() -> LIVE.forEach(p -> destroyTree(p, Duration.ofMillis(500)))));
    }

    private Children() {
    }

    /** The {@code java} launcher of the running JDK. */
    static String java() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return java.toFile().canExecute() ? java.toString()
                : ProcessHandle.current().info().command().orElse("java");
    }

    /** Starts {@code command} and remembers the process until it exits. */
    static Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    /** The processes started here that are still running. */
    static List<Process> live() {
        return LIVE.stream().filter(Process::isAlive).toList();
    }

    /**
     * Destroys {@code process} and every process it started (children first are listed before the
     * parent dies, or they would be re-parented and lost), then waits up to {@code wait} for it.
     *
     * @return whether the process has exited
     */
    static boolean destroyTree(Process process, Duration wait) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
