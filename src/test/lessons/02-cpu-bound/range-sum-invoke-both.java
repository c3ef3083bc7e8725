// about: calls invoke() on each half, which computes it right there and waits
// answer: l02-range-sum
// score: 3
// expect: invoke() computes a task right where it is called
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
        return new RangeSum(from, middle, threshold, leaf).invoke()
                + new RangeSum(middle, to, threshold, leaf).invoke();
    }
}
