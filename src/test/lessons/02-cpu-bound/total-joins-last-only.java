// about: joins only the last thread it started: the others may still be adding when it reads the total
// answer: l02-parallel-total
// score: 2
// expect: did you forget join()?
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    LongAdder total = new LongAdder();
    Thread last = null;
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        last = Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                total.add(value.applyAsLong(i));
            }
        });
    }
    last.join();
    return total.sum();
}
