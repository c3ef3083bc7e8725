// about: ignores the threshold and splits down to single numbers
// answer: l02-range-sum
// score: 4
// expect: splitting it down to single numbers
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
        if (to - from <= 1) {
            return leaf.applyAsLong(from, to);
        }
        long middle = (from + to) / 2;
        RangeSum left = new RangeSum(from, middle, threshold, leaf);
        RangeSum right = new RangeSum(middle, to, threshold, leaf);
        left.fork();
        long rightSum = right.compute();
        return left.join() + rightSum;
    }
}
