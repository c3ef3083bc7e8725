// about: makes a Thread per range but calls run(), which runs each range right there
// answer: l02-sum-in-parallel
// score: 3
// expect: run() runs the code right where you call it
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        new Thread(() -> results[slot] = sumRange.applyAsLong(from, to)).run();
    }
    return LongStream.of(results).sum();
}
