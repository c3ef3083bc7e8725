// about: Collections.synchronizedMap: each call is safe, get then put is still two calls
// answer: l07-tally
// score: 2
// expect: Reading the count and then putting the count plus one is two steps
class Tally {
    private final Map<String, Long> counts = Collections.synchronizedMap(new HashMap<>());
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
