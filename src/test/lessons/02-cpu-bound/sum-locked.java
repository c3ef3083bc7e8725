// about: guards a shared total with synchronized, but computes the range inside the lock: one thread at a time
// answer: l02-sum-in-parallel
// score: 3
// expect: sumRange was called while holding a lock (synchronized in a lambda in sumInParallel)
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    Object lock = new Object();
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        workers.add(Thread.ofPlatform().start(() -> {
            synchronized (lock) {
                total[0] += sumRange.applyAsLong(from, to);
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
