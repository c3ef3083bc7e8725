// about: containsKey, then put 1 or put get + 1, on a ConcurrentHashMap; a LongAdder total
// answer: l07-tally
// score: 2
// expect: Use merge(word, 1L, Long::sum) or compute
class Tally {
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void add(String word) {
        if (!counts.containsKey(word)) {
            counts.put(word, 1L);
        } else {
            counts.put(word, counts.get(word) + 1);
        }
        total.increment();
    }

    long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    long total() {
        return total.sum();
    }
}
