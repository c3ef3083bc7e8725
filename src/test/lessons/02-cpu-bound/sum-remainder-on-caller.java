// about: the remainder summed on the calling thread after the joins: one range more, on the caller
// answer: l02-sum-in-parallel
// score: 3
// expect: asked sumRange for 5 ranges: split the numbers into exactly 4 ranges, one per thread
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        workers.add(Thread.ofPlatform().start(() -> results[slot] = sumRange.applyAsLong(from, from + chunk)));
    }
    for (Thread w : workers) w.join();
    return LongStream.of(results).sum() + sumRange.applyAsLong(threads * chunk, n);
}
