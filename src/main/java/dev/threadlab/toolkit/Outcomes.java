package dev.threadlab.toolkit;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How often each result came out of repeated runs of a trial ({@link Check#repeat}): the evidence of a race.
 *
 * <pre>{@code
 * Outcomes<Integer> counts = Check.repeat(200, () -> countTo(1000, 2));
 * Assertions.assertEquals(0, counts.count(n -> n != 2000), "lost updates: " + counts); // 200 runs: 2,000 ×183, …
 * }</pre>
 *
 * <p>Immutable and thread-safe. Results are compared with {@code equals}; {@code null} is a result too.
 *
 * @param <T> the type of a trial's result
 */
public final class Outcomes<T> {

    private final Map<T, Integer> counts;
    private final int total;

    Outcomes(List<T> results) {
        Map<T, Integer> byResult = new HashMap<>();
        results.forEach(r -> byResult.merge(r, 1, Integer::sum));
        Map<T, Integer> sorted = new LinkedHashMap<>();
        byResult.entrySet().stream()
                .sorted(Map.Entry.<T, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        this.counts = Collections.unmodifiableMap(sorted);
        this.total = results.size();
    }

    /** How many trials ran. */
    public int total() {
        return total;
    }

    /** How many trials ended in a result that {@code matches}. */
    public int count(Predicate<? super T> matches) {
        Objects.requireNonNull(matches, "matches");
        return counts.entrySet().stream().filter(e -> matches.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    /** Each distinct result with how many trials ended in it, the most frequent first. */
    public Map<T, Integer> asMap() {
        return counts;
    }

    /** {@code 200 runs: 2,000 ×183, 1,999 ×12, 1,998 ×5} (whole numbers grouped, as feedback writes them). */
    @Override
    public String toString() {
        return Text.count(total) + " run" + (total == 1 ? "" : "s") + (counts.isEmpty() ? "" : ": ")
                + counts.entrySet().stream().map(e -> result(e.getKey()) + " ×" + Text.count(e.getValue()))
                        .collect(Collectors.joining(", "));
    }

    private static String result(Object result) {
        return result instanceof Long || result instanceof Integer || result instanceof Short
                ? Text.count(((Number) result).longValue()) : String.valueOf(result);
    }
}
