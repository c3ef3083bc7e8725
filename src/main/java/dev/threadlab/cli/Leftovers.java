package dev.threadlab.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends every process this JVM started, and every process those started that is still below it, and waits
 * until they are gone: {@code threadlab grade} writes grades only afterwards, so nothing a submission left
 * running can change them. (A sandboxed engine's processes all live in its own process namespace, below its
 * {@code bwrap}; without a sandbox, a process that detached itself from the tree is out of reach.)
 */
final class Leftovers {

    private Leftovers() {}

    /** Kills the descendants of this JVM until none is left or {@code bound} passed; answers those still alive. */
    static List<ProcessHandle> endAll(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
            long left = deadline - System.nanoTime();
            if (alive.isEmpty() || left <= 0) {
                return alive;
            }
            alive.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : alive) {
                try {
                    process.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    break; // look again: the bound decides
                }
            }
        }
    }
}
