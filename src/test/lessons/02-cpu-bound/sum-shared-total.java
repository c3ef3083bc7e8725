// about: every thread adds its range's sum to one shared long[] with +=: sums get lost
// answer: l02-sum-in-parallel
// score: 3
// expect: of the 4 ranges are missing
// expect: a data race
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long[] total = new long[1];
    List<Thread> workers = new ArrayList<>();
    long chunk = n / threads;
    for (int t = 0; t < threads; t++) {
        long from = t * chunk;
        long to = t == threads - 1 ? n : from + chunk;
        workers.add(Thread.ofPlatform().start(() -> total[0] += sumRange.applyAsLong(from, to)));
    }
    for (Thread worker : workers) {
        worker.join();
    }
    return total[0];
}
