// about: reads callerCpu(), the calling thread's CPU only: a pool's computing looks like waiting
// answer: l00-cpu-bound
// score: 2
// expect: Did you read callerCpu()?
static boolean isCpuBound(Timing<?> timing) {
    return timing.callerCpu().compareTo(timing.wall().dividedBy(2)) >= 0;
}
