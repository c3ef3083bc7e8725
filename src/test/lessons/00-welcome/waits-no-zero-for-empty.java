// about: reduce(...).get() and Collections.max: both throw for an empty list
// answer: l00-waits
// score: 0
// expect: oneAfterAnother of no waits threw java.util.NoSuchElementException
// expect: allAtOnce of no waits threw java.util.NoSuchElementException
static Duration oneAfterAnother(List<Duration> waits) {
    return waits.stream().reduce(Duration::plus).get();
}

static Duration allAtOnce(List<Duration> waits) {
    return Collections.max(waits);
}
