// about: thinks of ranges as [from, to] and ends each one a number short, leaving gaps between them
// answer: l02-sum-in-parallel
// score: 3
// expect: were never summed: the ranges [0, 249) and [250, 499) leave them out
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] results = new long[threads];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk - 1;
        workers.add(Thread.ofPlatform().start(() -> results[slot] = sumRange.applyAsLong(from, to)));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return LongStream.of(results).sum();
}
