package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running engine JVM and its two connections (loopback TCP, or for a sandboxed engine a Unix domain
 * socket; see {@link EngineListener}): {@link #command()} (JShell's commands and the multiplexed streams)
 * and the control connection that carries stop requests. Thread-safe.
 */
final class EngineProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EngineProcess.class.getName());
    /**
     * Starts every engine process from one thread that lives as long as the JVM: a sandbox's {@code bwrap
     * --die-with-parent} dies when the thread that started it ends (Linux's parent-death signal follows the
     * thread, not the process), and the threads that start sessions come and go.
     */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "threadlab-engine-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private final Process process;
    private final EngineLink command;
    private final EngineLink control;
    private final RawOutput stdout;
    private final RawOutput stderr;
    /** End-of-cell marks the engine was asked to write to each raw stream so far. */
    private long cellEnds;
    private volatile CompletableFuture<String> threadDump =
            new CompletableFuture<>();
    private volatile String inputRefused;
    private final Object inputLock = new Object();
    private final AtomicBoolean sweptOrphans = new AtomicBoolean();
    /** When the engine process started, as the OS tells (null if it does not). */
    private final Instant started;
    private Thread inputWaiter;

    private EngineProcess(Process process, EngineLink command, EngineLink control, RawOutput stdout, RawOutput stderr) {
        this.process = process;
        this.command = command;
        this.control = control;
        this.stdout = stdout;
        this.stderr = stderr;
        this.started = process.info().startInstant().orElse(null);
    }

    /**
     * Starts the engine JVM and waits (up to the options' start timeout, for the whole handshake) for both
     * of its connections. The engine reads the secret it must send back on its standard input, which is then
     * closed: user code running in the engine later cannot learn it.
     */
    static EngineProcess launch(EngineOptions options) throws IOException {
        String token = UUID.randomUUID().toString();
        boolean sandboxed = options.confinement().sandbox().isPresent();
        try (EngineListener listener = sandboxed ? EngineListener.unix() : EngineListener.tcp()) {
            ProcessBuilder builder = new ProcessBuilder(EngineCommand.of(options, listener))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            EngineCommand.environment(options, builder.environment());
            Process process = start(builder);
            RawOutput stdout = new RawOutput(process.getInputStream(), process.pid(), false);
            RawOutput stderr = new RawOutput(process.getErrorStream(), process.pid(), true);
            stdout.start();
            stderr.start();
            try {
                try (OutputStream stdin = process.getOutputStream()) {
                    stdin.write((token + "\n").getBytes(StandardCharsets.UTF_8));
                }
                EngineListener.Links links = listener.await(token, options.startTimeout(), process);
                return new EngineProcess(process, links.command(), links.control(), stdout, stderr);
            } catch (IOException | RuntimeException e) {
                killTree(process.toHandle());
                String last = process.isAlive() ? null : lastLineAfterExit(stdout, stderr);
                throw new IOException(e.getMessage() + (last == null ? "" : " (it said: " + last + ")"), e);
            } catch (InterruptedException e) {
                killTree(process.toHandle());
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the Java engine started", e);
            }
        }
    }

    /** The last line the JVM wrote before it ended (it says why), waiting up to 2 s for its output to end. */
    private static String lastLineAfterExit(RawOutput stdout, RawOutput stderr) {
        try {
            stdout.join(1_000);
            stderr.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stderr.lastLine() != null ? stderr.lastLine() : stdout.lastLine();
    }

    private static Process start(ProcessBuilder builder) throws IOException {
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("the Java engine could not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the Java engine", e);
        }
    }

    EngineLink command() {
        return command;
    }

    EngineLink control() {
        return control;
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
     * What the cell's threads are doing, asked over the control connection while the command connection
     * is busy; empty when the engine does not answer within {@code millis}.
     */
    Optional<String> threadDump(long millis) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        threadDump = answer;
        try {
            sendControl(Wire.THREAD_DUMP, 0, null);
            return Optional.of(answer.get(millis, TimeUnit.MILLISECONDS));
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The engine's answer to {@link #threadDump}. */
    void threadDumpArrived(String text) {
        threadDump.complete(text);
    }

    /** The calling thread (the engine's stdin thread) now waits for the client to answer an input request. */
    void inputWaitBegins() {
        synchronized (inputLock) {
            inputWaiter = Thread.currentThread();
        }
    }

    /** The wait of {@link #inputWaitBegins} ended; forgets a {@link #cancelInput} that came too late to matter. */
    void inputWaitEnds() {
        synchronized (inputLock) {
            inputWaiter = null;
        }
        Thread.interrupted();
    }

    /**
     * Gives up the input request the client has not answered (the cell that asked was interrupted, or ended):
     * the engine's reader gets end of input, and the next request is sent to the client. Without this the
     * kernel waited for that answer forever, and the next cell that read input never got an input box.
     * Any thread.
     */
    void cancelInput() {
        synchronized (inputLock) {
            if (inputWaiter != null) {
                inputWaiter.interrupt();
            }
        }
    }

    /** User code asked for keyboard input and the kernel answered "none" for {@code reason}. Any thread. */
    void inputRefused(String reason) {
        inputRefused = reason;
    }

    /** The reason of the last refused input request since the previous call, if any. Any thread. */
    Optional<String> takeInputRefused() {
        String reason = inputRefused;
        inputRefused = null;
        return Optional.ofNullable(reason);
    }

    /** Asks the engine to stop the running snippet. Any thread; returns at once. */
    void sendStop() {
        try {
            sendControl(Wire.STOP, 0, null);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "stop not sent: the engine connection is closed", e);
        }
    }

    /** Sends a control byte, followed by {@code id} and a length-prefixed payload unless it is null. Any thread. */
    void sendControl(byte kind, int id, byte[] payload) throws IOException {
        synchronized (control) {
            DataOutputStream out = new DataOutputStream(control.out());
            out.writeByte(kind);
            if (payload != null) {
                out.writeInt(id);
                out.writeInt(payload.length);
                out.write(payload);
            }
            out.flush();
        }
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
