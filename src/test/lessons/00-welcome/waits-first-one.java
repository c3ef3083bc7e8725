// about: allAtOnce gives the first wait, not the longest (in the hidden example the first is the longest)
// answer: l00-waits
// score: 1
// expect: the first wait, not the longest
static Duration oneAfterAnother(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total = total.plus(wait);
    }
    return total;
}

static Duration allAtOnce(List<Duration> waits) {
    return waits.isEmpty() ? Duration.ZERO : waits.get(0);
}
