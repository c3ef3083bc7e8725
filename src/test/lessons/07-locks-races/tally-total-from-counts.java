// about: total() adds up the counts of a merge map
// answer: l07-tally
// score: 4
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    void add(String word) { counts.merge(word, 1L, Long::sum); }
    long count(String word) { return counts.getOrDefault(word, 0L); }
    long total() { return counts.values().stream().mapToLong(Long::longValue).sum(); }
}
