package dev.threadlab.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Request;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMQ;

final class ZmqTransportLifecycleTest {

    private final ConnectionInfo info = TestClient.freeLoopbackPorts("lifecycle-key");

    private static List<String> liveTransportThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(ZmqTransport.THREAD_PREFIX))
                .toList();
    }

    @Test
    void closeReleasesThePortsAndEndsEveryThreadItStarted() {
        ZmqTransport first = ZmqTransport.of(info);
        first.start(new RecordingInbox());
        assertEquals(6, liveTransportThreads().size(), liveTransportThreads().toString());

        first.close();

        assertEquals(List.of(), liveTransportThreads());
        try (ZmqTransport second = ZmqTransport.of(info)) {
            second.start(new RecordingInbox()); // binds the same five ports again
        }
        assertEquals(List.of(), liveTransportThreads());
    }

    @Test
    void closeIsIdempotentAndAllowedBeforeStart() {
        ZmqTransport neverStarted = ZmqTransport.of(info);
        neverStarted.close();
        neverStarted.close();

        ZmqTransport started = ZmqTransport.of(info);
        started.start(new RecordingInbox());
        started.close();
        started.close();

        assertEquals(List.of(), liveTransportThreads());
    }

    @Test
    void aReplyQueuedJustBeforeCloseIsStillSent() throws Exception {
        RecordingInbox inbox = new RecordingInbox();
        ZmqTransport transport = ZmqTransport.of(info);
        try (TestClient client = new TestClient(info)) {
            transport.start(inbox);
            ZMQ.Socket shell = client.shell("alice");
            client.send(shell, new Request.Shutdown(false));

            transport.send(Channel.SHELL, Message.answering(inbox.next().message(),
                    new Reply.Shutdown(Reply.Status.OK, false), "kernel-session"));
            transport.close();

            assertEquals("shutdown_reply", TestClient.frame(TestClient.receive(shell), 1).get("msg_type").textValue());
        } finally {
            transport.close();
        }
    }

    @Test
    void anInboxMayCloseTheTransportFromItsSocketThread() throws Exception {
        ZmqTransport transport = ZmqTransport.of(info);
        RecordingInbox inbox = new RecordingInbox((channel, message) -> {
            transport.send(channel, Message.answering(message, new Reply.Shutdown(Reply.Status.OK, false), "kernel-session"));
            transport.close();
        });
        try (TestClient client = new TestClient(info)) {
            transport.start(inbox);
            ZMQ.Socket control = client.dealer(info.controlEndpoint(), "alice");

            client.send(control, new Request.Shutdown(false));

            assertEquals("shutdown_reply",
                    TestClient.frame(TestClient.receive(control), 1).get("msg_type").textValue());
            // The closer started before the reply was flushed, so it exists now or has already ended.
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals(ZmqTransport.THREAD_PREFIX + "closer")) {
                    thread.join(TestClient.TIMEOUT_MILLIS);
                }
            }
            assertEquals(List.of(), liveTransportThreads());
        } finally {
            transport.close();
        }
    }

    @Test
    void startingTwiceIsRefused() {
        try (ZmqTransport transport = ZmqTransport.of(info)) {
            transport.start(new RecordingInbox());

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> transport.start(new RecordingInbox()));
            assertEquals("start may be called once, the transport was already STARTED", e.getMessage());
        }
    }

    @Test
    void sendingBeforeStartIsRefused() {
        try (ZmqTransport transport = ZmqTransport.of(info)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> transport.send(Channel.IOPUB,
                    Message.answering(TestClient.message(new Request.KernelInfo()), IoPub.Status.idle(), "kernel-session")));
            assertEquals("send needs a started transport; call start first", e.getMessage());
        }
    }

    @Test
    void sendingAfterCloseIsDroppedQuietly() {
        ZmqTransport transport = ZmqTransport.of(info);
        transport.start(new RecordingInbox());
        transport.close();

        transport.send(Channel.IOPUB,
                Message.answering(TestClient.message(new Request.KernelInfo()), IoPub.Status.idle(), "kernel-session"));

        assertEquals(List.of(), liveTransportThreads());
    }

    @Test
    void aPortInUseIsReportedWithItsEndpointAndNothingStaysBound() throws IOException {
        try (ServerSocket squatter = new ServerSocket(info.iopubPort(), 1, InetAddress.getLoopbackAddress())) {
            assertEquals(info.iopubPort(), squatter.getLocalPort());
            ZmqTransport transport = ZmqTransport.of(info);

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> transport.start(new RecordingInbox()));

            assertTrue(e.getMessage().startsWith("cannot bind PUB socket to " + info.iopubEndpoint()), e.getMessage());
            assertEquals(List.of(), liveTransportThreads());
        }
        try (ZmqTransport again = ZmqTransport.of(info)) {
            again.start(new RecordingInbox()); // the shell, control and stdin ports were released
        }
    }
}
