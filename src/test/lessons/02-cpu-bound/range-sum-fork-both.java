// about: right: forks both halves, then joins them in reverse order
// answer: l02-range-sum
// score: 5
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
        long length = to - from;
        if (length <= threshold) {
            return leaf.applyAsLong(from, to);
        }
        RangeSum left = new RangeSum(from, from + length / 2, threshold, leaf);
        RangeSum right = new RangeSum(from + length / 2, to, threshold, leaf);
        left.fork();
        right.fork();
        long rightSum = right.join();
        return rightSum + left.join();
    }
}
