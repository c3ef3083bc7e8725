// about: starts every thread, then sleeps a second instead of joining them
// answer: l01-run-all
// score: 2
// expect: it waited with Thread.sleep (in runAll)
static void runAll(List<Runnable> tasks) throws InterruptedException {
    for (Runnable task : tasks) {
        new Thread(task).start();
    }
    Thread.sleep(1000);   // long enough for them to finish
}
