// about: every range is n / threads long, so the remainder of the division is never summed
// answer: l02-sum-in-parallel
// score: 3
// expect: the last numbers, from 1000 to 1001, were never summed
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        workers.add(Thread.ofPlatform().start(() -> results[slot] = sumRange.applyAsLong(from, from + chunk)));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return LongStream.of(results).sum();
}
