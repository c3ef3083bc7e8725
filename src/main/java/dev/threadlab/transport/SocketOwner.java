package dev.threadlab.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.zeromq.ZMQ;

/**
 * The one thread that touches one ZeroMQ socket. Other threads hand it frames through {@link #enqueue},
 * which wakes it through a pipe registered in the same poller as the socket, so the thread sleeps until
 * there is something to receive or to send: no busy polling, no timeouts.
 *
 * <p>Thread-safe: {@link #enqueue} and {@link #stop} may be called from any thread, even an interrupted
 * one (the pipe is written by the {@link Waker}); everything else runs on the owner thread. On
 * {@link #stop} the owner sends what is still queued, then closes the socket.
 */
final class SocketOwner {

    private static final System.Logger LOG = System.getLogger(SocketOwner.class.getName());
    /** Incoming messages handled per wake-up before queued outgoing ones get a turn. */
    private static final int RECEIVE_BATCH = 256;

    private final String name;
    private final ZMQ.Context context;
    private final ZMQ.Socket socket;
    private final UnaryOperator<List<byte[]>> onReceive;
    private final Queue<List<byte[]>> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final Pipe wake;
    private final Waker waker;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * An owner for a bound {@code socket}; {@code onReceive} runs on the owner thread for each incoming
     * message and returns frames to send straight back, or null. A null {@code onReceive} means the socket
     * only sends (PUB). Wake-up bytes are written by {@code waker}.
     */
    SocketOwner(String name, ZMQ.Context context, ZMQ.Socket socket, UnaryOperator<List<byte[]>> onReceive,
                Waker waker) {
        this.name = name;
        this.waker = waker;
        this.context = context;
        this.socket = socket;
        this.onReceive = onReceive;
        try {
            this.wake = Pipe.open();
            wake.source().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the wake-up pipe for " + name, e);
        }
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
    }

    /** Starts the owner thread; the socket belongs to it from now on. */
    void start() {
        thread.start();
    }

    /** Queues {@code frames} to be sent by the owner thread, in call order. */
    void enqueue(List<byte[]> frames) {
        outbox.add(frames);
        wakeUp();
    }

    /** Asks the owner thread to send what is queued, close the socket and end. */
    void stop() {
        running = false;
        wakeUp();
    }

    /** Whether the calling thread is this socket's owner thread. */
    boolean isOwnerThread() {
        return Thread.currentThread() == thread;
    }

    /** Waits until the owner thread has ended, at most {@code millis}; true if it has. */
    boolean join(long millis) throws InterruptedException {
        if (millis > 0) {
            thread.join(millis);
        }
        return !thread.isAlive();
    }

    private void wakeUp() {
        // One pending byte is enough to wake the owner; it drains the pipe, clears the flag, then reads the
        // queue, so a sender that finds the flag set knows its message will be seen.
        if (wakePending.compareAndSet(false, true)) {
            waker.execute(this::writeWakeByte);
        }
    }

    private void writeWakeByte() {
        try {
            wake.sink().write(ByteBuffer.wrap(new byte[] {1}));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> name + ": wake-up after close ignored: " + e);
        }
    }

    private void run() {
        ZMQ.Poller poller = context.poller(2);
        try {
            int socketIndex = onReceive == null ? -1 : poller.register(socket, ZMQ.Poller.POLLIN);
            int wakeIndex = poller.register(wake.source(), ZMQ.Poller.POLLIN);
            while (running) {
                if (poller.poll(-1) < 0) {
                    LOG.log(Level.ERROR, name + ": polling failed (context terminated?); the socket stops");
                    break;
                }
                if (socketIndex >= 0 && poller.pollin(socketIndex)) {
                    receiveBatch();
                }
                if (poller.pollin(wakeIndex)) {
                    // Drain first, then clear the flag: a byte written for a flag set after this clear must
                    // stay in the pipe, or its sender's message could wait for a wake-up that never comes.
                    drainWakePipe();
                    wakePending.set(false);
                }
                sendQueued(); // after clearing the flag, so it sees everything queued before the clear
            }
            sendQueued();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, name + " stopped unexpectedly", e);
        } finally {
            poller.close();
            socket.close();
            closeQuietly(wake.source());
            closeQuietly(wake.sink());
        }
    }

    private void receiveBatch() {
        for (int i = 0; i < RECEIVE_BATCH; i++) {
            List<byte[]> frames = receive();
            if (frames == null) {
                return;
            }
            List<byte[]> answer;
            try {
                answer = onReceive.apply(frames);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + ": handling an incoming message failed; it was dropped", e);
                continue;
            }
            if (answer != null) {
                send(answer);
            }
        }
    }

    private List<byte[]> receive() {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    private void sendQueued() {
        for (List<byte[]> frames = outbox.poll(); frames != null; frames = outbox.poll()) {
            send(frames);
        }
    }

    private void send(List<byte[]> frames) {
        int last = frames.size() - 1;
        try {
            for (int i = 0; i < last; i++) {
                socket.sendMore(frames.get(i));
            }
            if (!socket.send(frames.get(last), 0)) {
                LOG.log(Level.WARNING, () -> name + ": a message could not be sent (peer gone or queue full)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": a message could not be sent", e);
        }
    }

    private void drainWakePipe() {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        try {
            while (wake.source().read(buffer) > 0) {
                buffer.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": wake-up pipe failed", e);
        }
    }

    private void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> name + ": closing the wake-up pipe: " + e);
        }
    }
}
