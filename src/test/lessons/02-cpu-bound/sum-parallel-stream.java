// about: a parallel stream over the range numbers: the common pool decides how many threads work
// answer: l02-sum-in-parallel
// score: 3
// expect: computed on the shared ForkJoin common pool, as a parallel stream does
static long sumInParallel(long n, int threads, LongBinaryOperator sumRange) throws InterruptedException {
    long chunk = n / threads;
    return IntStream.range(0, threads).parallel()
            .mapToLong(t -> sumRange.applyAsLong(t * chunk, t == threads - 1 ? n : (t + 1) * chunk))
            .sum();
}
