// about: one background thread runs all the tasks in turn, and runAll does not wait for it
// answer: l01-run-all
// score: 0
// expect: every task needs a thread of its own
static void runAll(List<Runnable> tasks) throws InterruptedException {
    new Thread(() -> tasks.forEach(Runnable::run)).start();
}
