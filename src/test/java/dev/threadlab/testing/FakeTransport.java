package dev.threadlab.testing;

import dev.threadlab.protocol.Content;
import dev.threadlab.protocol.Header;
import dev.threadlab.protocol.Message;
import dev.threadlab.transport.Channel;
import dev.threadlab.transport.Inbox;
import dev.threadlab.transport.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A transport without sockets: tests deliver requests and read what the kernel sent. Thread-safe. */
public final class FakeTransport implements Transport {

    /** One message the kernel sent, with its channel. */
    public record Sent(Channel channel, Message message) {
        public String type() {
            return message.msgType();
        }

        public Content content() {
            return message.content();
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private volatile Inbox inbox;
    private volatile boolean closed;
    /**
     * Called with each message the kernel sends, on the sending thread, before it is recorded: what it does
     * happens before a test waiting for that message sees it.
     */
    public volatile java.util.function.Consumer<Sent> onSend = s -> { };

    @Override
    public void start(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Delivers {@code content} on {@code channel} as a client would; returns the message sent. */
    public Message deliver(Channel channel, Content content) {
        Message message = request(content);
        inbox.received(channel, message);
        return message;
    }

    /** A request message from a client, with a fresh header. */
    public static Message request(Content content) {
        Header header = Header.of(content.msgType(), "client-session", "tester");
        return new Message(List.of("client".getBytes()), header, null, Map.of(), content, List.of());
    }

    @Override
    public void send(Channel channel, Message message) {
        Sent s = new Sent(channel, message);
        onSend.accept(s);
        synchronized (this) {
            sent.add(s);
            notifyAll();
        }
    }

    /** Everything sent so far whose parent is {@code request}, in order. */
    public synchronized List<Sent> causedBy(Message request) {
        return sent.stream()
                .filter(s -> s.message().parent() != null
                        && s.message().parent().msgId().equals(request.header().msgId()))
                .toList();
    }

    /** Everything sent so far, in order. */
    public synchronized List<Sent> all() {
        return List.copyOf(sent);
    }

    /**
     * Waits until a message matching {@code condition} has been sent and returns it.
     *
     * @throws AssertionError when none arrives within {@code timeout}
     */
    public synchronized Sent await(Predicate<Sent> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Sent s : sent) {
                if (condition.test(s)) {
                    return s;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + timeout + "; sent so far: "
                        + sent.stream().map(Sent::type).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for the {@code idle} status that ends {@code request}, then returns all it caused. */
    public List<Sent> awaitIdle(Message request, Duration timeout) throws InterruptedException {
        await(s -> s.message().parent() != null
                && s.message().parent().msgId().equals(request.header().msgId())
                && s.content() instanceof dev.threadlab.protocol.IoPub.Status st
                && st.executionState().equals("idle"), timeout);
        return causedBy(request);
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
