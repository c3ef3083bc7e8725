package dev.threadlab.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the requests the shell thread began and ended, so that an interrupt can be answered after the cell it
 * stopped.
 *
 * <p>Why: an interrupt is a control request, and like every request it is framed by {@code busy} and
 * {@code idle} on IOPub. {@code jupyter console} ends a cell at the first {@code idle} of its own session,
 * whichever request it belongs to: when the interrupt's {@code idle} came before the cell's error, the console
 * went back to its prompt without showing "The cell was interrupted." (seen in a full build). Answering the
 * interrupt once the cell has ended keeps the order every front end expects, and the control thread is never
 * held: a second interrupt or a shutdown is served at once.
 */
final class ShellActivity {

    private static final System.Logger LOG = System.getLogger(ShellActivity.class.getName());

    private record Pending(long until, Runnable action) {}

    private long begun;
    private long ended;
    /** The last shell request that sent its reply ({@link #answered}); its {@code idle} follows. */
    private long answered;
    private final List<Pending> pending = new ArrayList<>();

    synchronized void begin() {
        begun++;
    }

    /** The shell request ended (its reply and {@code idle} sent): runs what waited for it, on this thread. */
    void end() {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            ended++;
            pending.removeIf(p -> {
                if (p.until() <= ended) {
                    due.add(p.action());
                    return true;
                }
                return false;
            });
        }
        for (Runnable action : due) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "answering an interrupt after its cell failed", e);
            }
        }
    }

    /**
     * The shell request being served has sent its reply and is about to send {@code idle}: a client that saw it may
     * send the next cell and an interrupt for that cell at once, and the interrupt may arrive before this thread
     * calls {@link #end}. A build saw it: the interrupt, taken for the request that had already answered, was lost,
     * and the next cell spun on.
     */
    synchronized void answered() {
        answered = begun;
    }

    /** Whether a shell request is being served now and has not yet sent its reply. */
    synchronized boolean busy() {
        return begun != ended && answered != begun;
    }

    /**
     * Runs {@code action} once the shell request being served now has ended, or once {@code timeout} passed,
     * whichever comes first, and returns true; returns false, running nothing, when no shell request is being
     * served (the caller acts at once).
     */
    boolean whenCurrentEnds(Duration timeout, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
        synchronized (this) {
            if (begun == ended) {
                return false;
            }
            pending.add(new Pending(begun, once));
        }
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS).execute(once);
        return true;
    }
}
