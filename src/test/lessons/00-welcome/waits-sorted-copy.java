// about: right: the last of a sorted copy, the sum in milliseconds
// answer: l00-waits
// score: 2
static Duration oneAfterAnother(List<Duration> waits) {
    long millis = 0;
    for (Duration wait : waits) {
        millis += wait.toMillis();
    }
    return Duration.ofMillis(millis);
}

static Duration allAtOnce(List<Duration> waits) {
    List<Duration> sorted = new ArrayList<>(waits);
    Collections.sort(sorted);
    return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() - 1);
}
