// about: right: each thread takes every threads-th number, into an AtomicLong
// answer: l02-parallel-total
// score: 4
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    AtomicLong total = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int first = t;
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = first; i < n; i += threads) {
                total.addAndGet(value.applyAsLong(i));
            }
        }));
    }
    for (Thread w : workers) w.join();
    return total.get();
}
