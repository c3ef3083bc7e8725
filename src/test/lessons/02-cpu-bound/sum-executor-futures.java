// about: right: an executor of exactly threads platform threads, a Future per range, closed by try-with-resources
// answer: l02-sum-in-parallel
// score: 5
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long from = n * t / threads;
            long to = n * (t + 1) / threads;
            parts.add(pool.submit(() -> sumRange.applyAsLong(from, to)));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            total += part.get();
        }
        return total;
    } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
    }
}
