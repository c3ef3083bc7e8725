package dev.threadlab.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlab.protocol.Codec;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Request;
import dev.threadlab.protocol.Signer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMQ;

final class ZmqTransportTest {

    private ConnectionInfo info;
    private ZmqTransport transport;
    private TestClient client;

    @BeforeEach
    void setUp() {
        info = TestClient.freeLoopbackPorts("transport-test-key");
        transport = ZmqTransport.of(info);
        client = new TestClient(info);
    }

    @AfterEach
    void tearDown() {
        transport.close();
        client.close();
    }

    /** An inbox that answers every request with an interrupt_reply on the channel it came from. */
    private RecordingInbox answering() {
        return new RecordingInbox((channel, message) ->
                transport.send(channel, Message.answering(message, new Reply.Interrupt(Reply.Status.OK), "kernel-session")));
    }

    @Test
    void aRequestReachesTheInboxAndItsReplyGoesBackToTheSameIdentity() throws Exception {
        RecordingInbox inbox = answering();
        transport.start(inbox);
        ZMQ.Socket alice = client.shell("alice");
        ZMQ.Socket bob = client.shell("bob");

        Message fromAlice = client.send(alice, new Request.KernelInfo());
        Message fromBob = client.send(bob, new Request.KernelInfo());

        JsonNode aliceParent = TestClient.frame(TestClient.receive(alice), 2);
        JsonNode bobParent = TestClient.frame(TestClient.receive(bob), 2);
        assertEquals(fromAlice.header().msgId(), aliceParent.get("msg_id").textValue());
        assertEquals(fromBob.header().msgId(), bobParent.get("msg_id").textValue());
        RecordingInbox.Delivery first = inbox.next();
        RecordingInbox.Delivery second = inbox.next();
        assertEquals(Channel.SHELL, first.channel());
        assertEquals(new Request.KernelInfo(), first.message().content());
        List<String> identities = List.of(new String(first.message().identities().get(0), UTF_8),
                new String(second.message().identities().get(0), UTF_8));
        List<String> clients = List.of(new String(alice.getIdentity(), UTF_8), new String(bob.getIdentity(), UTF_8));
        assertTrue(identities.containsAll(clients), identities + " should be " + clients);
    }

    @Test
    void aClientThatReconnectsWithTheSameIdentityIsServedAtOnce() throws Exception {
        transport.start(answering());
        ZMQ.Socket before = client.shell("alice");
        client.send(before, new Request.KernelInfo());
        TestClient.receive(before);
        client.disconnect(before); // the kernel may not have noticed yet when the new connection arrives

        ZMQ.Socket after = client.shell("alice");
        Message sent = client.send(after, new Request.KernelInfo());

        assertEquals(sent.header().msgId(), TestClient.frame(TestClient.receive(after), 2).get("msg_id").textValue());
    }

    @Test
    void controlRequestsArriveOnTheControlChannel() throws Exception {
        RecordingInbox inbox = answering();
        transport.start(inbox);
        ZMQ.Socket control = client.dealer(info.controlEndpoint(), "alice");

        Message sent = client.send(control, new Request.Interrupt());

        assertEquals("interrupt_reply", TestClient.frame(TestClient.receive(control), 1).get("msg_type").textValue());
        RecordingInbox.Delivery delivery = inbox.next();
        assertEquals(Channel.CONTROL, delivery.channel());
        assertEquals(sent.header(), delivery.message().header());
    }

    @Test
    void stdinCarriesInputRequestsToTheClientAndInputRepliesBack() throws Exception {
        RecordingInbox inbox = new RecordingInbox();
        transport.start(inbox);
        ZMQ.Socket stdin = client.dealer(info.stdinEndpoint(), "alice");

        client.send(stdin, new Request.InputReply("42"));
        RecordingInbox.Delivery reply = inbox.next();
        transport.send(Channel.STDIN, Message.answering(reply.message(), new IoPub.InputRequest("Name: ", false), "kernel-session"));

        assertEquals(Channel.STDIN, reply.channel());
        assertEquals(new Request.InputReply("42"), reply.message().content());
        JsonNode content = TestClient.frame(TestClient.receive(stdin), 4);
        assertEquals("Name: ", content.get("prompt").textValue());
    }

