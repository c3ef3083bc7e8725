package dev.threadlab.kernel;

import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Request;
import dev.threadlab.transport.Channel;
import dev.threadlab.transport.Transport;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Jupyter kernel: serves a {@link Transport} with an {@link Interpreter}.
 *
 * <p>Shell requests run one at a time on the shell thread; control requests (interrupt, shutdown,
 * kernel_info) on their own thread, so an interrupt is served while a cell runs; stdin replies go
 * straight to the waiting cell. {@link #start()} once, then {@link #awaitShutdown}; {@link #close()}
 * stops everything. The kernel never calls {@code System.exit}: its owner decides.
 */
public final class Kernel implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Kernel.class.getName());

    private final Transport transport;
    private final Interpreter interpreter;
    private final Dispatcher dispatcher;
    private final Publisher publisher;
    private final Stdin stdin;
    private final BlockingQueue<Queued> shell = new LinkedBlockingQueue<>();
    private final BlockingQueue<Queued> control = new LinkedBlockingQueue<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    /**
     * A request waiting for its thread, with when it arrived ({@link System#nanoTime()}), and when it counts as
     * received for a cell: the same, or just before an interrupt that reached the kernel, idle, an instant
     * before it (see {@link #cellNanos}).
     */
    private record Queued(Message message, long arrivedNanos, long cellNanos) {}

    /**
     * How long before an execute request an interrupt that reached an idle kernel is taken as meant for it:
     * the client sent the request first, but the two travel on different sockets, and on a busy machine the
     * interrupt can arrive first. Dropping it let the cell run on until a second interrupt.
     */
    private static final long INTERRUPT_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** When an interrupt last arrived while the shell thread was idle with nothing queued. */
    private volatile long idleInterruptNanos = System.nanoTime() - 2 * INTERRUPT_WINDOW_NANOS;
    private final ShellActivity shellActivity = new ShellActivity();

    /** A kernel with a fresh session id. Nothing runs until {@link #start()}. */
    public Kernel(Transport transport, Interpreter interpreter, KernelIdentity identity) {
        this.transport = transport;
        this.interpreter = interpreter;
        this.publisher = new Publisher(transport, UUID.randomUUID().toString());
        this.stdin = new Stdin(publisher);
        this.dispatcher = new Dispatcher(new Handlers(interpreter, publisher, stdin, identity), publisher, shellActivity);
    }

    /** Starts the transport and the shell and control threads, and announces {@code starting}. */
    public synchronized void start() {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("the kernel was already started");
        }
        threads.add(Thread.ofPlatform().name("threadlab-shell").daemon().start(() -> serve(Channel.SHELL, shell)));
        threads.add(Thread.ofPlatform().name("threadlab-control").daemon()
                .start(() -> serve(Channel.CONTROL, control)));
        transport.start(this::route);
        publisher.publishUnparented(IoPub.Status.starting());
    }

    /** Waits until a client asked to shut down, or {@code timeout} passed; true if it did. */
    public boolean awaitShutdown(Duration timeout) throws InterruptedException {
        return shutdown.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until a client asked to shut down. */
    public void awaitShutdown() throws InterruptedException {
        shutdown.await();
    }

    private void route(Channel channel, Message message) {
        long now = System.nanoTime();
        switch (channel) {
            case SHELL -> shell.add(new Queued(message, now, cellNanos(now)));
            case CONTROL -> {
                if (message.content() instanceof Request.Interrupt && !shellActivity.busy() && shell.isEmpty()) {
                    idleInterruptNanos = now;
                }
                control.add(new Queued(message, now, now));
            }
            case STDIN -> stdin.received(message);
            case IOPUB -> LOG.log(Level.WARNING, "ignoring a message received on IOPub");
        }
    }

    /** When a request arriving {@code now} counts as received for its cell (see {@link Queued}). */
    private long cellNanos(long now) {
        long interrupt = idleInterruptNanos;
        return now - interrupt >= 0 && now - interrupt < INTERRUPT_WINDOW_NANOS ? interrupt - 1 : now;
    }

    private void serve(Channel channel, BlockingQueue<Queued> queue) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Queued next = queue.take();
                boolean shellThread = channel == Channel.SHELL;
                if (shellThread) {
                    shellActivity.begin();
                }
                try {
                    switch (dispatcher.dispatch(channel, next.message(), next.cellNanos())) {
                        case CONTINUE -> { }
                        case ABORT_QUEUED -> abortQueued(channel, queue);
                        case SHUT_DOWN -> shutdown.countDown();
                    }
                } finally {
                    if (shellThread) {
                        shellActivity.end();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After a failed cell with {@code stop_on_error}, the cells that were already queued when it failed are
     * answered {@code aborted} without running, as ipykernel does; other queued requests are served
     * normally. A cell sent after the client saw the failure runs: on a busy machine it can arrive before
     * this thread gets here.
     */
    private void abortQueued(Channel channel, BlockingQueue<Queued> queue) {
        long failed = dispatcher.failureRepliedNanos();
        Queued next;
        while ((next = queue.peek()) != null && next.arrivedNanos() - failed < 0) {
            queue.remove(next);
            if (next.message().content() instanceof Request.Execute) {
                dispatcher.abort(channel, next.message());
            } else {
                dispatcher.dispatch(channel, next.message(), next.cellNanos());
            }
        }
    }

    /** Stops the threads, the interpreter and the transport. Idempotent. */
    @Override
    public synchronized void close() {
        threads.forEach(Thread::interrupt);
        interpreter.interrupt();
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        interpreter.close();
        transport.close();
        shutdown.countDown();
    }
}
