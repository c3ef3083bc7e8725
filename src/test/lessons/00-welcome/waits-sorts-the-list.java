// about: sorts the list it was given (a List.of, which cannot be changed) to take its last wait
// answer: l00-waits
// score: 1
// expect: A list made by List.of (like the ones the check hands over) cannot be changed
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
    Collections.sort(waits);
    return waits.get(waits.size() - 1);
}
