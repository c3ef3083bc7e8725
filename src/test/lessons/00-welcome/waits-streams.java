// about: right: streams with a start value and orElse
// answer: l00-waits
// score: 2
static Duration oneAfterAnother(List<Duration> waits) {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
}

static Duration allAtOnce(List<Duration> waits) {
    return waits.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
}
