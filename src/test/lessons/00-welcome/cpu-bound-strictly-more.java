// about: more than half, not at least half: work at exactly half is not counted
// answer: l00-cpu-bound
// score: 2
// expect: exactly half, and the rule says at least half
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().compareTo(timing.wall().dividedBy(2)) > 0;
}
