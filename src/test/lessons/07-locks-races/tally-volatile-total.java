// about: merge for the counts, but a volatile long with ++ for the total
// answer: l07-tally
// score: 3
// expect: volatile makes other threads see the new value, it does not make the three steps one
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private volatile long total;

    void add(String word) {
        counts.merge(word, 1L, Long::sum);
        total++;
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total;
    }
}
