// about: CPU-bound only when the CPU time exceeds the wall time
// answer: l00-cpu-bound
// score: 1
// expect: compare the CPU time with half the wall time, not with all of it
// expect: Draw the line at half the wall time
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().compareTo(timing.wall()) > 0;
}
