package dev.threadlab.toolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * What a {@link PipelineProbe} saw of a producer/consumer answer: which thread read each item from the source
 * and which handled it, how often, how far the producer ran ahead of the work, how many items were handled at
 * once; and the probe's three ways of making a mistake show whatever the machine's speed:
 *
 * <ul>
 *   <li>a <b>gate</b>: the first {@code atOnce} handlings wait until that many run at once (or until no new
 *       one began for the patience), which proves that many consumers work side by side;</li>
 *   <li>a <b>hold</b> on the first handling, until the producer is blocked (a full queue holds it back) or has
 *       run more than the capacity ahead (nothing holds it back), for back-pressure; "ahead" counts the items read
 *       and not yet handed to the work, so it may exceed the capacity by one more than there are consumers:
 *       the item in the producer's hand (waiting to be put) and one in each consumer's (taken, not yet handed
 *       over; {@link #aheadAllowed});</li>
 *   <li>a <b>quiet moment</b> half-way through the source: the producer waits until every item it read has
 *       been handled, then a little longer, while it looks at every thread again and again ({@link SpinLooks}):
 *       consumers that wait for items are seen waiting, consumers that poll in a busy loop are running at every
 *       look, however little processor time a crowded machine gives them (their CPU time is measured too, for
 *       the feedback). It also shows whether there are consumers while the producer reads: in a pipeline they
 *       handle the items already read while the producer is held; an answer that reads every item before it
 *       starts its consumers (a batch) has handed none to the handler, and the wait ends only at the patience
 *       ({@link #consumedWhileProducing}). Consumers waiting in a timed {@code poll} are then waited for until
 *       that poll has run out once ({@link #outlastTimedPolls}): one that takes an empty poll for the end is gone
 *       when the producer, only slow, reads on;</li>
 *   <li>a <b>last hold</b> on the handling of the source's last item by a consumer, until the answer returned or
 *       its caller is seen waiting (for the consumers, not for room in a queue) for {@link #LAST_HOLD_LOOKS} looks
 *       in a row: an answer that never waits for its consumers returns while that item is still being handled,
 *       however fast the machine hands out the last items ({@link #handlingAtReturn}).</li>
 * </ul>
 *
 * Thread-safe: the source and handler run on the answer's threads, the watch on its own.
 */
final class PipelineLog {

    /** How long the quiet moment lasts (longer when a crowded machine wakes the looker late: see {@link SpinLooks}). */
    static final Duration QUIET = Duration.ofMillis(400);
    /** The longest the producer stays paused after the quiet moment for consumers in a timed poll ({@link #outlastTimedPolls}). */
    static final Duration POLLS_OUTLASTED = Duration.ofSeconds(5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How many checks in a row (10 ms apart) must see the producer waiting before it counts as held back. */
    private static final int BLOCKED_CHECKS = 3;
    /**
     * How many looks in a row (10 ms apart) must see the caller waiting before the last hold lets the last item's
     * handling go: a caller that joins a producer thread of its own, and not its consumers, is seen waiting only
     * until that producer has put its pills, a few milliseconds.
     */
    static final int LAST_HOLD_LOOKS = 20;
    /** The longest the last hold lasts (a caller that waits in a busy loop is never seen waiting). */
    private static final Duration LAST_HOLD_MOST = Duration.ofSeconds(2);

    private final List<Object> items;
    private final Duration patience;
    private final int atOnce;
    private final int capacity;
    private final int quietAt;
    private final int[] handled;
    private final Thread[] handledBy;
    private final boolean[] afterReturn;
    /** How many handlings of each item are under way now. */
    private final int[] handling;
    /** The items whose handling was under way when the answer returned. */
    private final List<Integer> unfinishedAtReturn = new ArrayList<>();
    private final Set<Thread> producers = new LinkedHashSet<>();
    private final List<Death> deaths = new ArrayList<>();
    private final Set<Thread> consumers = new LinkedHashSet<>();
    private final List<Integer> workOrder = new ArrayList<>();
    private final List<String> strangers = new ArrayList<>();
    private Thread caller;
    private int produced;
    private boolean exhausted;
    private int entered;
    private int inside;
    private int peakInside;
    private int maxAhead;
    /** The most of items read ahead plus handlings under way, at any read ({@link #maxOver}), and the items ahead then. */
    private int maxLoad = Integer.MIN_VALUE;
    private int aheadAtMaxLoad;
    /** The hold saw the producer waiting to put: something held it back. */
    private boolean heldBack;
    private int gateArrivals;
    private boolean gateClosed;
    private boolean holdDone;
    private boolean quietDone;
    private boolean lastHoldDone;
    private boolean returned;
    /** How many handlings were under way when the answer returned. */
    private int handlingAtReturn;
    private long lastEvent = System.nanoTime();
    /** How many of the probe's own waits (gate, hold, quiet moment, last hold) are under way: while any is, nothing is stuck. */
    private int holding;
    private Map<String, Long> quietCpu = Map.of();
    private List<String> quietSpinners = List.of();
    private int quietLooks;
    private long quietNanos;
    private int heldAfter = -1;
    private long heldNanos;
    /** How many handlings had begun when the producer's hold half-way ended (before it or during it). */
    private int handledByHoldEnd;
    private int readAtFirstHandling = -1;
    private final Set<Long> ignored = new java.util.HashSet<>();
    /** The watch stepped in: the gate, the hold and the quiet moment wait no more. */
    private boolean givenUp;
    /** Whether the caller handled items inside a Thread.run() it called (null until it handled one). */
    private Boolean callerThroughThreadRun;
    private long platformThreadsStarted = -1;
    /** Threads with an id from here on were made during the call (set by {@link #begin}). */
    private long firstId = Long.MAX_VALUE;

    PipelineLog(List<?> items, Duration patience, int atOnce, int capacity) {
        this.items = List.copyOf(items);
        this.patience = patience;
        this.atOnce = atOnce;
        this.capacity = capacity;
        int quiet = Math.max(items.size() / 2, capacity < 0 ? 0 : capacity + 3);
        this.quietAt = items.size() >= 4 && quiet < items.size() ? quiet : -1;
        this.handled = new int[items.size()];
        this.handledBy = new Thread[items.size()];
        this.afterReturn = new boolean[items.size()];
        this.handling = new int[items.size()];
    }

    synchronized void begin(Thread caller, long watcherId, long firstId) {
        this.caller = caller;
        this.firstId = firstId;
        ignored.add(watcherId);
        lastEvent = System.nanoTime();
    }

    /** The answer returned (or threw); {@code platformThreadsStarted}: how many platform threads it started. */
    synchronized void end(long platformThreadsStarted) {
        returned = true;
        handlingAtReturn = inside;
        for (int i = 0; i < handling.length; i++) {
            if (handling[i] > 0) {
                unfinishedAtReturn.add(i);
            }
        }
        this.platformThreadsStarted = platformThreadsStarted;
        notifyAll();
    }

    /** The watch stepped in: the call is judged already, so the probe's own waits (gate, hold, quiet moment) end. */
    synchronized void giveUp() {
        givenUp = true;
        notifyAll();
    }

    // ---- the source ----

    /** A thread that read the source and was ended by an exception its code did not catch. */
    record Death(Thread thread, Throwable failure) {
    }

    /**
     * {@code thread} reads the source. A producer of the answer's own (not the caller, whose exceptions reach the
     * probe) gets an uncaught-exception handler that notes its death, then hands the failure on to the handler it had
     * (its group's, which reports it as before), so that a producer killed by its own code ({@code put(null)},
     * {@code add()} on a full queue) is named instead of the wait it leaves behind.
     */
    private void producing(Thread thread) {
        if (producers.add(thread) && thread != caller) {
            Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
            thread.setUncaughtExceptionHandler((dead, failure) -> {
                synchronized (this) {
                    if (deaths.size() < 5) {
                        deaths.add(new Death(dead, failure));
                    }
                }
                if (before != null) {
                    before.uncaughtException(dead, failure);
                }
            });
        }
    }

    /** The producers ended by an exception they did not catch, in the order they died. */
    synchronized List<Death> deaths() {
        return List.copyOf(deaths);
    }

    synchronized boolean hasNext() {
        producing(Thread.currentThread());
        lastEvent = System.nanoTime();
        boolean more = produced < items.size();
        exhausted |= !more;
        return more;
    }

    Object next() {
        int index;
        synchronized (this) {
            producing(Thread.currentThread());
            if (produced >= items.size()) {
                exhausted = true;
                throw new NoSuchElementException("the source has no more items (hasNext() said so)");
            }
            index = produced;
        }
        if (index == quietAt && !quietDone) {
            quietMoment();
        }
        synchronized (this) {
            produced++;
            exhausted |= produced == items.size();
            maxAhead = Math.max(maxAhead, produced - entered);
            if (produced - entered + inside > maxLoad) {
                maxLoad = produced - entered + inside;
                aheadAtMaxLoad = produced - entered;
            }
            lastEvent = System.nanoTime();
            notifyAll();
            return items.get(index);
        }
    }

    /** Waits until every item read so far has been handled (at most the patience), then looks at the threads for {@link #QUIET}. */
    private void quietMoment() {
        synchronized (this) {
            quietDone = true;
            holding++;
        }
        try {
            quietMomentHeld();
        } finally {
            synchronized (this) {
                holding--;
                lastEvent = System.nanoTime();
            }
        }
    }

    private void quietMomentHeld() {
        synchronized (this) {
            long heldAt = System.nanoTime();
            long deadline = heldAt + patience.toNanos();
            heldAfter = produced;
            try {
                while (left() < produced && System.nanoTime() < deadline && !givenUp) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                heldNanos = System.nanoTime() - heldAt;
                handledByHoldEnd = entered;
            }
        }
        Map<Long, Long> before = cpu();
        long start = System.nanoTime();
        long self = Thread.currentThread().threadId();
        SpinLooks looks = SpinLooks.watch(() -> watched(self), QUIET);
        Map<Long, Long> after = cpu();
        Map<String, Long> used = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Thread t : dev.threadlab.toolkit.internal.LiveThreads.all()) {
            names.put(t.threadId(), ProbeFacts.name(t));
        }
        after.forEach((id, ns) -> {
            long delta = ns - before.getOrDefault(id, 0L);
            String name = names.getOrDefault(id, "thread #" + id);
            if (id != self && delta > 0 && !isIgnored(id) && !name.startsWith("threadlab-")) { // not the engine's own
                used.merge(name, delta, Long::sum);
            }
        });
        List<Thread> spun = looks.spinning();
        outlastTimedPolls();
        synchronized (this) {
            quietCpu = Map.copyOf(used);
            quietSpinners = spun.stream().map(ProbeFacts::name).distinct().toList();
            quietLooks = looks.looks();
            quietNanos = System.nanoTime() - start;
        }
    }

    /**
     * Keeps the producer paused, after the quiet moment, until every consumer that waits in a timed
     * {@code poll(timeout, unit)} of its own has seen that poll run out at least once (it polled again, or left the
     * poll, or ended), at most {@link #POLLS_OUTLASTED}: a consumer that takes an empty poll for the end of the items
     * quits while the producer is only slow, as a source read from a network would be, and the items after the pause
     * are never handled. A platform thread polling again is seen by its count of waits; a virtual thread's is not
     * kept, so a virtual consumer that polls on is waited for the whole time.
     */
    private void outlastTimedPolls() {
        List<Thread> polling = new ArrayList<>();
        for (Thread t : consumers()) {
            if (t != caller() && inTimedPoll(t)) {
                polling.add(t);
            }
        }
        Map<Thread, Long> waits = new HashMap<>();
        for (Thread t : polling) {
            waits.put(t, waitCount(t));
        }
        long deadline = System.nanoTime() + POLLS_OUTLASTED.toNanos();
        try {
            while (!polling.isEmpty() && System.nanoTime() < deadline) {
                synchronized (this) {
                    if (givenUp) {
                        return;
                    }
                }
                polling.removeIf(t -> !t.isAlive() || !inTimedPoll(t) || waitCount(t) > waits.get(t));
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code t} waits in a timed {@code poll} of a queue called by code of the answer's own (not a pool's worker). */
    private static boolean inTimedPoll(Thread t) {
        if (t.getState() != Thread.State.TIMED_WAITING) {
            return false;
        }
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = frames.length - 2; i >= 0; i--) {
            if (frames[i].getMethodName().startsWith("poll")
                    && frames[i].getClassName().startsWith("java.util.concurrent.")) {
                String caller = frames[i + 1].getClassName();
                return !caller.startsWith("java.") && !caller.startsWith("jdk.");
            }
        }
        return false;
    }

    /** How many times platform thread {@code t} has waited (each timed poll that runs out is one more); -1 if not told. */
    private static long waitCount(Thread t) {
        if (t.isVirtual()) {
            return -1;
        }
        java.lang.management.ThreadInfo info = THREADS.getThreadInfo(t.threadId());
        return info == null ? -1 : info.getWaitedCount();
    }

    /**
     * The threads the quiet moment looks at: every platform thread, the virtual ones made during the call (a
     * consumer that spins before it ever takes an item has touched nothing of the probe's), and those the answer
     * read or handled on; not the looking thread ({@code self}), the watch's or the engine's own. Listed without
     * their stacks: each look reads a thread's stack once, in {@link SpinLooks}.
     */
    List<Thread> watched(long self) {
        Set<Thread> threads = new LinkedHashSet<>();
        long since;
        synchronized (this) {
            since = firstId;
        }
        for (Thread t : dev.threadlab.toolkit.internal.LiveThreads.all()) {
            if (!t.isVirtual() || t.threadId() >= since) {
                threads.add(t);
            }
        }
        synchronized (this) {
            threads.addAll(producers);
            threads.addAll(consumers);
            if (caller != null) {
                threads.add(caller);
            }
        }
        return threads.stream().filter(t -> t.threadId() != self && !isIgnored(t.threadId())
                && !t.getName().startsWith("threadlab-")).toList();
    }

    private synchronized boolean isIgnored(long id) {
        return ignored.contains(id);
    }

    private static Map<Long, Long> cpu() {
        Map<Long, Long> cpu = new HashMap<>();
        if (!THREADS.isThreadCpuTimeSupported()) {
            return cpu;
        }
        for (long id : THREADS.getAllThreadIds()) {
            long ns = THREADS.getThreadCpuTime(id);
            if (ns >= 0) {
                cpu.put(id, ns);
            }
        }
        return cpu;
    }

    // ---- the handler ----

    /** Runs {@code body} as the handling of {@code item}: recorded, and held at the gate or for back-pressure. */
    <R> R handle(Object item, Callable<R> body) throws Exception {
        int index = item == null ? -1 : items.indexOf(item); // the items are an immutable list: no nulls
        if (index < 0) {
            synchronized (this) {
                if (strangers.size() < 5) {
                    strangers.add(item == null ? null : String.valueOf(item));
                }
            }
            return body.call();
        }
        Thread me = Thread.currentThread();
        boolean throughRun = me == caller() && callerThroughThreadRun == null
                && ThreadKind.throughThreadRun(me.getStackTrace(), PipelineProbe.class);
        synchronized (this) {
            if (me == caller && callerThroughThreadRun == null) {
                callerThroughThreadRun = throughRun;
            }
            consumers.add(me);
            if (handled[index]++ == 0) {
                handledBy[index] = me;
                workOrder.add(index);
            }
            afterReturn[index] |= returned;
            if (entered++ == 0) {
                readAtFirstHandling = produced;
            }
            inside++;
            handling[index]++;
            peakInside = Math.max(peakInside, inside);
            lastEvent = System.nanoTime();
            notifyAll();
        }
        try {
            gate();
            hold();
            if (index == items.size() - 1 && me != caller()) {
                holdLast();
            }
            return body.call();
        } finally {
            synchronized (this) {
                inside--;
                handling[index]--;
                lastEvent = System.nanoTime();
                notifyAll();
            }
        }
    }

    /** The first {@code atOnce} handlings wait for each other; a patience without a new one lets them go. */
    private synchronized void gate() throws InterruptedException {
        if (atOnce <= 1 || gateClosed) {
            return;
        }
        gateArrivals++;
        holding++;
        long last = System.nanoTime();
        int seen = gateArrivals;
        try {
            while (gateArrivals < atOnce && !gateClosed && !givenUp) {
                wait(20);
                if (gateArrivals != seen) {
                    seen = gateArrivals;
                    last = System.nanoTime();
                } else if (System.nanoTime() - last >= patience.toNanos()) {
                    break;
                }
            }
        } finally {
            gateClosed = true;
            holding--;
            lastEvent = System.nanoTime();
            notifyAll();
        }
    }

    /** For back-pressure: the first handling waits until the producer is held back, or has run too far ahead. */
    private void hold() throws InterruptedException {
        synchronized (this) {
            if (capacity < 0 || holdDone) {
                return;
            }
            holdDone = true;
            holding++;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        int blockedSeen = 0; // a producer parked for a moment on the queue's own lock is not held back by it
        try {
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    blockedSeen = producerBlocked() ? blockedSeen + 1 : 0;
                    heldBack |= blockedSeen >= BLOCKED_CHECKS && !exhausted;
                    if (exhausted || produced - entered > aheadAllowed() || blockedSeen >= BLOCKED_CHECKS || givenUp) {
                        return;
                    }
                    wait(10);
                }
            }
        } finally {
            synchronized (this) {
                holding--;
                lastEvent = System.nanoTime();
            }
        }
    }

    /**
     * The last hold (see the class comment): the handling of the source's last item waits until the answer returned,
     * or its caller was seen waiting outside the probe and outside a queue's {@code put}/{@code offer}/{@code
     * transfer} (a pill waiting for room is not a wait for the consumers) at {@link #LAST_HOLD_LOOKS} looks in a row,
     * at most {@link #LAST_HOLD_MOST}.
     */
    private void holdLast() throws InterruptedException {
        synchronized (this) {
            if (lastHoldDone || returned || givenUp) {
                return;
            }
            lastHoldDone = true;
            holding++;
        }
        long deadline = System.nanoTime() + Math.min(patience.toNanos(), LAST_HOLD_MOST.toNanos());
        int waitingSeen = 0;
        try {
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    waitingSeen = callerWaits() ? waitingSeen + 1 : 0;
                    if (returned || givenUp || waitingSeen >= LAST_HOLD_LOOKS) {
                        return;
                    }
                    wait(10);
                }
            }
        } finally {
            synchronized (this) {
                holding--;
                lastEvent = System.nanoTime();
            }
        }
    }

    /** The caller waits, and not inside the probe or to put an item in a queue. */
    private boolean callerWaits() {
        Thread.State s = caller.getState();
        return (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING)
                && java.util.Arrays.stream(caller.getStackTrace()).noneMatch(f ->
                        f.getClassName().equals(PipelineLog.class.getName())
                                || f.getMethodName().equals("put") || f.getMethodName().equals("offer")
                                || f.getMethodName().equals("transfer"));
    }

    /** A producer other than the handling thread waits (to put on a full queue), not inside the source itself. */
    private boolean producerBlocked() {
        for (Thread p : producers) {
            Thread.State s = p.getState();
            if (p != Thread.currentThread() && (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING)
                    && java.util.Arrays.stream(p.getStackTrace())
                            .noneMatch(f -> f.getClassName().equals(PipelineLog.class.getName()))) {
                return true;
            }
        }
        return false;
    }

    // ---- facts ----

    /**
     * How far ahead of the work a producer held back by a queue of the capacity can get: the queue full, an item
     * in the producer's hand, and one taken but not yet handed to the work by each consumer seen (at least one).
     */
    synchronized int aheadAllowed() {
        return capacity + 1 + Math.max(1, consumers.size());
    }

    /**
     * By how many items the producer was, at some moment, further ahead than a queue of the capacity lets it be
     * then (0 or less: never): the queue full, the item in its hand, and one taken but not yet handed to the work
     * by each consumer not busy with an item (one inside the work holds nothing more). Tighter than
     * {@link #aheadAllowed}, which counts a consumer's hand even while it works: so a queue one larger than the
     * capacity shows while the work is busy.
     */
    synchronized int maxOver() {
        return maxLoad - (capacity + 1 + Math.max(1, consumers.size()));
    }

    /** Whether the hold saw the producer held back, waiting to put on a full queue. */
    synchronized boolean heldBack() {
        return heldBack;
    }

    /** How many items the producer was ahead at the moment of {@link #maxOver}. */
    synchronized int aheadWhenOver() {
        return aheadAtMaxLoad;
    }

    /** How many handlings have ended. */
    private int left() {
        return entered - inside;
    }

    List<Object> items() {
        return items;
    }

    synchronized int[] handledCounts() {
        return handled.clone();
    }

    synchronized List<Integer> neverHandled() {
        List<Integer> never = new ArrayList<>();
        for (int i = 0; i < handled.length; i++) {
            if (handled[i] == 0) {
                never.add(i);
            }
        }
        return never;
    }

    /** What the handler was given that the source never gave (null, a pill), as text; at most five. */
    synchronized List<String> strangers() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(strangers));
    }

    synchronized List<Integer> handledTwice() {
        List<Integer> twice = new ArrayList<>();
        for (int i = 0; i < handled.length; i++) {
            if (handled[i] > 1) {
                twice.add(i);
            }
        }
        return twice;
    }

    /** How many handlings were under way when the answer returned (0 before it returned). */
    synchronized int handlingAtReturn() {
        return handlingAtReturn;
    }

    /** The items whose handling had begun and not ended when the answer returned. */
    synchronized List<Integer> unfinishedAtReturn() {
        return List.copyOf(unfinishedAtReturn);
    }

    synchronized List<Integer> handledAfterReturn() {
        List<Integer> late = new ArrayList<>();
        for (int i = 0; i < afterReturn.length; i++) {
            if (afterReturn[i]) {
                late.add(i);
            }
        }
        return late;
    }

    synchronized List<Thread> producers() {
        return List.copyOf(producers);
    }

    synchronized List<Thread> consumers() {
        return List.copyOf(consumers);
    }

    synchronized Thread caller() {
        return caller;
    }

    /** Whether the caller handled items inside a Thread.run() it called (run() instead of start()). */
    synchronized boolean handledThroughThreadRun() {
        return Boolean.TRUE.equals(callerThroughThreadRun);
    }

    /** How many platform threads the answer started (the probe's own not counted); -1 before it returned. */
    synchronized long platformThreadsStarted() {
        return platformThreadsStarted;
    }

    synchronized int produced() {
        return produced;
    }

    synchronized boolean exhausted() {
        return exhausted;
    }

    synchronized int peakInside() {
        return peakInside;
    }

    synchronized int maxAhead() {
        return maxAhead;
    }

    synchronized boolean returned() {
        return returned;
    }

    synchronized boolean allHandled() {
        return neverHandled().isEmpty();
    }

    /** When the answer's threads last did something the probe saw, or {@code Long.MAX_VALUE} while the probe itself holds them. */
    synchronized long lastEvent() {
        return holding > 0 ? Long.MAX_VALUE : lastEvent;
    }

    /** The CPU time each thread used during the quiet moment, and how long it lasted; empty before it. */
    synchronized Map<String, Long> quietCpu() {
        return quietCpu;
    }

    /** The threads seen running at every look of the quiet moment and never waiting ({@link SpinLooks}); empty before it. */
    synchronized List<String> quietSpinners() {
        return quietSpinners;
    }

    /** How many looks the quiet moment took at the threads. */
    synchronized int quietLooks() {
        return quietLooks;
    }

    synchronized long quietNanos() {
        return quietNanos;
    }

    synchronized boolean hadQuietMoment() {
        return quietNanos > 0;
    }

    /**
     * Whether consumers were at work while the producer read: false when the producer, held half-way through the
     * source with items read, waited the whole patience and no item had been handed to the handler at all, before
     * the hold or during it, yet items were handled later (the consumers start only after the producer has read
     * on); true otherwise, and before the hold. "At all" and not "during the hold": a consumer already inside the
     * handler (held at the gate) is at work. "Later": consumers that quit before taking anything are another mistake.
     */
    synchronized boolean consumedWhileProducing() {
        return heldAfter <= 0 || handledByHoldEnd > 0 || readAtFirstHandling < 0;
    }

    /** How many items the producer had read when the first handling began, or -1 if none did. */
    synchronized int readAtFirstHandling() {
        return readAtFirstHandling;
    }

    /** How many items the producer had read when it was held half-way, or -1 before that. */
    synchronized int heldAfter() {
        return heldAfter;
    }

    /** How long the producer was held half-way (until the items it had read were handled, at most the patience). */
    synchronized long heldNanos() {
        return heldNanos;
    }

    /** How many handlings had begun when the producer's hold half-way ended, or 0 before that. */
    synchronized int handledByHoldEnd() {
        return handledByHoldEnd;
    }
}
