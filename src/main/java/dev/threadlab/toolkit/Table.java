package dev.threadlab.toolkit;

import dev.threadlab.display.Displayable;
import dev.threadlab.display.MimeBundle;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table of values that shows itself as HTML, Markdown and box-drawn text.
 *
 * <pre>{@code
 * record Result(String site, int bytes, Duration took) {}
 * Table.fromRecords(results).withCaption("downloads");
 * Table.fromMaps(List.of(Map.of("n", 1), Map.of("n", 2)));
 * Table.of(List.of("thread", "spans"), List.of(List.of("main", 3)));
 * }</pre>
 *
 * <p>Cells are shown with {@code String.valueOf}, except: {@code null} as empty, a
 * {@link java.time.Duration} as {@code 12.3 ms}, a floating-point number with four significant
 * digits. A column whose cells are all numbers or durations is right-aligned. Control characters
 * are made visible and markup is escaped in every format. Immutable and thread-safe (cells are
 * formatted when rendered, so mutable cell values should not change afterwards).
 */
public final class Table implements Displayable {

    private final List<String> headers;
    private final List<List<Object>> rows;
    private final String caption;

    private Table(List<String> headers, List<List<Object>> rows, String caption) {
        this.headers = headers;
        this.rows = rows;
        this.caption = caption;
    }

    /**
     * A table with these column headers and rows; a short row is padded with empty cells.
     *
     * @throws IllegalArgumentException if a row has more cells than there are headers
     */
    public static Table of(List<String> headers, List<? extends List<?>> rows) {
        List<String> heads = List.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(rows, "rows");
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = Objects.requireNonNull(rows.get(i), () -> "row must not be null");
            if (row.size() > heads.size()) {
                throw new IllegalArgumentException("a row must have at most one cell per header (%d), row %d had %d"
                        .formatted(heads.size(), i, row.size()));
            }
            List<Object> cells = new ArrayList<>(row);
            while (cells.size() < heads.size()) {
                cells.add(null);
            }
            copied.add(Collections.unmodifiableList(cells));
        }
        return new Table(heads, Collections.unmodifiableList(copied), null);
    }

    /**
     * A table with a column per record component (in declaration order) and a row per record.
     * An empty list gives a table without columns.
     *
     * @throws IllegalArgumentException if the records are not all of one class
     */
    public static Table fromRecords(List<? extends Record> records) {
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            return of(List.of(), List.of());
        }
        Class<?> type = records.getFirst().getClass();
        RecordComponent[] components = type.getRecordComponents();
        List<String> heads = new ArrayList<>();
        for (RecordComponent c : components) {
            c.getAccessor().trySetAccessible();
            heads.add(c.getName());
        }
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (r == null || r.getClass() != type) {
                throw new IllegalArgumentException("records must all be of one class (%s), row %d was %s"
                        .formatted(type.getName(), i, r == null ? "null" : r.getClass().getName()));
            }
            List<Object> cells = new ArrayList<>(components.length);
            for (RecordComponent c : components) {
                cells.add(read(c, r));
            }
            rows.add(cells);
        }
        return of(heads, rows);
    }

    /** A table with a column per key (in order of first appearance) and a row per map. */
    public static Table fromMaps(List<? extends Map<String, ?>> maps) {
        Objects.requireNonNull(maps, "maps");
        Set<String> keys = new LinkedHashSet<>();
        maps.forEach(m -> keys.addAll(Objects.requireNonNull(m, "map must not be null").keySet()));
        List<List<Object>> rows = new ArrayList<>(maps.size());
        for (Map<String, ?> m : maps) {
            List<Object> cells = new ArrayList<>(keys.size());
            keys.forEach(k -> cells.add(m.get(k)));
            rows.add(cells);
        }
        return of(List.copyOf(keys), rows);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("record component %s of %s could not be read: %s"
                    .formatted(component.getName(), record.getClass().getName(), e), e);
        }
    }

    /** A copy with this caption shown above the table; {@code null} removes it. */
    public Table withCaption(String caption) {
        return new Table(headers, rows, caption);
    }

    /** The column headers. */
    public List<String> headers() {
        return headers;
    }

    /** The rows, each with one cell (possibly null) per header. */
    public List<List<Object>> rows() {
        return rows;
    }

    /** The caption, if any. */
    public Optional<String> caption() {
        return Optional.ofNullable(caption);
    }

    /** Box-drawn text, as in a terminal. */
    public String toText() {
        return TableFormats.text(this);
    }

    /** An HTML {@code <table>} with inline styles only. */
    public String toHtml() {
        return TableFormats.html(this);
    }

    /** A GitHub-flavoured Markdown table. */
    public String toMarkdown() {
        return TableFormats.markdown(this);
    }

    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.text(toText()).with("text/html", toHtml()).with("text/markdown", toMarkdown());
    }

    @Override
    public String toString() {
        return toText();
    }
}
