// about: Duration.dividedBy(Duration), a whole number: the same as long division
// answer: l00-cpu-bound
// score: 1
// expect: is a whole number in Java: 970 / 1000 is 0
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().dividedBy(timing.wall()) >= 0.5;
}
