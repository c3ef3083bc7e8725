package dev.threadlab.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PipelineProbe} tells the learner about a producer/consumer answer: items lost or handled twice,
 * consumers left waiting for a poison pill that never came, a producer that ran ahead because nothing bounded
 * its queue, consumers that polled in a busy loop, results out of order; in their terms, then what to do. Each
 * method answers empty when the requirement held. Stateless.
 */
final class PipelineFeedback {

    private final String answer;
    private final PipelineLog log;
    private final PipelineWatch.Rescue rescue;
    private final long patienceMillis;

    PipelineFeedback(String answer, PipelineLog log, PipelineWatch.Rescue rescue, long patienceMillis) {
        this.answer = answer;
        this.log = log;
        this.rescue = rescue;
        this.patienceMillis = patienceMillis;
    }

    /** Why the watch had to end a wait. */
    String rescued() {
        String seconds = Text.duration(java.time.Duration.ofMillis(patienceMillis));
        String stuck = String.join("; ", rescue.stuck());
        return died(seconds, stuck).orElseGet(() -> survived(seconds, stuck));
    }

    /**
     * Why the watch had to end a wait that a producer's death left behind: it was ended by an exception of its own
     * code before it had put every item and the end marker, so whoever waited for them would have waited for ever.
     * Empty when no producer died, or the wait was of another kind (a busy loop, run() instead of start()).
     */
    private Optional<String> died(String seconds, String stuck) {
        List<PipelineLog.Death> deaths = log.deaths();
        if (deaths.isEmpty() || rescue.kind() == PipelineWatch.Kind.SPIN || rescue.kind() == PipelineWatch.Kind.RUN_NOT_START) {
            return Optional.empty();
        }
        PipelineLog.Death first = deaths.getFirst();
        Throwable failure = first.failure();
        StackTraceElement frame = StackText.firstUserFrame(failure.getStackTrace());
        String where = frame == null ? "" : " in " + StackText.frame(frame);
        String cure;
        if (failure instanceof NullPointerException && thrownByAQueue(failure)) {
            cure = "A BlockingQueue refuses null, so null cannot be the end marker: put an object the source never gives "
                    + "instead (Optional.empty() in a queue of Optional<T>, or a special object in a BlockingQueue<Object>).";
        } else if (failure instanceof IllegalStateException && "Queue full".equals(failure.getMessage())) {
            cure = "add() throws when the queue is full; put() waits until there is room.";
        } else {
            cure = "An exception ends the thread, and nobody is left to put the rest of the items or the end marker.";
        }
        String them = rescue.stuck().size() == 1 ? "it" : "them";
        return Optional.of("the producer thread (" + ProbeFacts.name(first.thread()) + ") died of "
                + FutureFeedback.describe(failure) + where + ", thrown by its own code, so nothing more came: " + stuck
                + " waited " + seconds + " for what it would have put, and the check interrupted " + them + ". " + cure);
    }

    /** Whether {@code failure} came from a queue's own method ({@code put}, {@code offer}, {@code add}). */
    private static boolean thrownByAQueue(Throwable failure) {
        return java.util.Arrays.stream(failure.getStackTrace()).limit(4)
                .anyMatch(frame -> frame.getClassName().startsWith("java.util.concurrent.") && frame.getClassName().endsWith("Queue"));
    }

