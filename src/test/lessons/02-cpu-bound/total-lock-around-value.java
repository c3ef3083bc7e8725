// about: right every time, but holds the lock while value computes: only one thread computes at a time
// answer: l02-parallel-total
// score: 2
// expect: value was called while holding a lock
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    Object lock = new Object();
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                synchronized (lock) {
                    total[0] += value.applyAsLong(i);
                }
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
