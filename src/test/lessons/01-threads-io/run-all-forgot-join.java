// about: starts every thread and returns at once, without waiting for them
// answer: l01-run-all
// score: 2
// expect: did you forget join()?
static void runAll(List<Runnable> tasks) throws InterruptedException {
    for (Runnable task : tasks) {
        new Thread(task).start();
    }
}
