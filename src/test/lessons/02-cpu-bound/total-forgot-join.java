// about: starts the threads and reads the LongAdder at once, without joining them
// answer: l02-parallel-total
// score: 2
// expect: did you forget join()?
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    LongAdder total = new LongAdder();
    for (int t = 0; t < threads; t++) {
        int from = (int) ((long) n * t / threads);
        int to = (int) ((long) n * (t + 1) / threads);
        Thread.ofPlatform().start(() -> {
            for (int i = from; i < to; i++) {
                total.add(value.applyAsLong(i));
            }
        });
    }
    return total.sum();
}
