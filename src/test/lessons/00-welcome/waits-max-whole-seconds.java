// about: the longest wait in whole seconds (toSeconds()), losing what is below a second
// answer: l00-waits
// score: 1
// expect: the part below a second of the longest wait (2.5 s) was lost
static Duration oneAfterAnother(List<Duration> waits) {
    Duration total = Duration.ZERO;
    for (Duration wait : waits) {
        total = total.plus(wait);
    }
    return total;
}

static Duration allAtOnce(List<Duration> waits) {
    long longest = 0;
    for (Duration wait : waits) {
        longest = Math.max(longest, wait.toSeconds());
    }
    return Duration.ofSeconds(longest);
}
