package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where a starting engine JVM connects back to the kernel: a loopback TCP port, or a Unix domain socket
 * in a private directory (a sandboxed engine has a network of its own, so it cannot reach the kernel's
 * loopback). The engine connects twice, each time sending a kind byte and the secret token it read on its
 * standard input (never in its environment, which user code can read).
 *
 * <p>Every connection is accepted at once and read on its own thread, and the whole handshake has one
 * deadline: a local process that connects and stays silent, or sends a wrong token, is closed (and logged)
 * without holding up the engine, and no more than {@value #MAX_PENDING} unfinished handshakes are kept.
 * Once both connections are there, or the deadline passed, the listener closes and nothing can connect
 * any more. One use; {@link #await} from one thread.
 */
final class EngineListener implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EngineListener.class.getName());
    /** The most handshakes read at once; more connections are closed at once. */
    static final int MAX_PENDING = 16;
    private static final int MAX_TOKEN = 100;
    private static final long POLL_MILLIS = 50;

    /** The engine's two connections. */
    record Links(EngineLink command, EngineLink control) {}

    private final ServerSocketChannel server;
    private final Path socketDirectory;
    private final List<String> engineArguments;
    private final CompletableFuture<EngineLink> command = new CompletableFuture<>();
    private final CompletableFuture<EngineLink> control = new CompletableFuture<>();
    private final Set<SocketChannel> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private EngineListener(ServerSocketChannel server, Path socketDirectory, List<String> engineArguments) {
        this.server = server;
        this.socketDirectory = socketDirectory;
        this.engineArguments = engineArguments;
    }

    /** Listens on a free loopback TCP port. */
    static EngineListener tcp() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress bound = (InetSocketAddress) server.getLocalAddress();
        return new EngineListener(server, null, List.of(bound.getAddress().getHostAddress(),
                Integer.toString(bound.getPort())));
    }

    /** Listens on a Unix domain socket in a new directory only this user may enter. */
    static EngineListener unix() throws IOException {
        Path directory = Files.createTempDirectory("threadlab-engine-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = directory.resolve("engine.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            server.close();
            Files.deleteIfExists(directory);
            throw e;
        }
        return new EngineListener(server, directory, List.of(socket.toString()));
    }

    /** The arguments that tell {@code EngineMain} where to connect: host and port, or the socket's path. */
    List<String> engineArguments() {
        return engineArguments;
    }

    /** The directory of the Unix domain socket (to bind into a sandbox), or null for TCP. */
    Path socketDirectory() {
        return socketDirectory;
    }

    /**
     * Waits until the engine connected twice with {@code token}, at most {@code timeout} in all, and closes
     * the listener.
     *
     * @throws IOException when the deadline passed or {@code process} ended first; the message says which
     */
    Links await(String token, Duration timeout, Process process) throws IOException, InterruptedException {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        Thread acceptor = new Thread(() -> acceptAll(expected), "threadlab-engine-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            CompletableFuture<Void> both = CompletableFuture.allOf(command, control);
            while (true) {
                try {
                    both.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    return new Links(command.join(), control.join());
                } catch (TimeoutException e) {
                    if (!process.isAlive()) {
                        throw new IOException("the Java engine exited with code " + process.exitValue()
                                + " before it connected");
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw new IOException("the Java engine did not connect within " + timeout.toSeconds() + " s");
                    }
                } catch (ExecutionException e) {
                    throw new IOException("the engine's connection failed", e.getCause());
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            command.thenAccept(EngineLink::closeQuietly);
            control.thenAccept(EngineLink::closeQuietly);
            command.cancel(false);
            control.cancel(false);
            throw e;
        } finally {
            close();
        }
    }

    private void acceptAll(byte[] token) {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.DEBUG, "accepting engine connections stopped", e);
                }
                return;
            }
            if (closed || pending.size() >= MAX_PENDING) {
                LOG.log(System.Logger.Level.WARNING, "closed a connection to the engine port: "
                        + (closed ? "the engine is already connected" : "too many unfinished handshakes"));
                closeQuietly(channel);
                continue;
            }
            pending.add(channel);
            // A platform thread: a virtual one that waits on a socket starts the JDK's poller, a thread that waits in
            // native code for good, and HotSpot's exit then waits 300 ms for it (every grade and shutdown paid that).
            Thread.ofPlatform().daemon().name("threadlab-engine-handshake").start(() -> handshake(channel, token));
        }
    }

    /** Reads one connection's kind byte and token; a good one becomes the command or control link. */
    private void handshake(SocketChannel channel, byte[] token) {
        try {
            if (channel.getLocalAddress() instanceof InetSocketAddress) {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            EngineLink link = new EngineLink(channel);
            InputStream in = link.in();
            int kind = in.read();
            byte[] received = new byte[MAX_TOKEN];
            int length = 0;
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && length < MAX_TOKEN) {
                received[length++] = (byte) b;
            }
            byte[] sent = java.util.Arrays.copyOf(received, length);
            CompletableFuture<EngineLink> slot = kind == Wire.COMMAND_CONNECTION ? command
                    : kind == Wire.CONTROL_CONNECTION ? control : null;
            boolean good = b == '\n' && MessageDigest.isEqual(sent, token) && slot != null;
            pending.remove(channel); // before it is handed out: close() closes only unfinished handshakes
            if (!good) {
                LOG.log(System.Logger.Level.WARNING, "closed a connection to the engine port without the engine's token");
                closeQuietly(channel);
            } else if (!slot.complete(link)) {
                LOG.log(System.Logger.Level.WARNING, "closed a second engine connection of the same kind");
                closeQuietly(channel);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "an engine handshake ended early: " + e);
            closeQuietly(channel);
        } finally {
            pending.remove(channel);
        }
    }

    /**
     * Stops listening, closes every unfinished handshake and removes the socket's directory; the engine's
     * links, once handed out, stay open. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the engine listener", e);
        }
        pending.forEach(EngineListener::closeQuietly);
        if (socketDirectory != null) {
            try {
                Files.deleteIfExists(socketDirectory.resolve("engine.sock"));
                Files.deleteIfExists(socketDirectory);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "removing " + socketDirectory, e);
            }
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a connection to the engine port", e);
        }
    }
}
