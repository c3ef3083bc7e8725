// about: submits a half to the shared common pool from inside compute(), instead of forking it
// answer: l02-range-sum
// score: 3
// expect: some halves ran on the shared common pool
class RangeSum extends RecursiveTask<Long> {
    private final long from, to, threshold;
    private final LongBinaryOperator leaf;

    RangeSum(long from, long to, long threshold, LongBinaryOperator leaf) {
        this.from = from;
        this.to = to;
        this.threshold = threshold;
        this.leaf = leaf;
    }

    @Override
    protected Long compute() {
        if (to - from <= threshold) {
            return leaf.applyAsLong(from, to);
        }
        long middle = (from + to) / 2;
        ForkJoinTask<Long> left = ForkJoinPool.commonPool().submit(new RangeSum(from, middle, threshold, leaf));
        long rightSum = new RangeSum(middle, to, threshold, leaf).compute();
        return left.join() + rightSum;
    }
}
