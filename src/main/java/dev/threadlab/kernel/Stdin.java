package dev.threadlab.kernel;

import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Request;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The stdin channel: sends {@code input_request} for a running cell and waits for the client's
 * {@code input_reply}. One question at a time; thread-safe.
 */
final class Stdin {

    private static final System.Logger LOG = System.getLogger(Stdin.class.getName());

    private final Publisher publisher;
    private final ReentrantLock oneQuestionAtATime = new ReentrantLock();
    /**
     * The answer the asking cell waits for, or null. Not a SynchronousQueue: a client that answers before
     * the cell thread reaches {@code take()} (a fast client on a busy machine) would have its reply dropped.
     */
    private volatile CompletableFuture<String> pending;

    Stdin(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Asks the client that sent {@code parent} for a line; blocks until it answers or the caller is interrupted. */
    String ask(Message parent, String prompt, boolean password) throws InterruptedException {
        oneQuestionAtATime.lockInterruptibly();
        try {
            CompletableFuture<String> answer = new CompletableFuture<>();
            pending = answer;
            publisher.askForInput(parent, new IoPub.InputRequest(prompt, password));
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an input answer never fails", e);
        } finally {
            pending = null;
            oneQuestionAtATime.unlock();
        }
    }

    /** A message from the stdin channel arrived (transport thread; never blocks). */
    void received(Message message) {
        if (!(message.content() instanceof Request.InputReply reply)) {
            LOG.log(Level.WARNING, "ignoring {0} on the stdin channel: only input_reply belongs there",
                    Dispatcher.forLog(message.msgType()));
            return;
        }
        CompletableFuture<String> answer = pending;
        if (answer == null || !answer.complete(reply.value())) {
            LOG.log(Level.WARNING, "ignoring an input_reply nobody asked for");
        }
    }
}
