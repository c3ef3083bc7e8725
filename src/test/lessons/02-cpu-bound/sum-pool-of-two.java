// about: a fixed pool of two threads, whatever threads says
// answer: l02-sum-in-parallel
// score: 3
// expect: only 2 of the 4 threads did any work
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long chunk = n / threads;
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long from = t * chunk;
            long to = t == threads - 1 ? n : from + chunk;
            parts.add(pool.submit(() -> sumRange.applyAsLong(from, to)));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            try {
                total += part.get();
            } catch (ExecutionException e) {
                throw new RuntimeException(e.getCause());
            }
        }
        return total;
    }
}
