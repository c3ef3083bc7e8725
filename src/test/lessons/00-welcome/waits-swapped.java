// about: the two answers swapped: the sum for all at once, the longest for one after another
// answer: l00-waits
// score: 0
// expect: the longest wait: that is how long they take all at once
// expect: their sum: that is one after another
static Duration oneAfterAnother(List<Duration> waits) {
    Duration longest = Duration.ZERO;
    for (Duration wait : waits) {
        if (wait.compareTo(longest) > 0) {
            longest = wait;
        }
    }
    return longest;
}

static Duration allAtOnce(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total = total.plus(wait);
    }
    return total;
}
