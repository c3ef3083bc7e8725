// about: synchronized on a new object each time: every thread has its own lock, so nothing is excluded
// answer: l02-parallel-total
// score: 2
// expect: went missing
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                synchronized (new Object()) {
                    total[0] += value.applyAsLong(i);
                }
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
