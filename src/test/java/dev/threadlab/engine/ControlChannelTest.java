package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.wire.Wire;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The control channel over a real loopback connection, with this test playing the engine's end. */
@Timeout(60)
final class ControlChannelTest {

    private ControlChannel channel;
    private SocketChannel engineEnd;
    private DataInputStream fromKernel;

    @BeforeEach
    void connect() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel kernelEnd = SocketChannel.open(server.getLocalAddress());
            engineEnd = server.accept();
            channel = new ControlChannel(new EngineLink(kernelEnd));
            fromKernel = new DataInputStream(dev.threadlab.wire.ChannelStreams.input(engineEnd));
        }
    }

    @AfterEach
    void close() throws IOException {
        channel.closeQuietly();
        engineEnd.close();
    }

    @Test
    void twoThreadDumpsAskedAtOnceEachGetTheirOwnAnswer() throws Exception {
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> channel.threadDump(30_000));
        assertEquals(Wire.THREAD_DUMP, fromKernel.readByte());
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() -> channel.threadDump(30_000));
        assertEquals(Wire.THREAD_DUMP, fromKernel.readByte());

        channel.threadDumpArrived("answer 1");
        channel.threadDumpArrived("answer 2");

        assertEquals(Optional.of("answer 1"), first.get(30, TimeUnit.SECONDS));
        assertEquals(Optional.of("answer 2"), second.get(30, TimeUnit.SECONDS));
    }

    @Test
    void anAnswerThatComesTooLateIsNotTakenForTheNextRequests() throws Exception {
        assertTrue(channel.threadDump(1).isEmpty(), "nobody answered the first request");
        assertEquals(Wire.THREAD_DUMP, fromKernel.readByte());
        CompletableFuture<Optional<String>> next = CompletableFuture.supplyAsync(() -> channel.threadDump(30_000));
        assertEquals(Wire.THREAD_DUMP, fromKernel.readByte());

        channel.threadDumpArrived("late answer to the first");
        channel.threadDumpArrived("answer to the next");

        assertEquals(Optional.of("answer to the next"), next.get(30, TimeUnit.SECONDS));
    }

    @Test
    void inputIsFramedWithItsRequestIdAndLength() throws Exception {
        channel.send(Wire.INPUT, 7, new byte[] {'h', 'i'});

        assertEquals(Wire.INPUT, fromKernel.readByte());
        assertEquals(7, fromKernel.readInt());
        assertEquals(2, fromKernel.readInt());
        assertEquals('h', fromKernel.readByte());
        assertEquals('i', fromKernel.readByte());
    }
}