    /** Why the watch had to end a wait, when no producer died of its own exception. */
    private String survived(String seconds, String stuck) {
        String why = switch (rescue.kind()) {
            case PILLS -> "every item had been handled, yet " + count(rescue.stuck().size(), "consumer") + " still waited "
                    + "for another item (" + stuck + "), and " + answer + " waited for " + (rescue.stuck().size() == 1
                    ? "it" : "them") + " for " + seconds + ": they would have waited for ever, so the check interrupted "
                    + (rescue.stuck().size() == 1 ? "it" : "them") + ". A poison pill stops one consumer: put one per "
                    + "consumer after the last item, as many pills as there are consumers.";
            case CONSUMERS_GONE -> log.consumers().isEmpty() && log.platformThreadsStarted() == 0
                    ? "the producer waited " + seconds + " to put an item on a full queue (" + stuck + "), and no "
                            + "consumer had taken a single item yet, so nobody would ever take it; the check interrupted it. "
                            + "Were the consumers to start only after the producer was done? A bounded queue holds "
                            + "only so many items: start the consumers first, so that they take while the producer puts."
                    : "the producer waited " + seconds + " to put an item on a full queue (" + stuck + "), "
                    + "but no consumer was taking from the queue any more (they had ended, or stopped taking), so "
                    + "nobody would ever take it; the check interrupted it. "
                    + consumersQuitEarly();
            case NO_END -> answer + " waited " + seconds + " to take another item (" + stuck + ") after the producer had "
                    + "read the whole source and ended: nothing told it that no more would come, so the check "
                    + "interrupted it. Let the producer put an end marker (a poison pill) after the last item, and stop "
                    + "taking when it arrives.";
            case RUN_NOT_START -> answer + " called run() on a thread instead of start(), and waited inside it ("
                    + stuck + "): run() runs the thread's code right where it is called, on the thread that called "
                    + answer + ", which then waited there for what only it could have done next (a consumer's loop "
                    + "waits for items that the producer, stuck on the same thread, never gets to put); the check "
                    + "interrupted it. Call start(): it runs the code on the new thread while " + answer + " goes on.";
            case SPIN -> answer + "'s calling thread ran on for " + seconds + " without taking an item or handing one to "
                    + "the work (" + stuck + "; watched for " + Text.duration(PipelineWatch.SPIN_SAMPLE) + ", it never waited, and "
                    + "used " + Text.duration(java.time.Duration.ofNanos(rescue.spinCpuNanos())) + " of processor "
                    + "time): a busy loop, asking again "
                    + "and again (poll() without a timeout, or isEmpty()) for an item that never came" + dropped()
                    + ". poll() answers null at once on an empty queue and the loop goes round again, keeping a core "
                    + "busy doing nothing; take() waits without using the processor."
                    + (rescue.stopped() ? " The check stopped the loop." : "");
            case STALL -> "nothing moved for " + seconds + ": no item was read or handled while " + stuck + " waited; "
                    + "the check interrupted " + (rescue.stuck().size() == 1 ? "it" : "them") + ".";
        };
        return why + (rescue.stopped() ? "" : " The check could not stop a thread that spins in a loop (a loop that never "
                + "looks at its interrupt), so it still runs and keeps a core busy: run %reset to stop it (then run "
                + "your cells again), and wait with take() instead.");
    }

    /** When items the producer read never reached the work and the producer has ended: which were dropped, and how. */
    private String dropped() {
        List<Integer> never = log.neverHandled();
        boolean producersEnded = log.producers().stream().filter(t -> t != log.caller()).noneMatch(Thread::isAlive);
        if (!log.exhausted() || !producersEnded || log.producers().contains(log.caller())) {
            return "";
        }
        int n = log.items().size();
        if (never.isEmpty()) {
            return ", and never would: the producer had read all " + n + " items and ended, and every item reached "
                    + "the work, but no end marker did: was none put, or was it dropped (offer() drops an item when "
                    + "the queue is full; put() waits for room)?";
        }
        return ", and never would: the producer had read all " + n + " items and ended, yet only " + (n - never.size())
                + " reached the work; the others (" + items(never) + ") were dropped on the way, as offer() drops an "
                + "item when the queue is full (it answers false; put() waits for room), and the end marker, if one "
                + "was put, never arrived either";
    }

    /** What the watch saw when it stepped in for run() instead of start() or a busy loop: that is what went wrong. */
    private Optional<String> steppedIn() {
        return rescue != null && (rescue.kind() == PipelineWatch.Kind.RUN_NOT_START
                || rescue.kind() == PipelineWatch.Kind.SPIN) ? Optional.of(rescued()) : Optional.empty();
    }

