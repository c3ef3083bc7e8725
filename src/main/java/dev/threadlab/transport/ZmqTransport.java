package dev.threadlab.transport;

import dev.threadlab.protocol.Codec;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.protocol.Message;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The Jupyter transport over ZeroMQ (JeroMQ): shell, control and stdin are ROUTER sockets, IOPub a PUB
 * socket, the heartbeat a REP socket that echoes. All bind only to the connection file's address and ports.
 *
 * <p>Each socket has one owner thread (named {@value #THREAD_PREFIX}{@code <channel>}); {@link #send}
 * encodes and signs on the calling thread, then queues the frames for the owner, so encoding mistakes
 * surface to the caller as {@link IllegalArgumentException}. Incoming messages are decoded and verified on
 * the owner thread; rejected ones are logged (WARNING) and dropped. IOPub messages without identities get
 * their {@code msg_type} as the ZeroMQ topic. Queues are unbounded and replies are never dropped for
 * being many; IOPub keeps at most 10,000 broadcasts per subscriber that is not reading: callers coalesce
 * output.
 *
 * <p>Thread-safe. Lifecycle: {@link #start} once, {@link #send} while started ({@code send} after
 * {@link #close} drops the message), {@link #close} any number of times.
 */
public final class ZmqTransport implements Transport {

    /** The prefix of the names of every thread this transport starts. */
    public static final String THREAD_PREFIX = "threadlab-zmq-";

    private static final System.Logger LOG = System.getLogger(ZmqTransport.class.getName());
    private static final int LINGER_MILLIS = 100;
    /** Incoming messages a ROUTER socket buffers per client before ZeroMQ pushes back. */
    private static final int ROUTER_RECEIVE_HWM = 1_000;
    /** No limit: a ROUTER drops a reply silently at its limit, and a lost reply wedges the client. */
    private static final int ROUTER_SEND_HWM = 0;
    /** Broadcasts buffered per subscriber; beyond this a stalled subscriber misses output (PUB semantics). */
    private static final int IOPUB_HWM = 10_000;
    private static final long CLOSE_MILLIS = 1_000;
    /**
     * The largest frame a client may send; ZeroMQ disconnects a peer that sends more, before the kernel
     * buffers it. Cells and comm messages are far smaller; without a limit, four 50 MB frames from a hostile
     * or broken client grew the kernel by ~300 MB (measured by the fuzz check), and the kernel JVM never
     * gives that heap back.
     */
    static final long MAX_FRAME_BYTES = 16L << 20;
    /** Heartbeat pings are a few bytes; the heartbeat echoes, so it must not echo a flood. */
    private static final long MAX_HEARTBEAT_BYTES = 64L << 10;

    private enum State { NEW, STARTED, CLOSED }

    private final ConnectionInfo info;
    private final Codec codec;
    private final Object lock = new Object();
    private State state = State.NEW;
    private ZMQ.Context context;
    private Waker waker;
    private SocketOwner heartbeat;
    private volatile Map<Channel, SocketOwner> owners;
    private volatile boolean closed;

    /** A transport for the sockets of {@code info}, encoding and verifying with {@code codec}. */
    public ZmqTransport(ConnectionInfo info, Codec codec) {
        this.info = Objects.requireNonNull(info, "info");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** A transport for {@code info}, signing with its key. */
    public static ZmqTransport of(ConnectionInfo info) {
        return new ZmqTransport(info, Codec.of(info));
    }

    /**
     * Binds all sockets and starts their threads.
     *
     * @throws IllegalStateException if already started or closed, or a socket cannot bind (the message
     *                               names the endpoint); after a bind failure nothing stays bound
     */
    @Override
    public void start(Inbox inbox) {
        Objects.requireNonNull(inbox, "inbox");
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("start may be called once, the transport was already " + state);
            }
            state = State.CLOSED; // until everything is bound
            ZMQ.Context ctx = ZMQ.context(1);
            List<ZMQ.Socket> bound = new ArrayList<>();
            try {
                ZMQ.Socket shell = bind(ctx, SocketType.ROUTER, info.shellEndpoint(), bound);
                ZMQ.Socket control = bind(ctx, SocketType.ROUTER, info.controlEndpoint(), bound);
                ZMQ.Socket stdin = bind(ctx, SocketType.ROUTER, info.stdinEndpoint(), bound);
                ZMQ.Socket iopub = bind(ctx, SocketType.PUB, info.iopubEndpoint(), bound);
                ZMQ.Socket hb = bind(ctx, SocketType.REP, info.hbEndpoint(), bound);
                waker = new Waker(THREAD_PREFIX + "waker");
                Map<Channel, SocketOwner> byChannel = new EnumMap<>(Channel.class);
                byChannel.put(Channel.SHELL, router(ctx, Channel.SHELL, shell, inbox));
                byChannel.put(Channel.CONTROL, router(ctx, Channel.CONTROL, control, inbox));
                byChannel.put(Channel.STDIN, router(ctx, Channel.STDIN, stdin, inbox));
                byChannel.put(Channel.IOPUB, new SocketOwner(THREAD_PREFIX + "iopub", ctx, iopub, null, waker));
                heartbeat = new SocketOwner(THREAD_PREFIX + "heartbeat", ctx, hb, frames -> frames, waker);
                context = ctx;
                owners = byChannel;
            } catch (RuntimeException e) {
                bound.forEach(ZMQ.Socket::close);
                if (waker != null) {
                    stopWaker();
                }
                ctx.term();
                throw e;
            }
            owners.values().forEach(SocketOwner::start);
            heartbeat.start();
            state = State.STARTED;
            LOG.log(Level.DEBUG, () -> "serving " + info);
        }
    }

    /**
     * Encodes {@code message} and queues it for {@code channel}'s socket.
     *
     * @throws IllegalStateException    if the transport was never started
     * @throws IllegalArgumentException if the message cannot be encoded (see {@link Codec#encode})
     */
    @Override
    public void send(Channel channel, Message message) {
        Objects.requireNonNull(channel, "channel");
        Map<Channel, SocketOwner> current = owners;
        if (current == null) {
            throw new IllegalStateException("send needs a started transport; call start first");
        }
        List<byte[]> frames = codec.encode(channel == Channel.IOPUB ? withTopic(message) : message);
        if (closed) {
            LOG.log(Level.DEBUG, () -> "dropped a " + message.msgType() + " sent on " + channel + " after close");
            return;
        }
        current.get(channel).enqueue(frames);
    }

    /**
     * Sends what is queued (best effort), closes the sockets and ends the threads; at most about 1 s. Called
     * on a socket thread (from an {@link Inbox}), it returns at once and closes on a thread of its own,
     * because a socket thread cannot wait for itself.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed || state != State.STARTED) {
                state = State.CLOSED;
                return;
            }
            closed = true;
            state = State.CLOSED;
        }
        if (owners.values().stream().anyMatch(SocketOwner::isOwnerThread)) {
            Thread.ofPlatform().name(THREAD_PREFIX + "closer").daemon().start(this::stopAll);
        } else {
            stopAll();
        }
    }

    private void stopAll() {
        owners.values().forEach(SocketOwner::stop);
        heartbeat.stop();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_MILLIS);
        try {
            boolean ended = true;
            for (SocketOwner owner : owners.values()) {
                ended &= owner.join(millisUntil(deadline));
            }
            ended &= heartbeat.join(millisUntil(deadline));
            ended &= waker.stop(millisUntil(deadline));
            if (ended) {
                context.term(); // returns within the linger time
            } else {
                LOG.log(Level.WARNING, "socket threads did not end within " + CLOSE_MILLIS
                        + " ms; the ZeroMQ context is left open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "interrupted while closing; the ZeroMQ context is left open");
        }
    }

    private SocketOwner router(ZMQ.Context ctx, Channel channel, ZMQ.Socket socket, Inbox inbox) {
        String name = THREAD_PREFIX + channel.name().toLowerCase();
        return new SocketOwner(name, ctx, socket, frames -> deliver(channel, frames, inbox), waker);
    }

    /** Decodes on the owner thread and hands the message on; nothing here can end the thread. */
    private List<byte[]> deliver(Channel channel, List<byte[]> frames, Inbox inbox) {
        Message message;
        try {
            message = codec.decode(frames);
        } catch (Codec.Rejected rejected) {
            LOG.log(Level.WARNING, "dropped a message on " + channel + ": " + rejected.reason());
            return null;
        }
        try {
            inbox.received(channel, message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the inbox failed on a " + message.msgType() + " on " + channel, e);
        }
        return null;
    }

    private static ZMQ.Socket bind(ZMQ.Context ctx, SocketType type, String endpoint, List<ZMQ.Socket> bound) {
        ZMQ.Socket socket = ctx.socket(type);
        socket.setLinger(LINGER_MILLIS);
        if (type == SocketType.ROUTER) {
            socket.setRouterMandatory(false); // a reply to a client that left is dropped, not an error
            // Jupyter clients reuse their session id as identity. Without handover, a client that reconnects
            // before ZeroMQ has cleaned up its old connection is left unread until that happens, and its
            // requests can sit unanswered. All clients hold the key, so letting the newest one win is safe.
            socket.setRouterHandover(true);
            socket.setRcvHWM(ROUTER_RECEIVE_HWM);
            socket.setSndHWM(ROUTER_SEND_HWM);
            socket.setMaxMsgSize(MAX_FRAME_BYTES);
        } else if (type == SocketType.PUB) {
            socket.setSndHWM(IOPUB_HWM);
        } else {
            socket.setMaxMsgSize(MAX_HEARTBEAT_BYTES);
        }
        try {
            if (!socket.bind(endpoint)) {
                throw new ZMQException("bind refused", socket.errno());
            }
        } catch (ZMQException e) {
            socket.close();
            throw new IllegalStateException("cannot bind " + type + " socket to " + endpoint + ": " + e.getMessage(),
                    e);
        }
        bound.add(socket);
        return socket;
    }

    private static Message withTopic(Message message) {
        if (!message.identities().isEmpty()) {
            return message;
        }
        return new Message(List.of(message.msgType().getBytes(StandardCharsets.UTF_8)), message.header(),
                message.parent(), message.metadata(), message.content(), message.buffers());
    }

    private void stopWaker() {
        try {
            waker.stop(CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisUntil(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
}
