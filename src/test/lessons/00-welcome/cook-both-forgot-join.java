// about: starts both cooks and returns at once, without waiting for them
// answer: l00-cook-both
// score: 1
// expect: did you forget join()?
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    new Thread(first).start();
    new Thread(second).start();
}
