// about: the middle as (to - from) / 2, forgetting from: a half can be longer than its range, and compute() never stops
// answer: l02-range-sum
// score: 0
// expect: StackOverflowError (in RangeSum.compute). A method called itself again and again without end
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
        long middle = (to - from) / 2;
        RangeSum left = new RangeSum(from, middle, threshold, leaf);
        RangeSum right = new RangeSum(middle, to, threshold, leaf);
        left.fork();
        long rightSum = right.compute();
        return left.join() + rightSum;
    }
}
