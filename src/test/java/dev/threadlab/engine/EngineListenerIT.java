package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine's handshake: one deadline for the whole of it, silent or wrong connections never in the way.
 * A long-running {@code sleep} stands in for the engine process (it stays alive and never connects).
 */
@Tag("integration")
@Timeout(120)
final class EngineListenerIT {

    private static final String TOKEN = "a-token";

    private static Process stillAlive() throws IOException {
        return new ProcessBuilder("sleep", "600").start();
    }

    private static SocketAddress address(EngineListener listener) {
        List<String> args = listener.engineArguments();
        return args.size() == 2 ? new InetSocketAddress(args.get(0), Integer.parseInt(args.get(1)))
                : UnixDomainSocketAddress.of(args.get(0));
    }

    private static SocketChannel connect(EngineListener listener, String hello) throws IOException {
        SocketChannel channel = SocketChannel.open(address(listener));
        OutputStream out = Channels.newOutputStream(channel);
        out.write(hello.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return channel;
    }

    /**
     * Whether the listener closed {@code channel}: its next read ends the stream, or, when the listener closed it
     * before reading what it sent (its handshake had not begun when the engine's links were complete, so the
     * listener closed it as unfinished), TCP resets it instead.
     */
    private static void assertClosed(SocketChannel channel, String message) {
        try {
            assertEquals(-1, Channels.newInputStream(channel).read(), message);
        } catch (SocketException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("reset"), message + ": " + e);
        } catch (IOException e) {
            throw new AssertionError(message + ": " + e, e);
        }
    }

    @Test
    void silentAndWrongConnectionsDoNotHoldUpTheEngineWhoseLinksStillWork() throws Exception {
        for (EngineListener listener : List.of(EngineListener.tcp(), EngineListener.unix())) {
            Process process = stillAlive();
            try (listener) {
                List<SocketChannel> strangers = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    strangers.add(SocketChannel.open(address(listener)));     // connects and says nothing
                }
                strangers.add(connect(listener, "Cwrong\n"));
                CompletableFuture<EngineListener.Links> links = CompletableFuture.supplyAsync(() -> {
                    try {
                        return listener.await(TOKEN, Duration.ofSeconds(60), process);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                SocketChannel command = connect(listener, "C" + TOKEN + "\n");
                SocketChannel control = connect(listener, "S" + TOKEN + "\n");
                long start = System.nanoTime();
                EngineListener.Links got = links.get(30, TimeUnit.SECONDS);
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "five silent connections");

                Channels.newOutputStream(command).write(42);
                assertEquals(42, got.command().in().read(), "the command link is the engine's");
                got.control().out().write(7);
                got.control().out().flush();
                assertEquals(7, Channels.newInputStream(control).read(), "the control link is the engine's");
                assertClosed(strangers.getLast(), "the connection with the wrong token was closed");
                assertThrows(IOException.class, () -> SocketChannel.open(address(listener)),
                        "nothing listens any more");
                for (SocketChannel stranger : strangers) {
                    assertClosed(stranger, "every stranger was closed");
                }
                got.command().close();
                got.control().close();
                command.close();
                control.close();
            } finally {
                process.destroyForcibly();
            }
            if (listener.socketDirectory() != null) {
                assertTrue(Files.notExists(listener.socketDirectory()), "the socket's directory is removed");
            }
        }
    }

    @Test
    void theWholeHandshakeHasOneDeadlineEvenWhileConnectionsKeepComing() throws Exception {
        Process process = stillAlive();
        try (EngineListener listener = EngineListener.tcp()) {
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        connect(listener, "C").close();   // a kind byte, then nothing
                        Thread.sleep(100);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            IOException late = assertThrows(IOException.class, () -> listener.await(TOKEN, Duration.ofSeconds(1), process));
            long took = System.nanoTime() - start;
            assertEquals("the Java engine did not connect within 1 s", late.getMessage());
            assertTrue(took < TimeUnit.SECONDS.toNanos(15), "took " + took / 1_000_000 + " ms");
            trickle.get(30, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void anEngineThatDiesBeforeConnectingIsReportedAtOnce() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "exit 3").start();
        try (EngineListener listener = EngineListener.tcp()) {
            long start = System.nanoTime();
            IOException dead = assertThrows(IOException.class, () -> listener.await(TOKEN, Duration.ofSeconds(60), process));
            assertEquals("the Java engine exited with code 3 before it connected", dead.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
        }
    }
}
