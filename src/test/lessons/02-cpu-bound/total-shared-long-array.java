// about: each thread adds value(i) to one shared long[] with +=: updates get lost
// answer: l02-parallel-total
// score: 2
// expect: went missing. Several threads added to one total at the same time
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
        int from = n / threads * t;
        int to = t == threads - 1 ? n : from + n / threads;
        workers.add(Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                total[0] += value.applyAsLong(i);
            }
        }));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