    /**
     * Whether the answer read the whole source and returned, yet never handed an item to the handler and started
     * no platform thread: the consumer threads were made but (it seems) never started.
     */
    private boolean threadsNeverStarted() {
        return rescue == null && log.exhausted() && log.consumers().isEmpty() && log.platformThreadsStarted() == 0;
    }

    private String neverStarted() {
        return " It read the whole source, yet no thread ever took an item to the handler, and it started no "
                + "thread: were the consumer threads started? A Thread does nothing until start() is called on it.";
    }

    private static String consumersQuitEarly() {
        return "Did the consumers stop as soon as the queue was empty for a moment (poll() returned null, or "
                + "isEmpty())? A queue is empty whenever the consumers are quicker than the producer; let them wait "
                + "with take() until a poison pill says the items are over.";
    }

    private static String sharedList() {
        return "A plain ArrayList shared by several threads is a data race (lesson 07) that loses, repeats and hands "
                + "out null; a BlockingQueue gives each item to exactly one taker.";
    }

    /**
     * When {@code thrown} came out of a plain {@code ArrayList} (an index out of its bounds, a concurrent
     * modification), what that says: threads changed one list at once. Empty for anything else.
     */
    static Optional<String> sharedListBroke(String answer, Throwable thrown) {
        boolean listBroke = (thrown instanceof IndexOutOfBoundsException
                || thrown instanceof java.util.ConcurrentModificationException)
                && java.util.Arrays.stream(thrown.getStackTrace()).limit(8) // past Objects.checkIndex's frames
                        .anyMatch(f -> f.getClassName().startsWith("java.util.ArrayList"));
        if (!listBroke) {
            return Optional.empty();
        }
        return Optional.of(answer + " threw " + thrown.getClass().getSimpleName() + " inside an ArrayList ("
                + Text.truncate(String.valueOf(thrown.getMessage()), 80) + "): the list was changed by two threads "
                + "at once, one adding while the other removed. " + sharedList());
    }

    /**
     * Every item handled once, all before the answer returned. {@code alive}: the answer's threads still alive a
     * moment after it returned (a pool's worker thread may still be on its way out when {@code close()} returns).
     */
    Optional<String> handledEveryItemOnce(List<Thread> alive) {
        if (rescue != null && rescue.kind() != PipelineWatch.Kind.PILLS) {
            return Optional.of(rescued());
        }
        List<Integer> never = log.neverHandled();
        int n = log.items().size();
        if (never.size() == n && n > 0) {
            return Optional.of(answer + " handled none of the " + n + " items: every item the source gives must be "
                    + "passed to the handler once" + (log.produced() == 0 ? " (the source was never read)."
                    : threadsNeverStarted() ? "." + neverStarted() : "."));
        }
        if (!never.isEmpty()) {
            boolean consumersEnded = !log.consumers().isEmpty() && log.consumers().stream().noneMatch(alive::contains);
            return Optional.of(count(never.size(), "item") + " of " + n + " never reached the handler (" + items(never)
                    + ")" + (log.produced() < n ? "; the source was read only up to item " + (log.produced() + 1) + "."
                    : !log.consumedWhileProducing() ? ", though the consumers started only after every item had been "
                            + "read: were they lost by consumers removing from one plain list at once? " + sharedList()
                    : consumersEnded && log.hadQuietMoment() ? ", because the consumers had all ended before the "
                            + "producer was done. " + consumersQuitEarly()
                            : ": were they dropped on the way (offer() on a full queue returns false and drops the item)?"));
        }
        List<String> strangers = log.strangers();
        if (strangers.contains(null)) {
            return Optional.of("a consumer passed null to the handler, which the source never gave: two consumers took "
                    + "from the same collection at once. " + sharedList());
        }
        if (!strangers.isEmpty()) {
            return Optional.of("the handler was given " + Text.visible(Text.truncate(strangers.getFirst(), 40))
                    + ", which the source never gave (a poison pill?): pass the handler only the source's items, and "
                    + "let a consumer that takes its pill stop without handling it.");
        }
        List<Integer> twice = log.handledTwice();
        if (!twice.isEmpty()) {
            return Optional.of(count(twice.size(), "item") + " reached the handler more than once (" + items(twice) + "): "
                    + "hand each item to exactly one consumer. " + sharedList());
        }
        List<Integer> late = java.util.stream.Stream.concat(log.handledAfterReturn().stream(),
                log.unfinishedAtReturn().stream()).distinct().sorted().toList();
        if (!late.isEmpty()) {
            return Optional.of(answer + " returned before " + count(late.size(), "item") + " had been handled ("
                    + items(late) + "): wait for the consumers (join() them, or close their executor) before returning.");
        }
        return Optional.empty();
    }

