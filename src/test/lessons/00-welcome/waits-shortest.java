// about: the comparison the wrong way round: allAtOnce keeps the shortest wait
// answer: l00-waits
// score: 1
// expect: the shortest wait
static Duration oneAfterAnother(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total = total.plus(wait);
    }
    return total;
}

static Duration allAtOnce(List<Duration> waits) {
    if (waits.isEmpty()) {
        return Duration.ZERO;
    }
    Duration longest = waits.get(0);
    for (Duration wait : waits) {
        if (wait.compareTo(longest) < 0) {
            longest = wait;
        }
    }
    return longest;
}
