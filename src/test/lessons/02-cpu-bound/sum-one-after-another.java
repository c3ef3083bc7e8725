// about: no threads at all: a loop that sums the ranges one after another on the caller's thread
// answer: l02-sum-in-parallel
// score: 3
// expect: all the work ran on the thread that called sumInParallel
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long chunk = n / threads;
    long total = 0;
    for (int t = 0; t < threads; t++) {
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        total += sumRange.applyAsLong(from, to);
    }
    return total;
}
