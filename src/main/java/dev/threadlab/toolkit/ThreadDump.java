package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import dev.threadlab.wire.ThreadDumpView;
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
 * {@link #matching} to see others. Its text fits {@value #TEXT_WIDTH} columns ({@link #toText(int)}); the terminal
 * app draws it for the terminal's width; the HTML and Markdown tables are whole.
 *
 * @param threads one entry per thread, ordered by id
 */
public record ThreadDump(List<Entry> threads) implements Displayable {

    /** How many threads the table shows. */
    public static final int SHOWN = 200;

    /** How wide the display's text is ({@code text/plain}, which has no width in Jupyter). */
    public static final int TEXT_WIDTH = 100;

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
        for (Entry t : shown()) {
            rows.add(List.of(t.name(), t.id(), t.virtual() ? "virtual" : "platform", t.state(), t.holds(),
                    t.waitsFor(), String.join(" ← ", t.frames())));
        }
        return Table.of(List.of("thread", "id", "kind", "state", "holds", "waits for", "top frames"), rows)
                .withCaption(caption());
    }

    /**
     * The threads as box-drawn text whose table is at most {@code width} characters wide: the {@link #table()}
     * when it fits; else one row per thread with its name, id, state and the locks it holds and waits for
     * (wrapped within their columns; long names shortened in the middle with {@code …}, locks keeping their
     * {@code @hash}), and its top frames on a line under the row, cut with {@code …}. Lock columns empty in every
     * row are left out, and the kind when all threads are of one kind (the caption counts the virtual ones).
     *
     * @throws IllegalArgumentException if {@code width} is not positive
     */
    public String toText(int width) {
        return view().text(width);
    }

    /** Text {@value #TEXT_WIDTH} wide, the whole table in HTML and Markdown, and the data the terminal app draws. */
    @Override
    public MimeBundle mimeBundle() {
        Table table = table();
        ThreadDumpView view = view();
        return MimeBundle.text(view.text(TEXT_WIDTH)).with("text/html", table.toHtml())
                .with("text/markdown", table.toMarkdown()).with(ThreadDumpView.MIME_TYPE, view.json());
    }

    private List<Entry> shown() {
        return threads.subList(0, Math.min(SHOWN, threads.size()));
    }

    private String caption() {
        long virtual = threads.stream().filter(Entry::virtual).count();
        return "%s threads (%s virtual)%s".formatted(Text.count(threads.size()), Text.count(virtual),
                threads.size() > SHOWN ? ", showing the first " + SHOWN + "; use matching(\"name\") for others" : "");
    }

    /** The threads shown, as text the table would print (control characters made visible). */
    private ThreadDumpView view() {
        List<ThreadDumpView.Row> rows = new ArrayList<>();
        for (Entry t : shown()) {
            rows.add(new ThreadDumpView.Row(Text.visible(t.name()), t.id(), Text.visible(t.state()), t.virtual(),
                    Text.visible(t.holds()), Text.visible(t.waitsFor()), t.frames().stream().map(Text::visible).toList()));
        }
        return new ThreadDumpView(Text.visible(caption()), rows);
    }
}
