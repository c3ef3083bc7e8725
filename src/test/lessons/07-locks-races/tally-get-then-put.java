// about: a ConcurrentHashMap updated with get, then put (check-then-act), and an AtomicLong total
// answer: l07-tally
// score: 2
// expect: Reading the count and then putting the count plus one is two steps
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    void add(String word) {
        counts.put(word, counts.getOrDefault(word, 0L) + 1);
        total.incrementAndGet();
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total.get();
    }
}
