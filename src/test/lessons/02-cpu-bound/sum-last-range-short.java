// about: reads "0 to n − 1" as the end of the last range: it stops at n - 1, so the last number is never summed
// answer: l02-sum-in-parallel
// score: 3
// expect: n − 1
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n - 1 : from + chunk;
        workers.add(Thread.ofPlatform().start(() -> results[slot] = sumRange.applyAsLong(from, to)));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return LongStream.of(results).sum();
}
