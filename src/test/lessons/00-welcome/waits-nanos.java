// about: right: nanoseconds summed as longs, Collections.max guarded by isEmpty
// answer: l00-waits
// score: 2
static Duration oneAfterAnother(List<Duration> waits) {
    return Duration.ofNanos(waits.stream().mapToLong(Duration::toNanos).sum());
}

static Duration allAtOnce(List<Duration> waits) {
    return waits.isEmpty() ? Duration.ZERO : Collections.max(waits);
}
