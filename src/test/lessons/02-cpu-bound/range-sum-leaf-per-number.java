// about: stops splitting at the threshold, but then calls leaf once per number instead of once for the range
// answer: l02-range-sum
// score: 4
// expect: instead of splitting it down to single numbers or calling leaf for each number
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
            long sum = 0;
            for (long i = from; i < to; i++) {
                sum += leaf.applyAsLong(i, i + 1);
            }
            return sum;
        }
        long middle = (from + to) / 2;
        RangeSum left = new RangeSum(from, middle, threshold, leaf);
        RangeSum right = new RangeSum(middle, to, threshold, leaf);
        left.fork();
        long rightSum = right.compute();
        return left.join() + rightSum;
    }
}
