// about: joins only the last thread it started (one variable for every thread)
// answer: l02-sum-in-parallel
// score: 2
// expect: did you forget join()?
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    long chunk = n / threads;
    Thread worker = null;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        worker = new Thread(() -> results[slot] = sumRange.applyAsLong(from, to));
        worker.start();
    }
    worker.join();
    return LongStream.of(results).sum();
}