    /** The answer returned by itself: the watch did not have to end a wait that would have lasted for ever. */
    Optional<String> returned() {
        return rescue == null ? Optional.empty()
                : Optional.of(answer + " did not return by itself: " + rescued());
    }

    /** Every consumer ended before the answer returned. */
    Optional<String> consumersEnded(List<Thread> alive) {
        if (rescue != null) {
            return Optional.of(rescued());
        }
        // Proof that a consumer had not ended, however soon it ended after: it was handling an item when the answer
        // returned, or began to handle one after.
        int busy = log.handlingAtReturn();
        if (busy > 0) {
            return Optional.of(answer + " returned while its consumers were still at work: " + count(busy, "item")
                    + (busy == 1 ? " was" : " were") + " being handled when it returned. Consumers must end (a poison "
                    + "pill each) and " + answer + " must wait for them (join(), or close their executor) before "
                    + "returning.");
        }
        List<Integer> late = log.handledAfterReturn();
        if (!late.isEmpty()) {
            return Optional.of(answer + " returned while its consumers were still at work: they began to handle "
                    + count(late.size(), "item") + " (" + items(late) + ") after it had returned. Consumers must end (a "
                    + "poison pill each) and " + answer + " must wait for them (join(), or close their executor) before "
                    + "returning.");
        }
        if (!alive.isEmpty()) {
            return Optional.of(answer + " left " + count(alive.size(), "thread") + " running after it returned ("
                    + ProbeFacts.names(alive, 4) + "): " + (log.consumers().stream().anyMatch(alive::contains)
                    ? "consumers must end (a poison pill each) and " + answer + " must wait for them (join(), or close "
                            + "their executor) before returning."
                    : "every thread it starts must have ended by the time it returns (an executor that is never closed "
                            + "keeps its threads alive)."));
        }
        return Optional.empty();
    }

    /** At least {@code consumers} handlings at once, none on the caller. */
    Optional<String> consumedAtOnce(int consumers) {
        Optional<String> stepped = steppedIn();
        if (stepped.isPresent()) {
            return stepped;
        }
        List<Thread> threads = log.consumers();
        if (threads.isEmpty()) {
            return Optional.of(answer + " never handled an item, so no consumer was seen at work."
                    + (threadsNeverStarted() ? neverStarted() : ""));
        }
        if (threads.contains(log.caller())) {
            return Optional.of("items were handled on the thread that called " + answer + (log.handledThroughThreadRun()
                    ? ", inside a Thread's run() that it called: run() runs a thread's code right where it is called. "
                            + "Call start(), which runs it on the new thread, beside the others."
                    : ": the consumers must be threads of their own, taking items from the queue while the producer "
                            + "puts them."));
        }
        if (log.peakInside() >= consumers) {
            return Optional.empty();
        }
        if (threads.size() < consumers) {
            return Optional.of("the items were handled by " + count(threads.size(), "thread") + " ("
                    + ProbeFacts.names(threads, 4) + "), so at most " + log.peakInside() + " at once: start " + consumers
                    + " consumer threads, each taking items from the same queue.");
        }
        return Optional.of("at most " + log.peakInside() + " items were handled at the same time, by "
                + ProbeFacts.names(threads, 4) + ": the " + consumers + " consumers should take and handle items side by "
                + "side.");
    }

