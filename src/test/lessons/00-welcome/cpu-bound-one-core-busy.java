// about: CPU-bound only when at least one whole core was busy (coresBusy() >= 1)
// answer: l00-cpu-bound
// score: 1
// expect: never shows quite as much CPU time as wall time
// expect: more than half: by the rule it is CPU-bound
static boolean isCpuBound(Timing<?> timing) {
    return timing.coresBusy() >= 1.0;
}
