// about: an AtomicLong, but read with get() and written with set(): two steps, still a race
// answer: l02-parallel-total
// score: 2
// expect: went missing
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    AtomicLong total = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                total.set(total.get() + value.applyAsLong(i));
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total.get();
}
