// about: starts the threads and adds up the results at once, without waiting for them
// answer: l02-sum-in-parallel
// score: 2
// expect: it returned before its threads had finished
// expect: did you forget join()?
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        Thread.ofPlatform().start(() -> results[slot] = sumRange.applyAsLong(from, to));
    }
    return LongStream.of(results).sum();
}