    /** Consumers handled the items already read while the producer was held half-way (a pipeline, not a batch). */
    Optional<String> consumedWhileProducing() {
        Optional<String> stepped = steppedIn();
        if (stepped.isPresent()) {
            return stepped;
        }
        if (log.consumedWhileProducing()) {
            return Optional.empty();
        }
        if (log.handledThroughThreadRun()) {
            return Optional.of("the producer was held after reading " + count(log.heldAfter(), "item") + " for "
                    + Text.duration(java.time.Duration.ofNanos(log.heldNanos())) + ", and no consumer handled any of "
                    + "them: " + answer + " called run() on its consumer threads instead of start(), and run() runs "
                    + "a thread's code right where it is called, so each consumer's loop ran on the thread that called "
                    + answer + ", after the producer, never beside it. Call start(), which runs it on the new thread.");
        }
        return Optional.of("the producer was held after reading " + count(log.heldAfter(), "item") + " for "
                + Text.duration(java.time.Duration.ofNanos(log.heldNanos())) + ", and no consumer handled any of them: "
                + answer + " starts its consumers only after " + readFirst() + ", so it is a batch, not a "
                + "pipeline (a source that never ends, or a slow one, would never be handled). Start the consumers "
                + "first; they take items from the queue while the producer reads and puts them. If the items were "
                + "kept in a plain list shared by the consumers, that is also a data race (lesson 07).");
    }

    /** How far the producer had read when the first item was handled: "every item has been read", or how many. */
    private String readFirst() {
        int read = log.readAtFirstHandling();
        return read >= log.items().size() ? "every item has been read" : count(read, "item") + " have been read";
    }

