// about: calls total.plus(wait) but never keeps what it returns: a Duration never changes
// answer: l00-waits
// score: 1
// expect: so keep what it returns, total = total.plus(wait)
static Duration oneAfterAnother(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total.plus(wait);
    }
    return total;
}

static Duration allAtOnce(List<Duration> waits) {
    Duration longest = Duration.ZERO;
    for (Duration wait : waits) {
        if (wait.compareTo(longest) > 0) {
            longest = wait;
        }
    }
    return longest;
}
