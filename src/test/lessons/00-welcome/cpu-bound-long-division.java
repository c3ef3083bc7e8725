// about: divides nanoseconds as longs: 970 / 1000 is 0 in Java, so only a whole core or more counts
// answer: l00-cpu-bound
// score: 1
// expect: is a whole number in Java: 970 / 1000 is 0
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().toNanos() / timing.wall().toNanos() >= 0.5;
}
