package dev.threadlab.engine;

import dev.threadlab.wire.EngineCommandException;
import dev.threadlab.wire.HeapUse;
import dev.threadlab.wire.ThreadTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;

/**
 * What magics may see and do of an interpreter's engine besides running cells: its process, threads,
 * memory, declarations and class path, and a reset. Thread contract of the interpreter it belongs to.
 */
final class EngineAccess {

    private final EngineSupervisor engines;
    private final Failures failures;

    EngineAccess(EngineSupervisor engines, Failures failures) {
        this.engines = engines;
        this.failures = failures;
    }

    /** Whether this interpreter grades submissions (its engines are confined for grading). */
    boolean grading() {
        return engines.options().confinement().grading();
    }

    /** The engine's CPU time over all its threads, when the engine is up and the OS tells. */
    Optional<Duration> cpuTime() {
        Session current = engines.ready();
        return current == null ? Optional.empty() : current.engine().cpuTime();
    }

    /** The session's JShell, once the engine is up: for magics that read declarations (%who). */
    JShell jshell() throws EngineUnavailableException {
        return engines.await().jshell();
    }

    /** The engine's process id, or -1 while none is running. */
    long pid() {
        Session current = engines.ready();
        return current == null ? -1 : current.engine().pid();
    }

    /** The engine's live user threads and child processes. */
    ThreadTable threads() throws EngineUnavailableException, EngineCommandException {
        return engines.await().threads();
    }

    /** The engine's heap after a full collection. */
    HeapUse memory() throws EngineUnavailableException, EngineCommandException {
        return engines.await().memory();
    }

    /** A frame of user code as {@code Worker.run (In [3], line 5)}, or null. */
    String describeFrame(StackTraceElement frame) {
        Session current = engines.ready();
        StackTraceElement translated = current == null ? null : current.translate(frame);
        return translated == null ? null : failures.where(translated);
    }

    /** Replaces the engine with a fresh one (killing the old one's process tree) and waits until it is up. */
    void reset() throws EngineUnavailableException {
        engines.restart();
        engines.await();
    }

    /** The class path of user code: the engine's own, then what {@link #addToClassPath} added. */
    List<Path> classPath() {
        return engines.classPath();
    }

    /** Adds {@code path} for the compiler and the engine, now and after restarts. */
    void addToClassPath(Path path) throws EngineUnavailableException {
        engines.addToClassPath(path);
    }

    /**
     * Drops every active method named {@code name} (helpers of magics). Magics declare no helper classes: JShell
     * breaks when a class is dropped (see {@link Timeit}).
     */
    void dropMethod(String name) {
        Session current = engines.ready();
        if (current != null) {
            current.jshell().methods().filter(m -> m.name().equals(name)).toList().forEach(current.jshell()::drop);
        }
    }
}
