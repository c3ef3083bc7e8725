package dev.threadlab.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts engine JVMs: builds the command line ({@link EngineCommand}), hands the engine its secret, and
 * waits for the handshake of both its connections ({@link EngineListener}). Stateless apart from the one
 * thread that starts every process; thread-safe.
 */
final class EngineLauncher {

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

    private EngineLauncher() {}

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
                return new EngineProcess(process, links.command(), new ControlChannel(links.control()), stdout, stderr);
            } catch (IOException | RuntimeException e) {
                EngineProcess.killTree(process.toHandle());
                String last = process.isAlive() ? null : lastLineAfterExit(stdout, stderr);
                throw new IOException(e.getMessage() + (last == null ? "" : " (it said: " + last + ")"), e);
            } catch (InterruptedException e) {
                EngineProcess.killTree(process.toHandle());
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
}
