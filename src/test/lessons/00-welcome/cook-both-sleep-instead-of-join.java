// about: sleeps for a second instead of joining, hoping the dishes are done by then
// answer: l00-cook-both
// score: 1
// expect: it waited with Thread.sleep
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    new Thread(first).start();
    new Thread(second).start();
    Thread.sleep(1000);
}
