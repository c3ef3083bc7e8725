package dev.threadlab.transport;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threadlab.protocol.Codec;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.protocol.Header;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/** A Jupyter client made of real JeroMQ sockets, for testing the transport on loopback. */
final class TestClient implements AutoCloseable {

    static final int TIMEOUT_MILLIS = 10_000;
    private static final int HANDSHAKE_MILLIS = 2_000;
    private static final int CONNECT_ATTEMPTS = 5;
    private static final AtomicInteger MONITORS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZMQ.Context context = ZMQ.context(1);
    private final List<ZMQ.Socket> sockets = new ArrayList<>();
    private final ConnectionInfo info;
    final Codec codec;

    TestClient(ConnectionInfo info) {
        this.info = info;
        this.codec = Codec.of(info);
    }

    /** Connection info for five currently free loopback ports. */
    static ConnectionInfo freeLoopbackPorts(String key) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return new ConnectionInfo("tcp", "127.0.0.1", held.get(0).getLocalPort(), held.get(1).getLocalPort(),
                    held.get(2).getLocalPort(), held.get(3).getLocalPort(), held.get(4).getLocalPort(), key,
                    "hmac-sha256", "threadlab");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * A DEALER with {@code identity}, or {@code identity#n} if the n-th connect had to be retried: JeroMQ does
     * not reliably hand an identity over from a connection that is still closing, so a retry never reuses one.
     * Tests that care read the identity back with {@code socket.getIdentity()}.
     */
    ZMQ.Socket dealer(String endpoint, String identity) {
        return connect(SocketType.DEALER, endpoint, (socket, attempt) -> socket.setIdentity(
                (attempt == 1 ? identity : identity + "#" + attempt).getBytes(UTF_8)));
    }

    ZMQ.Socket shell(String identity) {
        return dealer(info.shellEndpoint(), identity);
    }

    ZMQ.Socket subscriber() {
        return connect(SocketType.SUB, info.iopubEndpoint(), (socket, attempt) -> socket.subscribe(new byte[0]));
    }

    ZMQ.Socket heartbeat() {
        return connect(SocketType.REQ, info.hbEndpoint(), (socket, attempt) -> { });
    }

    /**
     * A socket of {@code type} connected to {@code endpoint} whose ZMTP handshake has completed.
     *
     * <p>Why the handshake check: JeroMQ 0.6.0's <em>connecting</em> side sometimes never starts its engine
     * after a loopback connect completes (about 3 in 100 connects here, on JDK 17 and 25 alike: the
     * kernel's greeting sits unread in the client's receive queue). Only test clients connect; the
     * transport binds. A connect whose handshake does not complete within two seconds is retried.
     */
    @SuppressWarnings("deprecation") // ZMQ.Event is the simplest monitor reader in JeroMQ 0.6.0
    private ZMQ.Socket connect(SocketType type, String endpoint, ObjIntConsumer<ZMQ.Socket> configure) {
        for (int attempt = 1; attempt <= CONNECT_ATTEMPTS; attempt++) {
            ZMQ.Socket socket = context.socket(type);
            socket.setLinger(0);
            socket.setReceiveTimeOut(TIMEOUT_MILLIS);
            configure.accept(socket, attempt);
            String monitorAddress = "inproc://monitor-" + MONITORS.incrementAndGet();
            socket.monitor(monitorAddress, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
            ZMQ.Socket monitor = context.socket(SocketType.PAIR);
            monitor.setLinger(0);
            monitor.setReceiveTimeOut(HANDSHAKE_MILLIS);
            monitor.connect(monitorAddress);
            socket.connect(endpoint);
            ZMQ.Event handshake = ZMQ.Event.recv(monitor);
            socket.monitor(null, 0);
            monitor.close();
            if (handshake != null) {
                sockets.add(socket);
                return socket;
            }
            socket.close();
        }
        throw new AssertionError("no ZMTP handshake with " + endpoint + " in " + CONNECT_ATTEMPTS + " attempts");
    }

    /** A client message carrying {@code request}. */
    static Message message(Request request) {
        return new Message(List.of(), Header.of(request.msgType(), "client-session", "tester"), null, Map.of(),
                request, List.of());
    }

    /** Encodes and sends {@code request}; returns the message sent. */
    Message send(ZMQ.Socket socket, Request request) {
        Message message = message(request);
        sendFrames(socket, codec.encode(message));
        return message;
    }

    static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size() - 1; i++) {
            socket.sendMore(frames.get(i));
        }
        socket.send(frames.get(frames.size() - 1), 0);
    }

    /** The next multipart message on {@code socket}; fails after the timeout. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(0);
        if (first == null) {
            throw new AssertionError("no message within " + TIMEOUT_MILLIS + " ms");
        }
        List<byte[]> frames = new ArrayList<>(List.of(first));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** The JSON of frame {@code offset} after the delimiter: 1 header, 2 parent, 3 metadata, 4 content. */
    static JsonNode frame(List<byte[]> frames, int offset) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), Codec.DELIMITER)) {
                try {
                    return JSON.readTree(frames.get(i + 1 + offset));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no delimiter in " + frames.size() + " frames");
    }

    /** Closes one socket now, as a client that goes away. */
    void disconnect(ZMQ.Socket socket) {
        sockets.remove(socket);
        socket.close();
    }

    @Override
    public void close() {
        sockets.forEach(ZMQ.Socket::close);
        context.term();
    }
}
