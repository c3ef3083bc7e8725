// about: right: chunks rounded up, the last one cut at n
// answer: l02-sum-in-parallel
// score: 5
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long chunk = (n + threads - 1) / threads;
    long[] results = new long[threads];
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
        int slot = t;
        long from = t * chunk;
        long to = Math.min(n, from + chunk);
        workers[t] = new Thread(() -> results[slot] = sumRange.applyAsLong(from, to));
        workers[t].start();
    }
    for (Thread w : workers) w.join();
    long total = 0;
    for (long r : results) total += r;
    return total;
}
