package dev.threadlab.kernel;

import dev.threadlab.interpreter.Failure;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Reply.Status;
import dev.threadlab.protocol.Request;
import dev.threadlab.transport.Channel;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * Routes one request to its handler, with {@code busy} before and {@code idle} after, as ipykernel
 * does. Nothing a client sends gets past {@link #dispatch}: a failing handler is logged and answered
 * with an error reply.
 */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    /** What the kernel loop should do after a request. */
    enum Next { CONTINUE, ABORT_QUEUED, SHUT_DOWN }

    /**
     * How long an interrupt's answer waits for the cell it stopped (see {@link ShellActivity}): past the engine's
     * kill of a cell that ignores interrupts, with room for the error to be sent.
     */
    static final Duration INTERRUPTED_CELL_WAIT = Duration.ofSeconds(3);

    private final Handlers handlers;
    private final Publisher publisher;
    private final ShellActivity shellActivity;
    private volatile long failureRepliedNanos;

    Dispatcher(Handlers handlers, Publisher publisher, ShellActivity shellActivity) {
        this.handlers = handlers;
        this.publisher = publisher;
        this.shellActivity = shellActivity;
    }

    /**
     * Handles {@code message} from {@code channel}, received at {@code arrivedNanos} ({@link System#nanoTime()};
     * for a cell, an interrupt that arrives after this, while no cell runs, is meant for it), and says what the
     * loop should do next. An interrupt is answered (reply and {@code idle}) once the cell it stopped has ended,
     * without holding this thread (see {@link ShellActivity}). No {@code Throwable}
     * gets past this method: an {@code Error} from a library (a broken jar made the compiler throw
     * {@code InternalError}) would otherwise end the thread that serves the channel, and the kernel would
     * look alive while never answering a cell again.
     */
    Next dispatch(Channel channel, Message message, long arrivedNanos) {
        publisher.publish(message, IoPub.Status.busy());
        boolean answerLater = false;
        try {
            if (message.content() instanceof Request.Interrupt) {
                Reply reply = handlers.interrupt();
                answerLater = shellActivity.whenCurrentEnds(INTERRUPTED_CELL_WAIT, () -> {
                    publisher.reply(channel, message, reply);
                    publisher.publish(message, IoPub.Status.idle());
                });
                if (!answerLater) {
                    publisher.reply(channel, message, reply);
                }
                return Next.CONTINUE;
            }
            return handle(channel, message, arrivedNanos);
        } catch (Throwable e) {
            LOG.log(Level.ERROR, "internal error while handling " + message.msgType(), e);
            String what = "The kernel failed to handle " + message.msgType() + ": " + e
                    + ". The kernel is still running; if this happens again, restart it, and please report this.";
            Failure failure = new Failure("InternalError", what, List.of("InternalError: " + what));
            if (message.content() instanceof Request.Execute) {
                publisher.publish(message, WireFailures.published(failure));
            }
            publisher.reply(channel, message,
                    new Reply.Bare(replyType(message.msgType()), Status.ERROR, WireFailures.reply(failure)));
            return Next.CONTINUE;
        } finally {
            if (channel == Channel.SHELL) {
                shellActivity.answered();
            }
            if (!answerLater) {
                publisher.publish(message, IoPub.Status.idle());
            }
        }
    }

    /**
     * {@link System#nanoTime()} just before the reply of the last cell that failed with {@code stop_on_error}:
     * requests that arrived later were sent after the client saw the failure, and must run.
     */
    long failureRepliedNanos() {
        return failureRepliedNanos;
    }

    /** Answers an {@code execute_request} queued behind a failed cell without running it. */
    void abort(Channel channel, Message message) {
        publisher.publish(message, IoPub.Status.busy());
        publisher.reply(channel, message, new Reply.Bare(replyType(message.msgType()), Status.ABORTED, null));
        publisher.publish(message, IoPub.Status.idle());
    }

    private Next handle(Channel channel, Message message, long arrivedNanos) {
        Request request = (Request) message.content();
        switch (request) {
            case Request.Execute r -> {
                Reply.Execute reply = handlers.execute(message, r, arrivedNanos);
                boolean abort = reply.status() == Status.ERROR && r.stopOnError();
                if (abort) {
                    failureRepliedNanos = System.nanoTime(); // before the client can see the reply
                }
                publisher.reply(channel, message, reply);
                return abort ? Next.ABORT_QUEUED : Next.CONTINUE;
            }
            case Request.Shutdown r -> {
                publisher.reply(channel, message, new Reply.Shutdown(Status.OK, r.restart()));
                return Next.SHUT_DOWN;
            }
            default -> {
                Reply reply = answer(channel, message, request);
                if (reply != null) {
                    publisher.reply(channel, message, reply);
                }
                return Next.CONTINUE;
            }
        }
    }

    /** The reply to any request but execute and shutdown; null for messages that get none. */
    private Reply answer(Channel channel, Message message, Request request) {
        return switch (request) {
            case Request.Complete r -> handlers.complete(r);
            case Request.Inspect r -> handlers.inspect(r);
            case Request.IsComplete r -> handlers.isComplete(r);
            case Request.History r -> handlers.history(r);
            case Request.KernelInfo r -> handlers.kernelInfo();
            case Request.CommInfo r -> handlers.commInfo();
            case Request.Interrupt r -> throw new IllegalStateException("interrupt is handled by dispatch()");
            case Request.CommOpen r -> {
                handlers.commOpen(message, r);
                yield null;
            }
            case Request.CommMsg r -> {
                LOG.log(Level.INFO, "ignoring comm_msg for unknown comm {0}", r.commId());
                yield null;
            }
            case Request.CommClose r -> null;
            case Request.InputReply r -> {
                LOG.log(Level.WARNING, "ignoring input_reply on {0}: it belongs on the stdin channel", channel);
                yield null;
            }
            case Request.Unknown r -> {
                LOG.log(Level.WARNING, "ignoring unknown message type {0} on {1}", forLog(r.msgType()), channel);
                yield null;
            }
            case Request.Malformed r -> {
                LOG.log(Level.WARNING, "rejecting malformed {0}: {1}", forLog(r.msgType()), forLog(r.reason()));
                yield new Reply.Bare(replyType(r.msgType()), Status.ERROR,
                        WireFailures.reply(new Failure("BadRequest", r.reason(), List.of())));
            }
            case Request.Execute r -> throw new IllegalStateException("execute is handled by handle()");
            case Request.Shutdown r -> throw new IllegalStateException("shutdown is handled by handle()");
        };
    }

    static String replyType(String requestType) {
        return requestType.endsWith("_request")
                ? requestType.substring(0, requestType.length() - "_request".length()) + "_reply"
                : requestType + "_reply";
    }

    /** Client-chosen text as the log shows it: at most 100 characters, so a hostile client cannot flood it. */
    static String forLog(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "... (" + text.length() + " characters)";
    }
}
