// about: right: a double ratio of milliseconds
// answer: l00-cpu-bound
// score: 3
static boolean isCpuBound(Timing<?> timing) {
    double ratio = (double) timing.cpu().toMillis() / timing.wall().toMillis();
    return ratio >= 0.5;
}
