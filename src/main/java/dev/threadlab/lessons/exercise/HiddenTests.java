package dev.threadlab.lessons.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the hidden tests of a check cell may go (docs/exercises.md): inside the body of a requirement,
 * {@code c.that(points, "requirement", () -> { ... })}, as whole statements, and adding no requirement of
 * their own. Then the learner's notebook, which has no hidden tests, shows the same requirements and the
 * same maximum as the grade. Reads the Java source with a small scanner that knows comments, strings, text
 * blocks and brackets; stateless.
 */
final class HiddenTests {

    private HiddenTests() {}

    /** What is wrong with the hidden-test regions of check cell source {@code source}, one sentence each. */
    static List<String> problems(String source, List<Regions.Region> regions, CellPlace place) {
        List<String> problems = new ArrayList<>();
        List<String> lines = Regions.lines(source);
        Scan scan = new Scan(source);
        for (Regions.Region region : regions) {
            if (region.kind() != Regions.Kind.HIDDEN_TESTS) {
                continue;
            }
            String at = place + ", line " + (region.begin() + 1) + ": ";
            if (scan.requirementAt(offset(lines, region.begin())) < 0) {
                problems.add(at + "these hidden tests are outside every requirement. Hidden tests re-test a stated "
                        + "requirement with other data, so they go inside the body of its c.that(points, "
                        + "\"requirement\", () -> { ... }), after the visible part.");
                continue;
            }
            int from = offset(lines, region.begin());
            int to = offset(lines, region.end() + 1);
            if (scan.depthAt(from) != scan.depthAt(to) || scan.minimumDepth(from, to) < scan.depthAt(from)) {
                problems.add(at + "these hidden tests do not close every bracket they open, or close one opened before "
                        + "them; make them whole statements inside one requirement's body.");
            } else if (scan.callsThat(from, to)) {
                problems.add(at + "these hidden tests declare a requirement (c.that(...)), which the learner's notebook "
                        + "would not show; put their assertions inside the body of the visible requirement they re-test.");
            }
        }
        return problems;
    }

    private static int offset(List<String> lines, int line) {
        int offset = 0;
        for (int i = 0; i < line && i < lines.size(); i++) {
            offset += lines.get(i).length();
        }
        return offset;
    }

    /** The bracket structure of a source: depth and enclosing {@code .that(} call at every character. */
    private static final class Scan {
        private final int[] depth;
        private final int[] requirement; // offset of the innermost enclosing ".that(" paren, or -1
        private final List<Integer> thatCalls = new ArrayList<>();

        Scan(String source) {
            int n = source.length();
            depth = new int[n + 1];
            requirement = new int[n + 1];
            Deque<int[]> open = new ArrayDeque<>(); // {offset, isThat}
            int innermostThat = -1;
            int i = 0;
            while (i < n) {
                char c = source.charAt(i);
                depth[i] = open.size();
                requirement[i] = innermostThat;
                int skip = skip(source, i);
                if (skip > i) {
                    for (int k = i; k < skip && k < n; k++) {
                        depth[k] = open.size();
                        requirement[k] = innermostThat;
                    }
                    i = skip;
                    continue;
                }
                if (c == '(' || c == '{' || c == '[') {
                    boolean that = c == '(' && precededByThat(source, i);
                    open.push(new int[] {i, that ? 1 : 0});
                    if (that) {
                        thatCalls.add(i);
                        innermostThat = i;
                    }
                } else if ((c == ')' || c == '}' || c == ']') && !open.isEmpty()) {
                    open.pop();
                    innermostThat = open.stream().filter(f -> f[1] == 1).mapToInt(f -> f[0]).findFirst().orElse(-1);
                }
                i++;
            }
            depth[n] = open.size();
            requirement[n] = innermostThat;
        }

        int requirementAt(int offset) {
            return requirement[Math.min(offset, requirement.length - 1)];
        }

        int depthAt(int offset) {
            return depth[Math.min(offset, depth.length - 1)];
        }

        int minimumDepth(int from, int to) {
            int min = Integer.MAX_VALUE;
            for (int i = from; i <= Math.min(to, depth.length - 1); i++) {
                min = Math.min(min, depth[i]);
            }
            return min;
        }

        boolean callsThat(int from, int to) {
            return thatCalls.stream().anyMatch(at -> at >= from && at < to);
        }

        /** Whether the {@code (} at {@code paren} follows {@code .that}, white space allowed. */
        private static boolean precededByThat(String source, int paren) {
            int end = paren;
            while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
                start--;
            }
            if (!source.substring(start, end).equals("that")) {
                return false;
            }
            int dot = start;
            while (dot > 0 && Character.isWhitespace(source.charAt(dot - 1))) {
                dot--;
            }
            return dot > 0 && source.charAt(dot - 1) == '.';
        }

        /** The offset after a comment, string, character or text block starting at {@code i}; {@code i} if none. */
        private static int skip(String s, int i) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                return end < 0 ? s.length() : end;
            }
            if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                return end < 0 ? s.length() : end + 2;
            }
            if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                return end < 0 ? s.length() : end + 3;
            }
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < s.length() && s.charAt(k) != c && s.charAt(k) != '\n') {
                    k += s.charAt(k) == '\\' ? 2 : 1;
                }
                return Math.min(k + 1, s.length());
            }
            return i;
        }
    }
}
