package dev.threadlab.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running engine JVM (started by {@link EngineLauncher}) and its two connections (loopback TCP, or for
 * a sandboxed engine a Unix domain socket; see {@link EngineListener}): {@link #command()} (JShell's
 * commands and the multiplexed streams) and the {@link #control()} channel that carries stop requests,
 * thread-dump requests and standard input ({@link #input()}); the process's raw output, exit and end.
 * Thread-safe.
 */
final class EngineProcess implements AutoCloseable {

    private final Process process;
    private final EngineLink command;
    private final ControlChannel control;
    private final InputRequests input = new InputRequests();
    private final RawOutput stdout;
    private final RawOutput stderr;
    /** End-of-cell marks the engine was asked to write to each raw stream so far. */
    private long cellEnds;
    private final AtomicBoolean sweptOrphans = new AtomicBoolean();
    /** When the engine process started, as the OS tells (null if it does not). */
    private final Instant started;

    EngineProcess(Process process, EngineLink command, ControlChannel control, RawOutput stdout, RawOutput stderr) {
        this.process = process;
        this.command = command;
        this.control = control;
        this.stdout = stdout;
        this.stderr = stderr;
        this.started = process.info().startInstant().orElse(null);
    }

    EngineLink command() {
        return command;
    }

    /** The control connection: stop, thread dumps and standard input. */
    ControlChannel control() {
        return control;
    }

    /** User code's keyboard input requests waiting for the client. */
    InputRequests input() {
        return input;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The engine's total CPU time over all its threads so far, when the OS tells. */
    Optional<java.time.Duration> cpuTime() {
        return process.toHandle().info().totalCpuDuration();
    }

    /** The exit code, waiting up to {@code millis} for the process to end; empty if it is still running. */
    Optional<Integer> exitCode(long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return Optional.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /**
     * The last line the JVM itself wrote (e.g. why it terminated: HotSpot writes that to standard output),
     * once the process ended: a line naming an error first, standard error's next.
     */
    Optional<String> lastStderrLine() {
        try {
            stdout.join(500);
            stderr.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String out = stdout.lastLine();
        String err = stderr.lastLine();
        if (out != null && out.contains("Error") && (err == null || !err.contains("Error"))) {
            return Optional.of(out);
        }
        return Optional.ofNullable(err != null ? err : out);
    }

    /** From now on, what the engine writes below System.out goes to {@code router}'s most recent cell. */
    void routeRawOutput(OutputRouter router) {
        stdout.attach(router.rawStream(false));
        stderr.attach(router.rawStream(true));
    }

    /**
     * After the engine answered the end of a cell (and so wrote its end-of-cell marks): waits, up to
     * {@code millis} per stream, until everything it wrote below System.out before that is handed over.
     */
    void awaitRawOutput(long millis) {
        long expected;
        synchronized (this) {
            expected = ++cellEnds;
        }
        stdout.awaitSyncs(expected, millis);
        stderr.awaitSyncs(expected, millis);
    }

    /**
     * Kills the engine and everything it started, at once; once it is gone, also what it started but could
     * not end itself because it died suddenly ({@link Orphans}).
     */
    void kill() {
        killTree(process.toHandle());
        control.closeQuietly();
        command.closeQuietly();
        if (started != null && sweptOrphans.compareAndSet(false, true)) {
            process.onExit().thenRun(() -> Orphans.sweep(started));
        }
    }

    @Override
    public void close() {
        kill();
    }

    static void killTree(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
