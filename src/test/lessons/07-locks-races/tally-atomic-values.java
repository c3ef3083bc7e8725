// about: AtomicLong per word through computeIfAbsent, AtomicLong total
// answer: l07-tally
// score: 4
class Tally {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    void add(String word) { counts.computeIfAbsent(word, w -> new AtomicLong()).incrementAndGet(); total.incrementAndGet(); }
    long count(String word) { AtomicLong c = counts.get(word); return c == null ? 0 : c.get(); }
    long total() { return total.get(); }
}
