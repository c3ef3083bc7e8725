// about: computes both halves itself: splits, but never forks
// answer: l02-range-sum
// score: 3
// expect: compute() computed both halves itself, one after the other
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
        return new RangeSum(from, middle, threshold, leaf).compute()
                + new RangeSum(middle, to, threshold, leaf).compute();
    }
}
