// about: a plain HashMap and long, every method synchronized
// answer: l07-tally
// score: 4
class Tally {
    private final Map<String, Long> counts = new HashMap<>();
    private long total;

    synchronized void add(String word) {
        counts.merge(word, 1L, Long::sum);
        total++;
    }

    synchronized long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    synchronized long total() {
        return total;
    }
}
