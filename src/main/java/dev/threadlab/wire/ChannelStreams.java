package dev.threadlab.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Streams over a connection between kernel and engine that an interrupt cannot break. A blocking
 * {@link SocketChannel} is closed for good when a thread reading or writing it is interrupted, and user
 * code may interrupt every thread of the engine ({@code Thread.getAllStackTraces()}), so these streams use
 * the channel in non-blocking mode and wait in a {@link Selector}, which an interrupt only wakes: the wait
 * goes on and the interrupt status is restored afterwards. Reads and writes may happen on different
 * threads at once; each stream serializes its own callers.
 */
public final class ChannelStreams {

    private ChannelStreams() {
    }

    /** The bytes {@code channel} receives; it is switched to non-blocking mode. */
    public static InputStream input(SocketChannel channel) throws IOException {
        return new In(channel, waiter(channel));
    }

    /** Bytes sent on {@code channel}; it is switched to non-blocking mode. */
    public static OutputStream output(SocketChannel channel) throws IOException {
        return new Out(channel, waiter(channel));
    }

    private static Selector waiter(SocketChannel channel) throws IOException {
        synchronized (channel.blockingLock()) {
            channel.configureBlocking(false);
        }
        return Selector.open();
    }

    /**
     * Waits (up to a second) until {@code channel} is ready for {@code operation}, whatever interrupts arrive
     * meanwhile. The channel is registered only while it waits: a channel registered with a selector is
     * closed for real only when its key leaves the selector, so whoever closes it later closes it at once.
     *
     * @return whether the calling thread was interrupted while it waited (its status is cleared meanwhile)
     */
    private static boolean await(SocketChannel channel, Selector selector, int operation) throws IOException {
        boolean interrupted = Thread.interrupted();
        SelectionKey key = channel.register(selector, operation);
        try {
            selector.select(1_000);
        } finally {
            key.cancel();
            selector.selectNow(); // takes the cancelled key out
            selector.selectedKeys().clear();
        }
        return Thread.interrupted() || interrupted;
    }

    private static IOException closed() {
        return new IOException("the connection between kernel and engine is closed");
    }

    private static final class In extends InputStream {
        private final SocketChannel channel;
        private final Selector selector;

        In(SocketChannel channel, Selector selector) {
            this.channel = channel;
            this.selector = selector;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] bytes, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes, off, len);
            boolean interrupted = false;
            try {
                while (true) {
                    if (!channel.isOpen()) {
                        throw closed();
                    }
                    int n = channel.read(buffer);
                    if (n != 0) {
                        return n;
                    }
                    interrupted |= await(channel, selector, SelectionKey.OP_READ);
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() throws IOException {
            selector.close();
            channel.close();
        }
    }

    private static final class Out extends OutputStream {
        private final SocketChannel channel;
        private final Selector selector;

        Out(SocketChannel channel, Selector selector) {
            this.channel = channel;
            this.selector = selector;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, off, len);
            boolean interrupted = false;
            try {
                while (buffer.hasRemaining()) {
                    if (!channel.isOpen()) {
                        throw closed();
                    }
                    if (channel.write(buffer) == 0) {
                        interrupted |= await(channel, selector, SelectionKey.OP_WRITE);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() throws IOException {
            selector.close();
            channel.close();
        }
    }
}
