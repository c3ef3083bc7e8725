// about: compares whole seconds (toSeconds()), which are 0 for anything under a second
// answer: l00-cpu-bound
// score: 1
// expect: Did you compare whole seconds (toSeconds())?
static boolean isCpuBound(Timing<?> timing) {
    return timing.cpu().toSeconds() * 2 >= timing.wall().toSeconds();
}
