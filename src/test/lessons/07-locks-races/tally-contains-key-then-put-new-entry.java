// about: containsKey, then put a new AtomicLong when missing (check-then-act on a new entry), then increment it
// answer: l07-tally
// score: 2
// expect: two steps
class Tally {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    void add(String word) {
        if (!counts.containsKey(word)) counts.put(word, new AtomicLong());
        counts.get(word).incrementAndGet();
        total.incrementAndGet();
    }
    long count(String word) { AtomicLong c = counts.get(word); return c == null ? 0 : c.get(); }
    long total() { return total.get(); }
}
