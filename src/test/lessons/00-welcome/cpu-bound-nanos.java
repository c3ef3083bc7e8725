// about: right: nanoseconds compared as longs, half the wall time by dividedBy
// answer: l00-cpu-bound
// score: 3
static boolean isCpuBound(Timing<?> timing) {
    long cpu = timing.cpu().toNanos();
    long halfWall = timing.wall().dividedBy(2).toNanos();
    return cpu >= halfWall;
}
