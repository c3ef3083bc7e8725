package dev.threadlab.transport;

import dev.threadlab.protocol.Message;

/**
 * Where a {@link Transport} delivers verified, decoded messages.
 *
 * <p>Called on the transport's socket threads: implementations must hand the message on quickly (to a
 * queue) and never block or throw.
 */
@FunctionalInterface
public interface Inbox {

    /** A message arrived on {@code channel} (shell, control or stdin). */
    void received(Channel channel, Message message);
}
