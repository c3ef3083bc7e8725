package dev.threadlab.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known magic a mistyped name most likely meant ({@code %tiem} → {@code %timeit}). Stateless. */
final class MagicNames {

    /** At most this many edits (insert, delete, replace, swap two neighbours) apart. */
    static final int MAX_EDITS = 2;

    private MagicNames() {}

    /** The known name fewest edits from {@code typed}, if one is close enough; the earlier one on a tie. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .filter(k -> edits(word, k) <= Math.min(MAX_EDITS, Math.max(1, k.replace("%", "").length() / 2)))
                .min(Comparator.comparingInt(k -> edits(word, k)));
    }

    /** The optimal string alignment distance: Levenshtein plus swaps of two neighbouring characters. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
