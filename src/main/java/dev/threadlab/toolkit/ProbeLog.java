package dev.threadlab.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared state of one {@link TaskProbe}: what each task's runs looked like, and the three waits a
 * task goes through before its body runs, so that what the answer did shows whatever the machine's speed:
 *
 * <ol>
 *   <li>the gate (only {@code together}): wait until every task is running at once, or until no new task
 *       arrived for {@code patience};</li>
 *   <li>the hold: wait until the caller waits for the tasks (in {@code join}, {@code get}, {@code close}, ...),
 *       so an answer that merely sleeps returns while its tasks still run; with {@code byJoin}, a caller that
 *       joins a thread lets only that thread's task go, so an answer that joins some of its threads returns
 *       while the others' tasks are still held;</li>
 *   <li>the turn (only {@code lastFirst}): wait until every later task that started has finished, so the
 *       tasks finish in reverse order and results in finishing order show.</li>
 * </ol>
 *
 * <p>The hold is a {@link TaskHold}; each task's record a {@link TaskSlot}. A task run on the caller's own
 * thread skips the three (it would wait for itself). Only the first run of each task counts; a second one
 * is recorded and runs straight through, so nothing outside the tasks (a thread the answer started that
 * calls a task again) can open the gate. Every wait is bounded. Thread-safe.
 */
final class ProbeLog implements CallerWatch.Held {

    /** How often a task waiting for its turn looks whether the later ones it waits for are held (by join only). */
    private static final long TURN_LOOK = TimeUnit.MILLISECONDS.toNanos(5);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<TaskSlot> slots = new ArrayList<>();
    private final boolean together;
    private final boolean lastFirst;
    private final boolean byJoin;
    private final Duration patience;
    private long sequence;
    private int inside;
    private int peak;
    private long lastArrival = System.nanoTime();
    private boolean gateOpened;
    private boolean gateGaveUp;
    private final TaskHold hold = new TaskHold();
    private boolean returned;
    private long returnedAt;
    private Thread caller;
    private final List<Integer> finishOrder = new ArrayList<>();

    ProbeLog(boolean together, boolean lastFirst, boolean byJoin, Duration patience) {
        this.together = together;
        this.lastFirst = lastFirst;
        this.byJoin = byJoin;
        this.patience = patience;
    }

    /** Adds a task; answers its index. */
    int add(String label) {
        lock.lock();
        try {
            slots.add(new TaskSlot(slots.size(), label));
            return slots.size() - 1;
        } finally {
            lock.unlock();
        }
    }

    /** How many tasks were handed out. */
    int size() {
        lock.lock();
        try {
            return slots.size();
        } finally {
            lock.unlock();
        }
    }

    /** Runs task {@code index}'s {@code body} on this thread as the probe's task. */
    <T> T run(int index, Callable<T> body) throws Exception {
        Thread me = Thread.currentThread();
        StackTraceElement[] stack = me.getStackTrace();
        TaskSlot slot;
        long epoch;
        lock.lock();
        try {
            if (caller == null) {
                // Only a check can hand the tasks out before the call: its author called the answer directly.
                throw new IllegalStateException("a probe's task ran before the check called the answer through the"
                        + " probe: call the answer with probe.run(() -> ...), probe.call(() -> ...) or"
                        + " assertThrowsTaskFailure(...), so that the probe knows which thread is the caller and lets"
                        + " its tasks go when the caller waits for them (called directly, they would be held until the"
                        + " check's timeout)");
            }
            slot = slots.get(index);
            slot.runs++;
            if (slot.runs > 1) {
                slot.laterThreads.add(me == caller ? "the caller's thread" : me.getName());
            } else {
                slot.thread = me;
                slot.kind = ThreadKind.of(me, stack, caller);
                slot.via = ThreadKind.via(stack);
                if (slot.via.isEmpty() && slot.kind == ThreadKind.CALLER && ThreadKind.throughThreadRun(stack)) {
                    slot.via = ThreadKind.THREAD_RUN;
                }
                slot.started = ++sequence;
                inside++;
                peak = Math.max(peak, inside);
                lastArrival = System.nanoTime();
                changed.signalAll();
            }
            epoch = hold.epoch();
        } finally {
            lock.unlock();
        }
        if (slot.runs > 1) {
            return body.call();
        }
        try {
            if (slot.kind != ThreadKind.CALLER) {
                awaitGate();
                hold.await(epoch);
                awaitTurn(slot);
                if (!lastFirst) {
                    hold.spinTogether();
                }
            }
            T result = body.call();
            record(slot, result, null);
            return result;
        } catch (Exception | Error e) {
            record(slot, null, e);
            throw e;
        } finally {
            finish(slot);
        }
    }

    /** Kept without the lock, so tasks that finish together are not lined up here; published by {@link #finish}. */
    private static void record(TaskSlot slot, Object result, Throwable thrown) {
        slot.result = result;
        slot.threw = thrown;
    }

