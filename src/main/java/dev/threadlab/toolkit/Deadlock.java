package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Threads that wait for each other in a cycle, from {@link Threads#deadlocks()}, explained in words.
 *
 * <pre>{@code
 * Deadlock d = Threads.deadlocks();
 * d.found()        // true
 * d.explanation()  // "Deadlock: worker-1 holds ReentrantLock@1b6d3586 and waits for
 *                  //  ReentrantLock@4554617c held by worker-2; worker-2 holds … held by worker-1."
 * }</pre>
 *
 * <p>Immutable. Empty {@code links} means no deadlock was found.
 *
 * @param links each deadlocked thread with what it holds and waits for, in cycle order
 */
public record Deadlock(List<Link> links) implements Displayable {

    /**
     * One thread in the cycle.
     *
     * @param thread   its name
     * @param holds    the lock it holds that the previous thread waits for
     * @param waitsFor the lock it waits for
     * @param owner    the thread holding {@code waitsFor}
     */
    public record Link(String thread, String holds, String waitsFor, String owner) {
        public Link {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(waitsFor, "waitsFor");
            Objects.requireNonNull(owner, "owner");
        }
    }

    public Deadlock {
        links = List.copyOf(links);
    }

    /** Whether any threads are deadlocked. */
    public boolean found() {
        return !links.isEmpty();
    }

    /** The cycle in words, or a sentence saying there is none. */
    public String explanation() {
        if (links.isEmpty()) {
            return "No deadlock: no platform threads wait for each other in a cycle.";
        }
        return "Deadlock: " + cycle() + ". None of them can go on; " + FIXED_ORDER;
    }

    /** What ends a deadlock's explanation unless the caller knows better: the cure lesson 08 teaches. */
    static final String FIXED_ORDER = "taking locks in one fixed order everywhere prevents this.";

    /** "worker-1 holds A and waits for B held by worker-2; worker-2 holds B and waits for A held by worker-1". */
    String cycle() {
        List<String> parts = new ArrayList<>();
        for (Link l : links) {
            parts.add(l.thread() + " holds " + l.holds() + " and waits for " + l.waitsFor() + " held by " + l.owner());
        }
        return String.join("; ", parts);
    }

    /** The same cycle with each lock's name passed through {@code rename}. */
    Deadlock renamed(UnaryOperator<String> rename) {
        return new Deadlock(links.stream()
                .map(l -> new Link(l.thread(), rename.apply(l.holds()), rename.apply(l.waitsFor()), l.owner()))
                .toList());
    }

    @Override
    public MimeBundle mimeBundle() {
        MimeBundle text = MimeBundle.text(explanation());
        if (links.isEmpty()) {
            return text;
        }
        List<List<?>> rows = new ArrayList<>();
        links.forEach(l -> rows.add(List.of(l.thread(), l.holds(), l.waitsFor(), l.owner())));
        Table table = Table.of(List.of("thread", "holds", "waits for", "held by"), rows).withCaption(explanation());
        return text.with("text/html", table.toHtml()).with("text/markdown", table.toMarkdown());
    }
}
