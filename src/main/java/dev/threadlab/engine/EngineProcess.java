package dev.threadlab.engine;

import dev.threadlab.agent.Wire;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private final StderrLog stderr;
    private volatile CompletableFuture<String> threadDump =
            new CompletableFuture<>();
    private volatile String inputRefused;

    private EngineProcess(Process process, EngineLink command, EngineLink control, StderrLog stderr) {
        this.process = process;
        this.command = command;
        this.control = control;
        this.stderr = stderr;
    }

    /**
     * Logs what the engine JVM itself prints on its stdout and stderr (JVM messages such as
     * "Terminating due to java.lang.OutOfMemoryError"; user output travels over the socket) and keeps
     * the last line.
     */
    private static final class StderrLog extends Thread {
        private final Process process;
        private volatile String lastLine;

        StderrLog(Process process) {
            super("threadlab-engine-stderr-" + process.pid());
            this.process = process;
            setDaemon(true);
        }

        /** The last line, once the process ended and its output was read to the end (waits up to 2 s). */
        String lastLineAfterExit() {
            try {
                join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return lastLine;
        }

        @Override public void run() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lastLine = line;
                    LOG.log(System.Logger.Level.WARNING, "engine " + process.pid() + ": " + line);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "engine stderr closed", e);
            }
        }
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
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectErrorStream(true);
            EngineCommand.environment(options, builder.environment());
            Process process = start(builder);
            StderrLog stderr = new StderrLog(process);
            stderr.start();
            try {
                try (OutputStream stdin = process.getOutputStream()) {
                    stdin.write((token + "\n").getBytes(StandardCharsets.UTF_8));
                }
                EngineListener.Links links = listener.await(token, options.startTimeout(), process);
                return new EngineProcess(process, links.command(), links.control(), stderr);
            } catch (IOException | RuntimeException e) {
                killTree(process.toHandle());
                String last = process.isAlive() ? null : stderr.lastLineAfterExit();
                throw new IOException(e.getMessage() + (last == null ? "" : " (it said: " + last + ")"), e);
            } catch (InterruptedException e) {
                killTree(process.toHandle());
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the Java engine started", e);
            }
        }
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

    /** The last line the JVM itself wrote to stderr (e.g. why it terminated), once the process ended. */
    Optional<String> lastStderrLine() {
        try {
            stderr.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(stderr.lastLine);
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

    /** Kills the engine and everything it started, at once. */
    void kill() {
        killTree(process.toHandle());
        control.closeQuietly();
        command.closeQuietly();
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
