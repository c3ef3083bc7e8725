// about: a plain loop on the caller's thread: right every time, but no threads share the work
// answer: l02-parallel-total
// score: 2
// expect: all the work ran on the thread that called parallelTotal
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    long total = 0;
    for (int i = 0; i < n; i++) {
        total += value.applyAsLong(i);
    }
    return total;
}
