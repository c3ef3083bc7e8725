// about: right: each thread adds into a local sum and stores it in its own slot; added up after join()
// answer: l02-parallel-total
// score: 4
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    long[] sums = new long[threads];
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
        int slot = t;
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers[t] = Thread.ofPlatform().start(() -> {
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += value.applyAsLong(i);
            }
            sums[slot] = sum;
        });
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return LongStream.of(sums).sum();
}
