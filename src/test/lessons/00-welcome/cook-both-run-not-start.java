// about: runs both dishes right here with run(): one after another, on the caller's thread
// answer: l00-cook-both
// score: 1
// expect: every task ran on the thread that called cookBoth
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    first.run();
    second.run();
}
