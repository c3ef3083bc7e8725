// about: a LongAdder per word made by computeIfAbsent, and a LongAdder total
// answer: l07-tally
// score: 4
class Tally {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void add(String word) {
        counts.computeIfAbsent(word, w -> new LongAdder()).increment();
        total.increment();
    }

    long count(String word) {
        LongAdder count = counts.get(word);
        return count == null ? 0 : count.sum();
    }

    long total() {
        return total.sum();
    }
}
