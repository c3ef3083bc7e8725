package dev.threadlab.transport;

import java.lang.System.Logger.Level;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A private thread that writes the wake-up bytes of {@link SocketOwner}s on behalf of callers of
 * {@code send()}.
 *
 * <p>Why: a NIO pipe is an interruptible channel; if a thread that happens to be interrupted wrote to
 * it, the JDK would close the pipe and its owner would never wake again. Handing the write to a thread
 * nobody interrupts keeps interrupts of kernel threads harmless. Thread-safe.
 */
final class Waker {

    private static final System.Logger LOG = System.getLogger(Waker.class.getName());
    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;

    Waker(String name) {
        this.thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /** Runs {@code wakeUp} (short, non-blocking) on the waker thread. Never blocks, ignores interrupts. */
    void execute(Runnable wakeUp) {
        tasks.add(wakeUp);
    }

    /** Runs what is queued, then ends the thread; waits at most {@code millis}. True if it has ended. */
    boolean stop(long millis) throws InterruptedException {
        tasks.add(STOP);
        if (millis > 0) {
            thread.join(millis);
        }
        return !thread.isAlive();
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                LOG.log(Level.WARNING, "the waker thread was interrupted and stops; sockets will not wake");
                Thread.currentThread().interrupt();
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a wake-up failed", e);
            }
        }
    }
}
