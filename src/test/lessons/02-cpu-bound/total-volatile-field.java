// about: makes the shared total volatile, hoping that makes += safe
// answer: l02-parallel-total
// score: 2
// expect: volatile does not make those steps one
class Shared {
    static volatile long total;
}

static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    Shared.total = 0;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                Shared.total += value.applyAsLong(i);
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return Shared.total;
}
