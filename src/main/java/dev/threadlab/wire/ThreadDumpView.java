package dev.threadlab.wire;

import dev.threadlab.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a thread dump's display shows, drawn as text for a width, and the one definition of its {@value #MIME_TYPE}
 * JSON: the toolkit's {@code ThreadDump} writes it ({@link #json()}) in the engine JVM beside its {@code text/plain}
 * ({@link #text} at a default width, since Jupyter's text has none), and the terminal app reads it ({@link #from})
 * to draw the dump for the terminal's width, again after a resize. The format, version {@value #VERSION}:
 * <pre>{"caption", "threads": [{"name", "id", "state", "virtual", "holds", "waits_for", "frames": [...]}], "version"}</pre>
 * Immutable.
 *
 * @param caption what the table is: how many threads, how many shown
 * @param threads the threads shown, one row each
 */
public record ThreadDumpView(String caption, List<Row> threads) {

    /** The MIME type of a thread dump's display data. */
    public static final String MIME_TYPE = "application/vnd.threadlab.threads+json";
    /** The version {@link #json()} writes; one from a newer toolkit is read by the fields this version knows. */
    public static final int VERSION = 1;

    public ThreadDumpView {
        Objects.requireNonNull(caption, "caption");
        threads = List.copyOf(threads);
    }

    /**
     * One thread, its text already made printable (no control characters).
     *
     * @param holds    the locks it holds, comma-separated, empty if none
     * @param waitsFor the lock it waits for and who holds it, empty if none
     * @param frames   its top stack frames, innermost first
     */
    public record Row(String name, long id, String state, boolean virtual, String holds, String waitsFor,
            List<String> frames) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(waitsFor, "waitsFor");
            frames = List.copyOf(frames);
        }

        /** {@code virtual} or {@code platform}. */
        public String kind() {
            return virtual ? "virtual" : "platform";
        }
    }

    /**
     * The caption and box-drawn table, no line of the table wider than {@code width}: the whole table when it fits
     * (thread, id, kind, state, holds, waits for, top frames); else a row of what a learner looks for first,
     * locks wrapped within their columns, long names shortened in the middle with {@code …}, and the top frames on
     * a line under each row, cut with {@code …}; narrower still, the id goes and each thread's locks move to lines
     * under its row too, so that no line is wider than {@code width} down to the terminal app's smallest (50).
     * The caption is wrapped at spaces.
     *
     * @throws IllegalArgumentException if {@code width} is not positive
     */
    public String text(int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be > 0, was " + width);
        }
        return DumpLayout.text(this, width);
    }

    /** The {@value #MIME_TYPE} JSON of this view, on one line, fields in the order the class comment shows. */
    public String json() {
        StringBuilder out = new StringBuilder("{\"caption\":");
        Json.quote(out, caption).append(",\"threads\":[");
        for (int i = 0; i < threads.size(); i++) {
            Row t = threads.get(i);
            Json.quote(out.append(i == 0 ? "{" : ",{").append("\"name\":"), t.name()).append(",\"id\":").append(t.id());
            Json.quote(out.append(",\"state\":"), t.state()).append(",\"virtual\":").append(t.virtual());
            Json.quote(out.append(",\"holds\":"), t.holds());
            Json.quote(out.append(",\"waits_for\":"), t.waitsFor()).append(",\"frames\":[");
            for (int f = 0; f < t.frames().size(); f++) {
                Json.quote(out.append(f == 0 ? "" : ","), t.frames().get(f));
            }
            out.append("]}");
        }
        return out.append("],\"version\":").append(VERSION).append('}').toString();
    }

    /**
     * Reads the JSON text of a view; a missing text field is empty, a missing id 0.
     *
     * @throws IllegalArgumentException when the text is not JSON or has no list of threads
     */
    public static ThreadDumpView parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> root) || !(root.get("threads") instanceof List<?> threads)) {
            throw new IllegalArgumentException("a thread dump view must be a JSON object with a list of \"threads\"");
        }
        List<Row> rows = new ArrayList<>();
        for (Object thread : threads) {
            Map<?, ?> t = thread instanceof Map<?, ?> map ? map : Map.of();
            List<String> frames = new ArrayList<>();
            if (t.get("frames") instanceof List<?> list) {
                list.forEach(f -> frames.add(String.valueOf(f)));
            }
            rows.add(new Row(text(t, "name"), t.get("id") instanceof Double id ? id.longValue() : 0, text(t, "state"),
                    Boolean.TRUE.equals(t.get("virtual")), text(t, "holds"), text(t, "waits_for"), frames));
        }
        return new ThreadDumpView(text(root, "caption"), rows);
    }

    /** The view carried by {@code bundle}, if it is a thread dump's display whose data can be read. */
    public static Optional<ThreadDumpView> from(MimeBundle bundle) {
        String json = bundle.data().get(MIME_TYPE);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(json));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // its text/plain is shown instead
        }
    }

    private static String text(Map<?, ?> fields, String field) {
        return fields.get(field) instanceof String value ? value : "";
    }
}
