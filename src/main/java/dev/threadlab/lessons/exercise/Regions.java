package dev.threadlab.lessons.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker regions of a code cell (docs/exercises.md): {@code // BEGIN SOLUTION[: text]} …
 * {@code // END SOLUTION} and {@code // BEGIN HIDDEN TESTS} … {@code // END HIDDEN TESTS}, each marker a
 * whole comment line. Finds them, rejects unbalanced or nested ones, and cuts them out.
 */
final class Regions {

    /** What a region holds. */
    enum Kind {
        SOLUTION("SOLUTION"), HIDDEN_TESTS("HIDDEN TESTS");

        final String marker;

        Kind(String marker) {
            this.marker = marker;
        }
    }

    /**
     * One region: lines {@code begin} to {@code end} (0-based, markers included).
     *
     * @param indent the BEGIN marker's indentation
     * @param text   the text after {@code BEGIN SOLUTION:}, when there is any
     */
    record Region(Kind kind, int begin, int end, String indent, Optional<String> text) {}

    static final String GENERIC_STUB_TEXT = "replace this line with your answer.";

    private static final Pattern MARKER = Pattern.compile("^([ \\t]*)//\\s*(BEGIN|END)\\s+(SOLUTION|HIDDEN\\s+TESTS)\\b(.*)$");
    private static final Pattern SOLUTION_TEXT = Pattern.compile("^\\s*(?::\\s*(.*?))?\\s*$");
    private static final Pattern MARKER_AFTER_CODE = Pattern.compile("\\S.*//\\s*(BEGIN|END)\\s+(SOLUTION|HIDDEN\\s+TESTS)\\b");

    private Regions() {}

    /** The lines of {@code source}, each with its line break. */
    static List<String> lines(String source) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', start)) {
            lines.add(source.substring(start, i + 1));
            start = i + 1;
        }
        if (start < source.length()) {
            lines.add(source.substring(start));
        }
        return lines;
    }

    /** Whether any line of {@code source} is a BEGIN marker, well-formed or not. */
    static boolean hasBeginMarker(String source) {
        return lines(source).stream().map(line -> MARKER.matcher(line.stripTrailing()))
                .anyMatch(m -> m.matches() && m.group(2).equals("BEGIN"));
    }

    /** The regions of a code cell's source, in order; {@code place} names the cell in the exception. */
    static List<Region> find(String source, CellPlace place) throws ExerciseFormatException {
        List<String> lines = lines(source);
        List<Region> regions = new ArrayList<>();
        Region open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            Matcher m = MARKER.matcher(line);
            if (!m.matches()) {
                if (MARKER_AFTER_CODE.matcher(line).find()) {
                    throw error(place, i, "a marker must be a comment line of its own, but here code comes before it; "
                            + "move the marker to its own line.");
                }
                continue;
            }
            Kind kind = m.group(3).startsWith("SOLUTION") ? Kind.SOLUTION : Kind.HIDDEN_TESTS;
            String marker = "// " + m.group(2) + " " + kind.marker;
            if (m.group(2).equals("BEGIN")) {
                if (open != null) {
                    throw error(place, i, "`" + marker + "` inside the region that `// BEGIN " + open.kind().marker
                            + "` opened on line " + (open.begin() + 1) + "; regions cannot nest: close that one first.");
                }
                open = new Region(kind, i, -1, m.group(1), beginText(kind, m.group(4), marker, place, i));
            } else {
                if (!m.group(4).isBlank()) {
                    throw error(place, i, "`" + marker + "` must be alone on its line; remove \"" + m.group(4).strip() + "\".");
                }
                if (open == null || open.kind() != kind) {
                    throw error(place, i, "`" + marker + "` without a `// BEGIN " + kind.marker + "` before it; "
                            + "add the BEGIN marker or remove this line.");
                }
                regions.add(new Region(kind, open.begin(), i, open.indent(), open.text()));
                open = null;
            }
        }
        if (open != null) {
            throw error(place, open.begin(), "`// BEGIN " + open.kind().marker + "` is never closed; add `// END "
                    + open.kind().marker + "` after the last line of the region.");
        }
        return regions;
    }

    private static Optional<String> beginText(Kind kind, String rest, String marker, CellPlace place, int line)
            throws ExerciseFormatException {
        if (kind == Kind.HIDDEN_TESTS) {
            if (!rest.isBlank()) {
                throw error(place, line, "`" + marker + "` must be alone on its line; remove \"" + rest.strip() + "\".");
            }
            return Optional.empty();
        }
        Matcher text = SOLUTION_TEXT.matcher(rest);
        if (!text.matches()) {
            throw error(place, line, "write `// BEGIN SOLUTION` or `// BEGIN SOLUTION: what to write`, with a colon "
                    + "before the text, not `" + marker + rest + "`.");
        }
        return Optional.ofNullable(text.group(1)).filter(t -> !t.isBlank());
    }

    private static ExerciseFormatException error(CellPlace place, int line, String what) {
        return new ExerciseFormatException(place + ", line " + (line + 1) + ": " + what);
    }

    /** {@code source} with every solution region replaced by its stub line and every hidden-test region removed. */
    static String release(String source, List<Region> regions) {
        List<String> lines = lines(source);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (Region region : regions) {
            lines.subList(next, region.begin()).forEach(out::append);
            if (region.kind() == Kind.SOLUTION) {
                String last = lines.get(region.end());
                out.append(region.indent()).append(stub(region.text())).append(last.endsWith("\n") ? "\n" : "");
            }
            next = region.end() + 1;
        }
        lines.subList(next, lines.size()).forEach(out::append);
        return out.toString();
    }

    /** The line that stands for a solution: it fails loudly and says what to write. */
    static String stub(Optional<String> text) {
        String message = "Not written yet: " + text.orElse(GENERIC_STUB_TEXT);
        return "throw new UnsupportedOperationException(\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\");";
    }
}
