package dev.threadlab.transport;

import dev.threadlab.protocol.Header;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import java.util.List;
import java.util.Map;
import org.zeromq.ZMQ;

/** Waits out ZeroMQ's "slow joiner": a SUB socket only receives once its subscription reached the PUB. */
final class Subscriptions {

    private static final int PROBE_MILLIS = 50;

    private Subscriptions() {
    }

    /**
     * Publishes {@code status: starting} probes until {@code sub} receives one (within the client timeout)
     * and returns that message's frames; later probes that are still in flight are discarded by callers
     * by their type.
     */
    static List<byte[]> awaitFirst(ZmqTransport transport, ZMQ.Socket sub) {
        long deadline = System.nanoTime() + TestClient.TIMEOUT_MILLIS * 1_000_000L;
        sub.setReceiveTimeOut(PROBE_MILLIS);
        try {
            while (System.nanoTime() < deadline) {
                transport.send(Channel.IOPUB, new Message(List.of(), Header.of("status", "kernel", "kernel"), null,
                        Map.of(), IoPub.Status.starting(), List.of()));
                if (sub.recv(0) instanceof byte[] first) {
                    List<byte[]> frames = new java.util.ArrayList<>(List.of(first));
                    while (sub.hasReceiveMore()) {
                        frames.add(sub.recv(0));
                    }
                    return frames;
                }
            }
            throw new AssertionError("the subscriber received nothing within " + TestClient.TIMEOUT_MILLIS + " ms");
        } finally {
            sub.setReceiveTimeOut(TestClient.TIMEOUT_MILLIS);
        }
    }
}
