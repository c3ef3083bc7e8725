// about: right: splits into four quarters and invokes them all as a list
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
        List<RangeSum> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quarters.add(new RangeSum(from + length * q / 4, from + length * (q + 1) / 4, threshold, leaf));
        }
        long sum = 0;
        for (RangeSum quarter : invokeAll(quarters)) {
            sum += quarter.join();
        }
        return sum;
    }
}
