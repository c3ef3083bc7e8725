// about: a parallel stream whose forEach adds to a shared long[]: the common pool, and a race
// answer: l02-parallel-total
// score: 0
// expect: went missing
// expect: computed on the shared ForkJoin common pool, as a parallel stream does
static long parallelTotal(int n, int threads, IntToLongFunction value) throws InterruptedException {
    long[] total = new long[1];
    IntStream.range(0, n).parallel().forEach(i -> total[0] += value.applyAsLong(i));
    return total[0];
}
