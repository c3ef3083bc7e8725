// about: adds up whole seconds (toSeconds()), losing what is below a second
// answer: l00-waits
// score: 1
// expect: the parts below a second were lost
static Duration oneAfterAnother(List<Duration> waits) {
    long seconds = 0;
    for (Duration wait : waits) {
        seconds += wait.toSeconds();
    }
    return Duration.ofSeconds(seconds);
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
