// about: starts a Thread for the left half instead of forking it
// answer: l02-range-sum
// score: 3
// expect: compute() ran halves on threads it started itself
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
        long[] leftSum = new long[1];
        Thread helper = Thread.ofPlatform().start(() -> leftSum[0] = new RangeSum(from, middle, threshold, leaf).compute());
        long rightSum = new RangeSum(middle, to, threshold, leaf).compute();
        try {
            helper.join();
        } catch (InterruptedException e) {
            throw new CancellationException("interrupted");
        }
        return leftSum[0] + rightSum;
    }
}
