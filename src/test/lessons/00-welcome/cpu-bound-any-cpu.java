// about: any CPU time at all counts as computing
// answer: l00-cpu-bound
// score: 0
// expect: does any CPU time at all count as computing?
// expect: is waiting, whichever thread waited
static boolean isCpuBound(Timing<?> timing) {
    return !timing.cpu().isZero();
}
