package dev.threadlab.engine;

import dev.threadlab.agent.EngineMain;
import dev.threadlab.agent.Wire;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running engine JVM and its two loopback connections: {@link #command()} (JShell's commands and the
 * multiplexed streams) and the control connection that carries stop requests. Thread-safe.
 */
final class EngineProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EngineProcess.class.getName());

    private final Process process;
    private final Socket command;
    private final Socket control;
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

    private EngineProcess(Process process, Socket command, Socket control, RawOutput stdout, RawOutput stderr) {
        this.process = process;
        this.command = command;
        this.control = control;
        this.stdout = stdout;
        this.stderr = stderr;
        this.started = process.info().startInstant().orElse(null);
    }

    /** Starts the engine JVM and waits (up to the options' timeout) for both of its connections. */
    static EngineProcess launch(EngineOptions options) throws IOException {
        String token = UUID.randomUUID().toString();
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) options.startTimeout().toMillis());
            List<String> commandLine = new ArrayList<>();
            commandLine.add(options.javaExecutable().toString());
            commandLine.add("-cp");
            commandLine.add(options.classPathArgument());
            commandLine.addAll(options.jvmFlags());
            commandLine.add(EngineMain.class.getName());
            commandLine.add(server.getInetAddress().getHostAddress());
            commandLine.add(Integer.toString(server.getLocalPort()));
            ProcessBuilder builder = new ProcessBuilder(commandLine)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().put(Wire.TOKEN_ENV, token);
            Process process = builder.start();
            RawOutput stdout = new RawOutput(process.getInputStream(), process.pid(), false);
            RawOutput stderr = new RawOutput(process.getErrorStream(), process.pid(), true);
            stdout.start();
            stderr.start();
            try {
                Socket command = null;
                Socket control = null;
                while (command == null || control == null) {
                    Socket socket = server.accept();
                    byte kind;
                    try {
                        kind = readHandshake(socket, token);
                    } catch (IOException e) {
                        // Another local process connected (a port scan, a fuzzer): not a reason to give up.
                        LOG.log(System.Logger.Level.WARNING, "ignored a connection to the engine port: " + e);
                        closeQuietly(socket);
                        continue;
                    }
                    if (kind == Wire.COMMAND_CONNECTION && command == null) {
                        command = socket;
                    } else if (kind == Wire.CONTROL_CONNECTION && control == null) {
                        control = socket;
                    } else {
                        socket.close();
                    }
                }
                return new EngineProcess(process, command, control, stdout, stderr);
            } catch (IOException | RuntimeException e) {
                killTree(process.toHandle());
                if (e instanceof SocketTimeoutException) {
                    throw new IOException("the Java engine did not connect within " + options.startTimeout()
                            + " (alive: " + process.isAlive() + ")", e);
                }
                throw e;
            }
        }
    }

    private static byte readHandshake(Socket socket, String token) throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(3_000); // the engine sends its token right after connecting
        InputStream in = socket.getInputStream();
        int kind = in.read();
        StringBuilder received = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && received.length() < 100) {
            received.append((char) b);
        }
        socket.setSoTimeout(0);
        if (!received.toString().equals(token)) {
            socket.close();
            throw new IOException("a process connected to the engine port without the engine's token");
        }
        return (byte) kind;
    }

    Socket command() {
        return command;
    }

    Socket control() {
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
            DataOutputStream out = new DataOutputStream(control.getOutputStream());
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
        closeQuietly(control);
        closeQuietly(command);
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

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing engine socket", e);
        }
    }
}
