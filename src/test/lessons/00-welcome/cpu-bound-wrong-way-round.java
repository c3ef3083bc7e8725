// about: the comparison the wrong way round: true when the wall time is at least twice the CPU time
// answer: l00-cpu-bound
// score: 0
// expect: Is the comparison the wrong way round
static boolean isCpuBound(Timing<?> timing) {
    return timing.wall().compareTo(timing.cpu().multipliedBy(2)) >= 0;
}
