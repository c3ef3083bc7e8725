// about: allAtOnce gives the last wait, not the longest
// answer: l00-waits
// score: 1
// expect: the last wait, not the longest
static Duration oneAfterAnother(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total = total.plus(wait);
    }
    return total;
}

static Duration allAtOnce(List<Duration> waits) {
    return waits.isEmpty() ? Duration.ZERO : waits.get(waits.size() - 1);
}
