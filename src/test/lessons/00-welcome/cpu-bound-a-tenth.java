// about: draws the line at a tenth of the wall time instead of half
// answer: l00-cpu-bound
// score: 2
// expect: 0.3 s of CPU in 1 s is less than half
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().toNanos() * 10 >= timing.wall().toNanos();
}
