package dev.threadlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a class graded on several machines: {@code --shard K/N} keeps every N-th notebook starting at
 * the K-th, in the order the notebooks were named (a directory's in name order). The same inputs give the
 * same split on every machine, and the N shards together hold every notebook exactly once. Immutable.
 *
 * @param index  K, from 1
 * @param count  N, at least 1
 */
record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard takes K/N with 1 <= K <= N (e.g. 2/5), was " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}; the message of the exception says what is wrong. */
    static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard takes K/N, this machine's part K of N parts (e.g. 2/5), was \""
                    + text + "\"");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The items of {@code all} that belong to this shard, in their order. */
    <T> List<T> of(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int i = index - 1; i < all.size(); i += count) {
            mine.add(all.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
