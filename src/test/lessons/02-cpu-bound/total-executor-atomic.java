// about: right: an executor of threads threads, invokeAll of one task per share, an AtomicLong with addAndGet
// answer: l02-parallel-total
// score: 4
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    AtomicLong total = new AtomicLong();
    List<Callable<Void>> shares = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        shares.add(() -> {
            for (int i = from; i < to; i++) {
                total.addAndGet(value.applyAsLong(i));
            }
            return null;
        });
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        pool.invokeAll(shares);
    }
    return total.get();
}
