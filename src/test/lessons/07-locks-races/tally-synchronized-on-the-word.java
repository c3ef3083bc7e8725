// about: synchronized (word) around get and put: equal words are different String objects, so different locks
// answer: l07-tally
// score: 2
// expect: synchronized (word) does not help either
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    void add(String word) {
        synchronized (word) {
            counts.put(word, counts.getOrDefault(word, 0L) + 1);
        }
        total.incrementAndGet();
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total.get();
    }
}
