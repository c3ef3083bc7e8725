package dev.threadlab.engine;

import dev.threadlab.wire.ChannelStreams;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * One connection to an engine JVM, over loopback TCP or a Unix domain socket, as a pair of streams that
 * may be read and written from different threads at the same time. Closing it closes both.
 */
final class EngineLink implements Closeable {

    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;

    EngineLink(SocketChannel channel) throws IOException {
        this.channel = channel;
        // Not Channels.newInputStream: an interrupted reader or writer would close the channel for good.
        this.in = ChannelStreams.input(channel);
        this.out = ChannelStreams.output(channel);
    }

    /** What the engine sends. */
    InputStream in() {
        return in;
    }

    /** What goes to the engine; a caller that writes from several threads synchronizes itself. */
    OutputStream out() {
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Closes the link, ignoring a failure (it is going away either way). */
    void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(EngineLink.class.getName()).log(System.Logger.Level.DEBUG, "closing engine link", e);
        }
    }
}
