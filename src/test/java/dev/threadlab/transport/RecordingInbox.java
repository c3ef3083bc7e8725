package dev.threadlab.transport;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.threadlab.protocol.Message;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** An inbox that records deliveries and optionally reacts to them on the socket thread. */
final class RecordingInbox implements Inbox {

    record Delivery(Channel channel, Message message) { }

    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final BiConsumer<Channel, Message> reaction;

    RecordingInbox() {
        this((channel, message) -> { });
    }

    RecordingInbox(BiConsumer<Channel, Message> reaction) {
        this.reaction = reaction;
    }

    @Override
    public void received(Channel channel, Message message) {
        deliveries.add(new Delivery(channel, message));
        reaction.accept(channel, message);
    }

    /** The next delivery; fails after the client timeout. */
    Delivery next() throws InterruptedException {
        Delivery delivery = deliveries.poll(TestClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        assertNotNull(delivery, "no delivery within " + TestClient.TIMEOUT_MILLIS + " ms");
        return delivery;
    }

    /** Deliveries not yet taken. */
    int pending() {
        return deliveries.size();
    }
}
