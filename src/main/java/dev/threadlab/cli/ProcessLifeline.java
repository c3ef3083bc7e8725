package dev.threadlab.cli;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Ties the kernel process to the Jupyter process that started it, as ipykernel does: Jupyter names itself
 * in {@code JPY_PARENT_PID}, and a kernel whose parent is gone shuts down instead of living on as an
 * orphan. Also turns SIGINT into an interrupt of the running cell: {@code jupyter console} sends Ctrl-C to
 * the kernel as a signal, and the JVM would otherwise ignore it (or exit).
 */
final class ProcessLifeline {

    private static final System.Logger LOG = System.getLogger(ProcessLifeline.class.getName());

    private ProcessLifeline() {}

    /** Runs {@code action} once when the process named by {@code JPY_PARENT_PID} exits; nothing without one. */
    static void onParentExit(Runnable action) {
        parentPid(System.getenv("JPY_PARENT_PID")).flatMap(ProcessHandle::of).ifPresent(parent ->
                parent.onExit().thenRun(() -> {
                    LOG.log(Level.WARNING, "Jupyter (pid {0}) is gone: shutting the kernel down", parent.pid());
                    action.run();
                }));
    }

    /** The parent pid in {@code value}, when it is one (Jupyter may leave it out). */
    static Optional<Long> parentPid(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(value.strip());
            return pid > 1 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "ignoring JPY_PARENT_PID={0}: not a process id", value);
            return Optional.empty();
        }
    }

    /** Runs {@code action} on every SIGINT instead of the JVM's default (exit). */
    @SuppressWarnings("removal")
    static void onInterruptSignal(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "SIGINT cannot be handled here ({0}); interrupts arrive as messages only", e.toString());
        }
    }
}
