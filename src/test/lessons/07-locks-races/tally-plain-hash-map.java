// about: a plain HashMap and a plain long: nothing is safe for threads
// answer: l07-tally
// score: 1
// expect: lost
class Tally {
    private final Map<String, Long> counts = new HashMap<>();
    private long total;

    void add(String word) {
        counts.put(word, counts.getOrDefault(word, 0L) + 1);
        total++;
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total;
    }
}
