// about: callerCpu() when it is there, cpu() only when it is null
// answer: l00-cpu-bound
// score: 2
// expect: Did you read callerCpu()?
static boolean isCpuBound(Timing<?> timing) {
    Duration cpu = timing.callerCpu() != null ? timing.callerCpu() : timing.cpu();
    return cpu.multipliedBy(2).compareTo(timing.wall()) >= 0;
}