    /** No thread of the answer was running at every look of the quiet moment ({@link SpinLooks}). */
    Optional<String> waitedWithoutSpinning() {
        Optional<String> stepped = steppedIn();
        if (stepped.isPresent()) {
            return stepped;
        }
        if (!log.hadQuietMoment()) {
            return Optional.of(answer + " never read far enough into the source for the check to watch how the "
                    + "consumers wait.");
        }
        if (!log.consumedWhileProducing()) {
            return Optional.of("no consumer was running while the producer was held after reading "
                    + count(log.heldAfter(), "item") + ": " + answer + " starts its consumers only after "
                    + readFirst() + ", so they never wait for an item and the check could not see how they would. "
                    + "Start the consumers before the producer reads; they wait with take() for the items to come.");
        }
        // judged by what the threads did at each look, not by the processor time a crowded machine gave them
        List<String> spinners = log.quietSpinners();
        if (spinners.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> cpu = log.quietCpu();
        long total = spinners.stream().mapToLong(name -> cpu.getOrDefault(name, 0L)).sum();
        boolean one = spinners.size() == 1;
        return Optional.of("while the queue stayed empty for " + Text.duration(java.time.Duration.ofNanos(log.quietNanos()))
                + ", " + joined(spinners) + (one ? " never waited: it was" : " never waited: they were") + " running "
                + "(or queueing for a lock) at every one of the check's " + log.quietLooks() + " looks"
                + (total > 0 ? ", and used " + Text.duration(java.time.Duration.ofNanos(total)) + " of CPU time" : "")
                + ", doing nothing useful: polling in a busy loop (poll() or isEmpty() again and again), which keeps a "
                + "core busy. poll() without a timeout returns null at once on an empty queue; take() waits without "
                + "using the processor.");
    }

    /** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
    private static String joined(List<String> names) {
        List<String> shown = new ArrayList<>(names.subList(0, Math.min(3, names.size())));
        if (names.size() > 3) {
            shown.add((names.size() - 3) + " more");
        }
        return shown.size() == 1 ? shown.getFirst()
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
    }

    /** The producer never ran more than {@code capacity} (plus the item in its hand) ahead of the work. */
    Optional<String> neverAhead(int capacity) {
        if (rescue != null && rescue.kind() != PipelineWatch.Kind.NO_END) {
            return Optional.of(rescued());
        }
        int ahead = log.maxAhead();
        if (ahead <= log.aheadAllowed() && log.maxOver() <= 0) {
            return Optional.empty();
        }
        if (log.heldBack()) {
            return Optional.of("the producer waited for room on its queue, but only once it was "
                    + Math.max(ahead, log.aheadWhenOver()) + " items ahead of the work: a full queue of " + capacity
                    + " and the item in the producer's hand make " + (capacity + 1) + " while the work is busy, so its"
                    + " queue holds more than " + capacity + ". Make it new ArrayBlockingQueue<>(capacity), not capacity"
                    + " + 1: the end marker waits for a free place like any item.");
        }
        return Optional.of("the producer read " + ahead + " items ahead of the work (while the work was held on its "
                + "first item), but the queue may hold only " + capacity + ": nothing held the producer back. A queue "
                + "without a bound (new LinkedBlockingQueue<>(), or a list) lets it run ahead as far as it likes, "
                + "filling memory; new ArrayBlockingQueue<>(capacity) makes put() wait while the queue is full.");
    }

    /** {@code results} are the work's results in source order. */
    Optional<String> resultsInOrder(List<?> results, List<?> expected) {
        if (rescue != null) {
            return Optional.of(rescued());
        }
        if (results == null) {
            return Optional.of(answer + " returned null instead of a list of " + expected.size() + " results.");
        }
        if (results.equals(expected)) {
            return Optional.empty();
        }
        List<Integer> never = log.neverHandled();
        if (!never.isEmpty()) {
            return Optional.of(count(never.size(), "item") + " of " + expected.size() + " never reached the work ("
                    + items(never) + "): did the producer drop them (offer() on a full queue returns false; add() throws)? "
                    + "put() waits until there is room.");
        }
        if (ProbeFeedback.sorted(results, expected)) {
            return Optional.of(answer + " returned " + Text.listed(results, 6) + ": the results sorted by their values, "
                    + "not in the order of the source " + Text.listed(expected, 6) + ". The order of the source is the "
                    + "order its items were read, whatever the results: don't sort them; add each result as its item "
                    + "is taken.");
        }
        return Optional.of(answer + " returned " + Text.listed(results, 6) + "; expected " + Text.listed(expected, 6)
                + ", every result once, in the order of the source.");
    }

    /** The source was read by threads other than the caller, and the work done on the caller. */
    Optional<String> producedOnAThreadOfItsOwn() {
        Optional<String> stepped = steppedIn();
        if (stepped.isPresent()) {
            return stepped;
        }
        Thread caller = log.caller();
        if (log.producers().isEmpty()) {
            return Optional.of(answer + " never read the source.");
        }
        if (log.producers().contains(caller)) {
            return Optional.of(answer + " read the source on the thread that called it: start a producer thread that "
                    + "reads the source and puts each item on the queue, while the calling thread takes them and does "
                    + "the work.");
        }
        List<Thread> workers = log.consumers().stream().filter(t -> t != caller).toList();
        if (!workers.isEmpty()) {
            return Optional.of("the work ran on " + ProbeFacts.names(workers, 3) + ", not on the thread that called "
                    + answer + ": the calling thread should take the items from the queue and do the work itself.");
        }
        return Optional.empty();
    }

    /** No producer or consumer thread alive after the return. */
    Optional<String> leftNothingRunning(List<Thread> alive) {
        if (alive.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer + " left " + count(alive.size(), "thread") + " running after it returned ("
                + ProbeFacts.names(alive, 4) + "): wait for the threads you start (join()) before returning.");
    }

    private String items(List<Integer> indices) {
        List<String> shown = new ArrayList<>();
        for (int i : indices.subList(0, Math.min(6, indices.size()))) {
            shown.add(Text.visible(Objects.toString(log.items().get(i))));
        }
        return String.join(", ", shown) + (indices.size() > 6 ? " and " + (indices.size() - 6) + " more" : "");
    }

    private static String count(int n, String thing) {
        return Text.count(n) + " " + thing + (n == 1 ? "" : "s");
    }
}
