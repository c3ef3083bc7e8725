// about: right: supplyAsync on an executor of its own, one stage per range, joined in order
// answer: l02-sum-in-parallel
// score: 5
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long chunk = n / threads;
    try (var executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
        List<CompletableFuture<Long>> parts = IntStream.range(0, threads)
                .mapToObj(t -> CompletableFuture.supplyAsync(
                        () -> sumRange.applyAsLong(t * chunk, t == threads - 1 ? n : (t + 1) * chunk), executor))
                .toList();
        return parts.stream().mapToLong(CompletableFuture::join).sum();
    }
}
