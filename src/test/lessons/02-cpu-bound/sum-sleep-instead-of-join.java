// about: sleeps for half a second instead of joining, then adds up
// answer: l02-sum-in-parallel
// score: 2
// expect: it waited with Thread.sleep (in sumInParallel)
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        new Thread(() -> results[slot] = sumRange.applyAsLong(from, to)).start();
    }
    Thread.sleep(500);
    return LongStream.of(results).sum();
}
