// about: right: computes value(i) first, then holds a ReentrantLock only for the addition
// answer: l02-parallel-total
// score: 4
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    ReentrantLock lock = new ReentrantLock();
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                long v = value.applyAsLong(i);
                lock.lock();
                try {
                    total[0] += v;
                } finally {
                    lock.unlock();
                }
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
