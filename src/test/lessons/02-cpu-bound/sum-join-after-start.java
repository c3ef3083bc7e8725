// about: joins each thread right after starting it: the ranges are computed one after another
// answer: l02-sum-in-parallel
// score: 3
// expect: did you call join() right after start()?
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        Thread worker = new Thread(() -> results[slot] = sumRange.applyAsLong(from, to));
        worker.start();
        worker.join();
    }
    return LongStream.of(results).sum();
}
