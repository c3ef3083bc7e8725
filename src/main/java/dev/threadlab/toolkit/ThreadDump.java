package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the JVM's live threads, from {@link Threads#dump()} (platform threads) or
 * {@link Threads#dumpAll()} (virtual threads too).
 *
 * <pre>{@code
 * Threads.dump().matching("pool")   // only threads whose name contains "pool"
 * }</pre>
 *
 * <p>Immutable. Shows itself as a table of at most {@value #SHOWN} threads; filter with
 * {@link #matching} to see others.
 *
 * @param threads one entry per thread, ordered by id
 */
public record ThreadDump(List<Entry> threads) implements Displayable {

    /** How many threads the table shows. */
    public static final int SHOWN = 200;

    /**
     * One thread.
     *
     * @param name     the thread's name
     * @param id       its id
     * @param state    what it was doing: RUNNABLE, BLOCKED (on a monitor), WAITING, TIMED_WAITING, …
     *                 ("unknown" where the JDK's dump does not say)
     * @param virtual  whether it is a virtual thread
     * @param holds    the locks it holds, comma-separated, empty if none
     * @param waitsFor the lock it waits for and who holds it, empty if none
     * @param frames   the top stack frames, innermost first
     */
    public record Entry(String name, long id, String state, boolean virtual, String holds, String waitsFor,
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

    /** The threads as a table (the first {@value #SHOWN}), frames joined by {@code ←} (called from). */
    public Table table() {
        List<List<?>> rows = new ArrayList<>();
        for (Entry t : threads.subList(0, Math.min(SHOWN, threads.size()))) {
            rows.add(List.of(t.name(), t.id(), t.virtual() ? "virtual" : "platform", t.state(), t.holds(),
                    t.waitsFor(), String.join(" ← ", t.frames())));
        }
        long virtual = threads.stream().filter(Entry::virtual).count();
        String caption = "%s threads (%s virtual)%s".formatted(Text.count(threads.size()), Text.count(virtual),
                threads.size() > SHOWN ? ", showing the first " + SHOWN + "; use matching(\"name\") for others" : "");
        return Table.of(List.of("thread", "id", "kind", "state", "holds", "waits for", "top frames"), rows)
                .withCaption(caption);
    }

    @Override
    public MimeBundle mimeBundle() {
        return table().mimeBundle();
    }
}
