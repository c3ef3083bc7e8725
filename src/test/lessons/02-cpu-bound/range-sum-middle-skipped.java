// about: starts the right half at middle + 1, so one number per split is never summed
// answer: l02-range-sum
// score: 3
// expect: were never summed
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
        RangeSum left = new RangeSum(from, middle, threshold, leaf);
        RangeSum right = new RangeSum(middle + 1, to, threshold, leaf);
        left.fork();
        long rightSum = right.compute();
        return left.join() + rightSum;
    }
}
