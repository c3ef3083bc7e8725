// about: the threshold test the wrong way round: the whole range goes to leaf in one piece
// answer: l02-range-sum
// score: 2
// expect: it never split the range
// expect: there was only one leaf
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
        if (to - from > threshold) {
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
