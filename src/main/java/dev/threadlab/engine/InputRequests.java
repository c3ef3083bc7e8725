package dev.threadlab.engine;

import java.util.Optional;

/**
 * The kernel's side of user code's keyboard input for one engine: which thread waits for the client's
 * answer (so that an interrupted or ended cell can give the question up), and why the last request was
 * refused. Thread-safe.
 */
final class InputRequests {

    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private Thread waiter;
    private volatile String refused;

    /** The calling thread (the engine's stdin thread) now waits for the client to answer an input request. */
    void waitBegins() {
        synchronized (lock) {
            waiter = Thread.currentThread();
        }
    }

    /** The wait of {@link #waitBegins} ended; forgets a {@link #cancel} that came too late to matter. */
    void waitEnds() {
        synchronized (lock) {
            waiter = null;
        }
        Thread.interrupted();
    }

    /**
     * Gives up the input request the client has not answered (the cell that asked was interrupted, or ended):
     * the engine's reader gets end of input, and the next request is sent to the client. Without this the
     * kernel waited for that answer forever, and the next cell that read input never got an input box.
     * Any thread.
     */
    void cancel() {
        synchronized (lock) {
            if (waiter != null) {
                waiter.interrupt();
            }
        }
    }

    /** User code asked for keyboard input and the kernel answered "none" for {@code reason}. Any thread. */
    void refused(String reason) {
        refused = reason;
    }

    /** The reason of the last refused input request since the previous call, if any. Any thread. */
    Optional<String> takeRefused() {
        String reason = refused;
        refused = null;
        return Optional.ofNullable(reason);
    }
}