    private void awaitGate() {
        if (!together) {
            return;
        }
        lock.lock();
        try {
            if (inside >= slots.size()) {
                gateOpened = true;
                changed.signalAll();
            }
            while (!gateOpened && !gateGaveUp) {
                long stall = lastArrival + patience.toNanos() - System.nanoTime();
                if (stall <= 0) {
                    gateGaveUp = true;
                    changed.signalAll();
                    break;
                }
                changed.awaitNanos(stall);
            }
        } catch (InterruptedException e) {
            throw cancelled("at the gate");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every later task that started has finished, and then a little longer, so that what the
     * learner's code does right after a task returns (adding its result to a list) happens in that order too.
     */
    private void awaitTurn(TaskSlot slot) {
        if (!lastFirst) {
            return;
        }
        lock.lock();
        try {
            long gap = Math.clamp(TimeUnit.MILLISECONDS.toNanos(500) / Math.max(1, slots.size()),
                    TimeUnit.MILLISECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(50));
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                long now = System.nanoTime();
                long wait = laterStillRunning(slot) ? deadline - now : lastLaterFinish(slot) + gap - now;
                if (wait <= 0 || deadline - now <= 0) {
                    return;
                }
                // a later task that reaches the hold meanwhile says nothing: look again soon for those not joined yet
                changed.awaitNanos(Math.min(byJoin ? TURN_LOOK : wait, Math.min(wait, deadline - now)));
            }
        } catch (InterruptedException e) {
            throw cancelled("for its turn to finish");
        } finally {
            lock.unlock();
        }
    }

    private boolean laterStillRunning(TaskSlot slot) {
        for (int i = slot.index + 1; i < slots.size(); i++) {
            TaskSlot later = slots.get(i);
            // one the caller has not joined yet is no turn to wait for: it may never be
            if (later.started() && !later.finished() && !(byJoin && hold.stillHeld(later.thread))) {
                return true;
            }
        }
        return false;
    }

    /** When the last of the later tasks finished ({@link System#nanoTime()}), or long ago when none did. */
    private long lastLaterFinish(TaskSlot slot) {
        long last = Long.MIN_VALUE / 2;
        for (int i = slot.index + 1; i < slots.size(); i++) {
            TaskSlot later = slots.get(i);
            if (later.finished()) {
                last = Math.max(last, later.finishedAt);
            }
        }
        return last;
    }

    private void finish(TaskSlot slot) {
        lock.lock();
        try {
            slot.finished = ++sequence;
            slot.finishedAt = System.nanoTime();
            inside--;
            finishOrder.add(slot.index);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static CancellationException cancelled(String where) {
        Thread.currentThread().interrupt();
        return new CancellationException("a probe's task was interrupted while it waited " + where);
    }

    // --- the call of the answer (what the caller did meanwhile is CallerWatch's) ---

    /** The answer is about to be called on {@code thread}. */
    void begin(Thread thread) {
        lock.lock();
        try {
            if (caller != null) {
                throw new IllegalStateException("a probe watches one call of the answer; make a new probe for the next");
            }
            caller = thread;
        } finally {
            lock.unlock();
        }
    }

    /** The answer returned (or threw): tasks still running are recorded, then every held task goes on. */
    void end() {
        lock.lock();
        try {
            for (TaskSlot slot : slots) {
                slot.finishedBeforeReturn = slot.finished();
            }
            returned = true;
            returnedAt = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        hold.returned();
    }

    /** Lets the tasks held now go on: the caller waits for them, polls, or spins. */
    @Override
    public void release() {
        hold.release();
    }

    /**
     * Whether a caller that joins a thread lets only that thread's task go ({@link #release(Thread)}). Not
     * where tasks must go on together: a probe that interleaves their work to show races.
     */
    @Override
    public boolean releasesByJoin() {
        return byJoin;
    }

    /** Lets go the task that {@code thread} holds now, if any (the caller joins it); answers whether there was one. */
    @Override
    public boolean release(Thread thread) {
        return hold.release(thread);
    }

    /** How many tasks wait in the hold now. */
    @Override
    public int held() {
        return hold.held();
    }

    /** {@link System#nanoTime()} when the last task started. */
    @Override
    public long lastArrival() {
        lock.lock();
        try {
            return lastArrival;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every task that started has finished, then until no task started or finished for
     * {@code quiet} (tasks a forgotten join left to start late, one after another), counted from the answer's
     * return at the earliest: on a crowded machine the answer can take longer than {@code quiet} before it
     * returns, and a thread it started then may not have reached its task yet; at most {@code bound} in all.
     */
    void settle(Duration quiet, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                boolean running = slots.stream().anyMatch(s -> s.started() && !s.finished());
                boolean allDone = slots.stream().allMatch(TaskSlot::finished);
                long lastEvent = Math.max(returned ? Math.max(lastArrival, returnedAt) : lastArrival,
                        slots.stream().filter(TaskSlot::finished).mapToLong(x -> x.finishedAt).max().orElse(lastArrival));
                long quietLeft = lastEvent + quiet.toNanos() - now;
                if (deadline - now <= 0 || allDone || !running && quietLeft <= 0) {
                    return;
                }
                changed.awaitNanos(Math.min(deadline - now, running ? TimeUnit.MILLISECONDS.toNanos(50) : quietLeft));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the probe's tasks to finish");
        } finally {
            lock.unlock();
        }
    }

    /** A copy of what was seen, with what {@code caller} was seen doing, for judging. */
    ProbeFacts facts(CallerWatch.Seen seen) {
        lock.lock();
        try {
            List<ProbeFacts.Task> tasks = new ArrayList<>();
            for (TaskSlot s : slots) {
                tasks.add(new ProbeFacts.Task(s.index, s.label, s.runs, s.thread, s.kind, s.via,
                        List.copyOf(s.laterThreads), s.started, s.finished, s.finishedBeforeReturn, s.threw, s.result));
            }
            return new ProbeFacts(tasks, peak, together, gateOpened, List.copyOf(finishOrder), caller, returned,
                    seen.waits(), seen.sleptIn(), seen.inStream());
        } finally {
            lock.unlock();
        }
    }
}
