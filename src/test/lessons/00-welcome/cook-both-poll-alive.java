// about: right: starts both, then waits in a loop while either is alive
// answer: l00-cook-both
// score: 2
static void cookBoth(Runnable first, Runnable second) throws InterruptedException {
    Thread one = new Thread(first);
    Thread two = new Thread(second);
    one.start();
    two.start();
    while (one.isAlive() || two.isAlive()) {
        Thread.sleep(10);
    }
}
