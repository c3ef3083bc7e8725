package dev.threadlab.kernel;

import dev.threadlab.protocol.Content;
import dev.threadlab.protocol.Header;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.transport.Channel;
import dev.threadlab.transport.Transport;
import java.util.List;
import java.util.Map;

/**
 * Sends the kernel's messages: replies on the channel a request came from, broadcasts on IOPub with
 * the request as parent. Thread-safe (the transport queues per channel).
 */
final class Publisher {

    private final Transport transport;
    private final String session;

    Publisher(Transport transport, String session) {
        this.transport = transport;
        this.session = session;
    }

    /** Answers {@code request} on {@code channel}. */
    void reply(Channel channel, Message request, Content reply) {
        transport.send(channel, Message.answering(request, reply, session));
    }

    /** Broadcasts {@code content} on IOPub as caused by {@code parent}. */
    void publish(Message parent, IoPub content) {
        Header header = Header.of(content.msgType(), session, parent.header().username());
        transport.send(Channel.IOPUB, new Message(List.of(), header, parent.header(), Map.of(), content, List.of()));
    }

    /** Broadcasts {@code content} with no parent (e.g. the {@code starting} status). */
    void publishUnparented(IoPub content) {
        Header header = Header.of(content.msgType(), session, "kernel");
        transport.send(Channel.IOPUB, new Message(List.of(), header, null, Map.of(), content, List.of()));
    }

    /** Sends an {@code input_request} on the stdin channel to the client that sent {@code parent}. */
    void askForInput(Message parent, IoPub.InputRequest request) {
        transport.send(Channel.STDIN, Message.answering(parent, request, session));
    }
}
