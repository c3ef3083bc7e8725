package dev.threadlab.transport;

import dev.threadlab.protocol.Message;

/**
 * The kernel's connection to its clients: receives requests, sends replies and broadcasts.
 *
 * <p>{@link #send} is thread-safe: any thread may call it; the message is queued for the socket's owner
 * thread and sent in call order per channel. Messages that fail signature checks or decoding are logged
 * and dropped by the transport; the inbox never sees them.
 */
public interface Transport extends AutoCloseable {

    /** Starts serving all channels and the heartbeat, delivering incoming messages to {@code inbox}. */
    void start(Inbox inbox);

    /** Queues {@code message} for sending on {@code channel} (SHELL, CONTROL, STDIN or IOPUB). */
    void send(Channel channel, Message message);

    /** Stops all socket threads and closes the sockets; waits at most about a second. Idempotent. */
    @Override
    void close();
}
