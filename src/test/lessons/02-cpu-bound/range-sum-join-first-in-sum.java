// about: forks the left half, then returns left.join() + right.compute(): Java evaluates the join first
// answer: l02-range-sum
// score: 3
// expect: compute() joined the half it had forked before computing the other one
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
        RangeSum right = new RangeSum(middle, to, threshold, leaf);
        left.fork();
        return left.join() + right.compute();
    }
}
