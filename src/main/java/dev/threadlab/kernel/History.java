package dev.threadlab.kernel;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.protocol.Reply.HistoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel's session, answering {@code history_request} (tail, range, search).
 *
 * <p>Kept in memory for the life of the kernel process, as session {@link #SESSION}. Thread-safe.
 */
final class History {

    /** The session number of this kernel's history. */
    static final int SESSION = 1;

    private record Cell(int line, String input, String output) {}

    private final List<Cell> cells = new ArrayList<>();

    /** Records a cell; {@code output} is its result as text, or null when it showed none. */
    synchronized void add(int line, String input, String output) {
        cells.add(new Cell(line, input, output));
    }

    /** The last {@code n} cells (all of them when {@code n <= 0}). */
    synchronized List<HistoryEntry> tail(int n, boolean withOutput) {
        int from = n <= 0 ? 0 : Math.max(0, cells.size() - n);
        return entries(cells.subList(from, cells.size()), withOutput);
    }

    /**
     * Cells with {@code start <= line < stop} of {@code session} (0 means this session; a stop of 0 means
     * to the end). Other sessions have no cells here.
     */
    synchronized List<HistoryEntry> range(int session, int start, int stop, boolean withOutput) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        return entries(cells.stream()
                .filter(c -> c.line() >= start && (stop <= 0 || c.line() < stop))
                .toList(), withOutput);
    }

    /**
     * Cells whose input matches the glob {@code pattern} ({@code *} any text, {@code ?} one character),
     * the last {@code n} of them when {@code n > 0}; with {@code unique}, each input once (its latest run).
     */
    synchronized List<HistoryEntry> search(String pattern, int n, boolean unique, boolean withOutput) {
        Pattern regex = glob(pattern);
        List<Cell> found = cells.stream().filter(c -> regex.matcher(c.input()).matches()).toList();
        if (unique) {
            Map<String, Cell> latest = new LinkedHashMap<>();
            for (Cell c : found) {
                latest.remove(c.input());
                latest.put(c.input(), c);
            }
            found = List.copyOf(latest.values());
        }
        if (n > 0 && found.size() > n) {
            found = found.subList(found.size() - n, found.size());
        }
        return entries(found, withOutput);
    }

    private static List<HistoryEntry> entries(List<Cell> cells, boolean withOutput) {
        return cells.stream()
                .map(c -> new HistoryEntry(SESSION, c.line(), c.input(), withOutput ? nullToEmpty(c.output()) : null))
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
