// about: right: virtual threads adding into an AtomicLong with addAndGet, ranges of n * t / threads
// answer: l02-sum-in-parallel
// score: 5
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    AtomicLong total = new AtomicLong();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
        long from = n * t / threads;
        long to = n * (t + 1) / threads;
        workers[t] = Thread.startVirtualThread(() -> total.addAndGet(sumRange.applyAsLong(from, to)));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total.get();
}
