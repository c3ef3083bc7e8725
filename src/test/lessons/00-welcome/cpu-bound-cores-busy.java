// about: right: coresBusy(), CPU per wall time, at least one half
// answer: l00-cpu-bound
// score: 3
static boolean isCpuBound(Timing<?> timing) {
    return timing.coresBusy() >= 0.5;
}
