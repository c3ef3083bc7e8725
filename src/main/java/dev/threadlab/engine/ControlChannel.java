package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kernel's end of an engine's control connection: the frames it writes (stop, thread dump, standard
 * input), and the thread-dump requests waiting for their answers. Thread-safe: any thread may send, and
 * several may ask for a thread dump at once.
 *
 * <p>Each thread-dump request is numbered and queued in the order it is written; the engine answers them
 * on one thread, in that order, so the next answer always belongs to the oldest request still queued. A
 * request whose caller gave up stays queued until its answer comes, so a late answer is never taken for
 * a later request's.
 */
final class ControlChannel {

    private static final System.Logger LOG = System.getLogger(ControlChannel.class.getName());

    private final EngineLink link;
    private final ConcurrentLinkedQueue<ThreadDumpRequest> threadDumps = new ConcurrentLinkedQueue<>();
    /** Guarded by {@link #link}: requests are numbered, queued and written as one step. */
    private long nextRequest;

    /** A thread-dump request of number {@code id} and the answer it waits for. */
    private record ThreadDumpRequest(long id, CompletableFuture<String> answer) {}

    ControlChannel(EngineLink link) {
        this.link = link;
    }

    /** What the engine sends on the control connection (its input requests); read by one thread only. */
    InputStream in() {
        return link.in();
    }

    /** Sends a control byte, followed by {@code id} and a length-prefixed payload unless it is null. Any thread. */
    void send(byte kind, int id, byte[] payload) throws IOException {
        synchronized (link) {
            DataOutputStream out = new DataOutputStream(link.out());
            out.writeByte(kind);
            if (payload != null) {
                out.writeInt(id);
                out.writeInt(payload.length);
                out.write(payload);
            }
            out.flush();
        }
    }

    /** Asks the engine to stop the running snippet. Any thread; returns at once. */
    void stop() {
        try {
            send(Wire.STOP, 0, null);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "stop not sent: the engine connection is closed", e);
        }
    }

    /**
     * What the cell's threads are doing, asked over the control connection while the command connection
     * is busy; empty when the engine does not answer within {@code millis}. Any thread.
     */
    Optional<String> threadDump(long millis) {
        ThreadDumpRequest request;
        try {
            synchronized (link) {
                request = new ThreadDumpRequest(++nextRequest, new CompletableFuture<>());
                threadDumps.add(request);
                try {
                    send(Wire.THREAD_DUMP, 0, null);
                } catch (IOException e) {
                    threadDumps.remove(request);
                    throw e;
                }
            }
            return Optional.of(request.answer().get(millis, TimeUnit.MILLISECONDS));
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The engine's answer to the oldest {@link #threadDump} request still waiting. The frame reader's thread. */
    void threadDumpArrived(String text) {
        ThreadDumpRequest oldest = threadDumps.poll();
        if (oldest == null) {
            LOG.log(System.Logger.Level.WARNING, "a thread dump arrived that nobody asked for");
            return;
        }
        oldest.answer().complete(text);
    }

    /** Closes the connection, ignoring a failure (the engine is going away either way). Any thread. */
    void closeQuietly() {
        link.closeQuietly();
    }
}
