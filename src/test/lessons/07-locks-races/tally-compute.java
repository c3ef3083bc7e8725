// about: compute with a null check, and an AtomicLong total
// answer: l07-tally
// score: 4
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    void add(String word) {
        counts.compute(word, (w, count) -> count == null ? 1 : count + 1);
        total.incrementAndGet();
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total.get();
    }
}
