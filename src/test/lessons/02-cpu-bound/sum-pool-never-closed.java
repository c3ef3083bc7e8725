// about: a pool of as many threads as asked for, whose futures it waits for, but that it never closes
// answer: l02-sum-in-parallel
// score: 4
// expect: an executor that is never closed keeps its threads alive
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long chunk = n / threads;
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        parts.add(pool.submit(() -> sumRange.applyAsLong(from, to)));
    }
    long total = 0;
    for (Future<Long> f : parts) {
        try {
            total += f.get();
        } catch (ExecutionException e) {
            throw new RuntimeException(e);
        }
    }
    return total;
}