    @Test
    void aBadlySignedMessageIsDroppedAndTheNextGoodOneIsServed() throws Exception {
        RecordingInbox inbox = answering();
        transport.start(inbox);
        ZMQ.Socket shell = client.shell("alice");
        Codec forger = new Codec(Signer.of("not-the-key"));

        TestClient.sendFrames(shell, forger.encode(TestClient.message(new Request.IsComplete("forged"))));
        TestClient.sendFrames(shell, List.of("no delimiter".getBytes(UTF_8)));
        Message good = client.send(shell, new Request.IsComplete("good"));

        RecordingInbox.Delivery delivery = inbox.next();
        assertEquals(good.header().msgId(), delivery.message().header().msgId());
        assertEquals(good.header().msgId(),
                TestClient.frame(TestClient.receive(shell), 2).get("msg_id").textValue());
        assertEquals(0, inbox.pending());
    }

    @Test
    void unreadableContentReachesTheInboxAsMalformedSoItCanBeAnswered() throws Exception {
        RecordingInbox inbox = new RecordingInbox();
        transport.start(inbox);
        ZMQ.Socket shell = client.shell("alice");
        Signer signer = Signer.of(info.key());
        List<byte[]> frames = client.codec.encode(TestClient.message(new Request.Complete("x", 1)));
        byte[] header = frames.get(2); // delimiter, signature, header: a client sends no identities
        byte[] empty = "{}".getBytes(UTF_8);
        byte[] content = "{\"code\": ".getBytes(UTF_8);

        TestClient.sendFrames(shell, List.of(Codec.DELIMITER,
                signer.sign(header, empty, empty, content).getBytes(UTF_8), header, empty, empty, content));

        Request.Malformed malformed = assertInstanceOf(Request.Malformed.class, inbox.next().message().content());
        assertEquals("complete_request", malformed.msgType());
    }

    @Test
    void anInboxThatThrowsDoesNotStopTheChannel() throws Exception {
        RecordingInbox inbox = new RecordingInbox((channel, message) -> {
            if (message.content() instanceof Request.IsComplete(String code) && code.equals("boom")) {
                throw new IllegalStateException("inbox failure for the test");
            }
        });
        transport.start(inbox);
        ZMQ.Socket shell = client.shell("alice");

        client.send(shell, new Request.IsComplete("boom"));
        client.send(shell, new Request.IsComplete("fine"));

        assertEquals(new Request.IsComplete("boom"), inbox.next().message().content());
        assertEquals(new Request.IsComplete("fine"), inbox.next().message().content());
    }

    @Test
    void theHeartbeatEchoesWhatItReceives() {
        transport.start(new RecordingInbox());
        ZMQ.Socket hb = client.heartbeat();

        for (int i = 0; i < 3; i++) {
            byte[] ping = ("ping-" + i).getBytes(UTF_8);
            hb.send(ping, 0);
            assertArrayEquals(ping, TestClient.receive(hb).get(0), "echo of ping " + i);
        }
    }

    @Test
    void tenMegabyteMessagesTravelBothWays() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        RecordingInbox inbox = new RecordingInbox((channel, message) ->
                transport.send(channel, Message.answering(message, new IoPub.Stream("stdout", big), "kernel-session")));
        transport.start(inbox);
        ZMQ.Socket shell = client.shell("alice");

        client.send(shell, Request.Execute.of(big));

        Request.Execute received = assertInstanceOf(Request.Execute.class, inbox.next().message().content());
        assertEquals(big.length(), received.code().length());
        JsonNode answer = TestClient.frame(TestClient.receive(shell), 4);
        assertEquals(big.length(), answer.get("text").textValue().length());
    }

    @Test
    void iopubMessagesCarryTheirTypeAsTopic() {
        transport.start(new RecordingInbox());
        ZMQ.Socket sub = client.subscriber();

        List<byte[]> frames = Subscriptions.awaitFirst(transport, sub);

        assertEquals("status", new String(frames.get(0), UTF_8));
        assertArrayEquals(Codec.DELIMITER, frames.get(1));
        assertEquals("starting", TestClient.frame(frames, 4).get("execution_state").textValue());
    }
}
