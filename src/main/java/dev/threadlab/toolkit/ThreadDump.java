package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the JVM's live platform threads, from {@link Threads#dump()}.
 *
 * <pre>{@code
 * Threads.dump().matching("pool")   // only threads whose name contains "pool"
 * }</pre>
 *
 * <p>Immutable. Shows itself as a table; virtual threads are not included (see {@link Threads}).
 *
 * @param threads one entry per thread, ordered by id
 */
public record ThreadDump(List<Entry> threads) implements Displayable {

    /**
     * One thread.
     *
     * @param name     the thread's name
     * @param id       its id
     * @param state    what it was doing: RUNNABLE, BLOCKED (on a monitor), WAITING, TIMED_WAITING, …
     * @param daemon   whether it keeps the JVM alive ({@code false}) or not
     * @param holds    the locks it holds, comma-separated, empty if none
     * @param waitsFor the lock it waits for and who holds it, empty if none
     * @param frames   the top stack frames, innermost first
     */
    public record Entry(String name, long id, Thread.State state, boolean daemon, String holds, String waitsFor,
                        List<String> frames) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(waitsFor, "waitsFor");
            frames = List.copyOf(frames);
        }
    }

    public ThreadDump {
        threads = List.copyOf(threads);
    }

    /** The threads whose name contains {@code text}. */
    public ThreadDump matching(String text) {
        Objects.requireNonNull(text, "text");
        return new ThreadDump(threads.stream().filter(t -> t.name().contains(text)).toList());
    }

    /** The threads as a table, one row each, frames joined by {@code ←} (called from). */
    public Table table() {
        List<List<?>> rows = new ArrayList<>();
        for (Entry t : threads) {
            rows.add(List.of(t.name(), t.id(), t.state().name(), t.daemon() ? "daemon" : "", t.holds(), t.waitsFor(),
                    String.join(" ← ", t.frames())));
        }
        return Table.of(List.of("thread", "id", "state", "daemon", "holds", "waits for", "top frames"), rows)
                .withCaption(threads.size() + " platform threads (virtual threads are not visible to ThreadMXBean)");
    }

    @Override
    public MimeBundle mimeBundle() {
        return table().mimeBundle();
    }
}
